import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeAtomically } from "../write-file.js";
import { removeLeftovers } from "./leftovers.js";
import { removeTracked, temporaryBeside, track } from "./temporaries.js";

const root = mkdtempSync(join(tmpdir(), "costplan-write-"));
afterAll(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});
const folder = (name: string): string => {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
};
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("writeAtomically", () => {
  it("writes the file whole, replaces an earlier one, and leaves nothing temporary", async () => {
    const dir = folder("plain");
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old");
    expect(await writeAtomically(target, bytes("x".repeat(3_000_000)))).toEqual({ ok: true });
    expect(readFileSync(target, "utf8")).toHaveLength(3_000_000);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("removes a leftover of a killed run, but not the temporary of a run still going", async () => {
    const dir = folder("leftovers");
    // No process has this id (above the kernel's pid_max), as for a run killed long ago.
    const dead = join(dir, ".out.xlsx.4194999-0a1b2c3d.costplan.tmp");
    const alive = join(dir, `.out.xlsx.${process.ppid}-0a1b2c3d.costplan.tmp`);
    const folderLeft = join(dir, ".tables.4194999-00ff00ff.costplan.tmp");
    writeFileSync(dead, "half a workbook");
    writeFileSync(alive, "another run's work");
    mkdirSync(folderLeft);
    writeFileSync(join(folderLeft, "prices.csv"), "half");
    writeFileSync(join(dir, "notes.costplan.tmp"), "not ours: no process id");
    expect(await writeAtomically(join(dir, "out.xlsx"), bytes("new"))).toEqual({
      ok: true,
    });
    expect(readdirSync(dir).sort()).toEqual([".out.xlsx." + String(process.ppid) + "-0a1b2c3d.costplan.tmp", "notes.costplan.tmp", "out.xlsx"].sort());
  });

  it("says the disk is full in one line when the device is full (/dev/full), and replaces no device", async () => {
    expect(await writeAtomically("/dev/full", bytes("x".repeat(10_000)))).toMatchInlineSnapshot(`
      {
        "code": "write-no-space",
        "message": {
          "en": "cannot write the file: the disk is full; nothing was written (free some space and run again)",
          "vi": "không ghi được tệp: ổ đĩa đã đầy; chưa ghi gì (giải phóng dung lượng rồi chạy lại)",
        },
        "ok": false,
        "params": {},
      }
    `);
    expect(existsSync("/dev/full")).toBe(true);
  });

  it("says the folder is read-only in one line, and leaves nothing", async () => {
    const dir = folder("read-only");
    chmodSync(dir, 0o555);
    // Root writes through 0555, so there /sys stands for a folder nobody may create files in.
    const writable = (await writeAtomically(join(dir, "probe"), bytes(""))).ok;
    const target = writable ? "/sys/costplan-out.xlsx" : join(dir, "out.xlsx");
    const outcome = await writeAtomically(target, bytes("data"));
    expect(outcome).toEqual({
      ok: false,
      code: "write-read-only",
      params: {},
      message: {
        en: "cannot write the file: the folder is read-only or not writable; nothing was written (choose a writable folder)",
        vi: "không ghi được tệp: thư mục chỉ đọc hoặc không cho phép ghi; chưa ghi gì (chọn thư mục cho phép ghi)",
      },
    });
    expect(existsSync(target)).toBe(false);
    chmodSync(dir, 0o755);
  });

  it("says the folder is missing, and quotes any other system code", async () => {
    expect(await writeAtomically(join(root, "none", "out.xlsx"), bytes("x"))).toMatchObject({
      ok: false,
      message: {
        en: "cannot write the file: its folder does not exist or is not a folder; nothing was written",
      },
    });
    const dir = folder("is-dir");
    mkdirSync(join(dir, "out.xlsx"));
    expect(await writeAtomically(join(dir, "out.xlsx"), bytes("x"))).toMatchObject({
      ok: false,
      message: { en: "cannot write the file (EISDIR); nothing was written" },
    });
  });
});

describe("temporaries", () => {
  it("are named beside the target with this process's id, and removed when tracked", () => {
    const dir = folder("tracked");
    const temporary = temporaryBeside(join(dir, "out.xlsx"));
    expect(temporary.startsWith(join(dir, `.out.xlsx.${process.pid}-`))).toBe(true);
    expect(temporary.endsWith(".costplan.tmp")).toBe(true);
    track(temporary);
    writeFileSync(temporary, "partial");
    removeTracked();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("leave a folder that cannot be read to the write that follows", () => {
    expect(() => {
      removeLeftovers(join(root, "no-such-folder"));
    }).not.toThrow();
  });
});
