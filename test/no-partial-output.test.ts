// No partial output, ever: the built command, a real process, real signals. A run stopped
// while it writes leaves no temporary and no half file; an earlier output stays as it was
// until the new one is complete; a leftover of a run killed outright is removed by the next.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateModel } from "@costplan/core";

const bin = fileURLToPath(new URL("../node_modules/.bin/costplan", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "costplan-partial-"));
const model = join(root, "model.json");
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
beforeAll(() => {
  // A generated model whose --out tables take a second or more to write: time to stop it.
  writeFileSync(model, JSON.stringify(generateModel({ size: "small", seed: 1 })));
});

const temporaries = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith(".costplan.tmp"));

/** Runs the command; `signal` is sent once a temporary appears in `dir` (or after `afterMs`). */
function runStopped(
  args: readonly string[],
  dir: string,
  signal: NodeJS.Signals,
  afterMs?: number,
): Promise<{ code: number | null; sawTemporary: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, {
      cwd: root,
      env: { ...process.env, COSTPLAN_LANG: "en" },
    });
    let stderr = "";
    let sawTemporary = false;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const stop = (): void => {
      if (child.exitCode === null) child.kill(signal);
    };
    const watcher = watch(dir, () => {
      if (sawTemporary || temporaries(dir).length === 0) return;
      sawTemporary = true;
      if (afterMs === undefined) stop();
    });
    const timer = afterMs === undefined ? undefined : setTimeout(stop, afterMs);
    child.on("exit", (code) => {
      watcher.close();
      clearTimeout(timer);
      resolve({ code, sawTemporary, stderr });
    });
  });
}

describe("a run stopped while it writes", () => {
  it("SIGTERM during --out: exit 143, no temporary, the earlier output untouched", async () => {
    const out = join(root, "tables");
    mkdirSync(out);
    writeFileSync(join(out, "manifest.json"), '{"earlier":true}');
    const r = await runStopped(["run", model, "--out", out], root, "SIGTERM");
    expect(r.sawTemporary).toBe(true);
    expect(r.code).toBe(143);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(temporaries(root)).toEqual([]);
    expect(readdirSync(out)).toEqual(["manifest.json"]);
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe('{"earlier":true}');
  }, 60_000);

  it("SIGINT or SIGTERM during --xlsx at any moment: either the old workbook or the whole new one, never a temporary", async () => {
    const target = join(root, "results.xlsx");
    for (const [signal, afterMs, code] of [
      ["SIGINT", undefined, 130],
      ["SIGTERM", 400, 143],
      ["SIGTERM", 1_200, 143],
    ] as const) {
      writeFileSync(target, "the earlier workbook");
      const r = await runStopped(["run", "--xlsx", target, "--quiet"], root, signal, afterMs);
      expect(temporaries(root), `${signal} after ${afterMs ?? "the temporary"}`).toEqual([]);
      const now = readFileSync(target);
      if (r.code === 0) expect(now.subarray(0, 2).toString()).toBe("PK");
      else {
        expect(r.code).toBe(code);
        expect(now.toString()).toBe("the earlier workbook");
      }
    }
  }, 120_000);

  it("a temporary left by a run killed outright (SIGKILL) is removed by the next run writing there", async () => {
    const dir = join(root, "killed");
    mkdirSync(dir);
    const r = await runStopped(["run", model, "--out", join(dir, "tables")], dir, "SIGKILL");
    expect(r.sawTemporary).toBe(true);
    expect(r.code).toBe(null);
    expect(temporaries(dir)).toHaveLength(1);
    const next = await runStopped(["template", join(dir, "blank.xlsx")], dir, "SIGTERM", 60_000);
    expect(next.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["blank.xlsx"]);
    expect(existsSync(join(dir, "tables"))).toBe(false);
  }, 60_000);
});

describe("a write that fails", () => {
  it("gives one line naming the file and exit 1 on a full disk (/dev/full) and a folder nobody may write (/sys)", async () => {
    // A workbook name that leads to /dev/full, where every write fails with ENOSPC as on a full
    // disk; it is written in place (a device is never renamed over), so the error is real.
    const full = join(root, "full.xlsx");
    symlinkSync("/dev/full", full);
    // Tests may run as root, whom chmod 0555 does not stop: /sys refuses new files to root too.
    for (const [target, text] of [
      [full, `${full}: cannot write the file: the disk is full; nothing was written (free some space and run again)`],
      [
        "/sys/costplan-blank.xlsx",
        "/sys/costplan-blank.xlsx: cannot write the file: the folder is read-only or not writable; nothing was written (choose a writable folder)",
      ],
    ] as const) {
      const r = await runStopped(["template", target], root, "SIGTERM", 60_000);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(text);
    }
  }, 60_000);

  it("gives one line and exit 1 when standard output goes to a full disk (run --json > /dev/full)", async () => {
    const full = openSync("/dev/full", "w");
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(bin, ["run", "--json"], {
        cwd: root,
        stdio: ["ignore", full, "pipe"],
        env: { ...process.env, COSTPLAN_LANG: "en" },
      });
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("exit", (code) => {
        resolve({ code, stderr });
      });
    });
    closeSync(full);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("costplan: cannot write the output (ENOSPC): the disk is full or the file behind it was closed; the output is incomplete\n");
  }, 60_000);
});
