import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateModel, parseModel } from "@costplan/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-generate-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("costplan generate", () => {
  it("writes DIR/model.json (creating DIR), the same model as the library, and says what it wrote in one line", async () => {
    const out = join(dir, "a", "b");
    const { code, stdout, stderr } = await runCli(
      "generate",
      "--size",
      "small",
      "--facilities",
      "3",
      "--centres",
      "6",
      "--services",
      "20",
      "--years",
      "2",
      "--seed",
      "7",
      "--out",
      out,
      "--lang",
      "en",
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(`wrote ${join(out, "model.json")}: 3 facilities, 18 cost centres, 60 services, 2 years (seed 7; every figure an assumption)`);
    const doc: unknown = JSON.parse(readFileSync(join(out, "model.json"), "utf8"));
    expect(doc).toEqual(generateModel({ size: "small", facilities: 3, centres: 6, services: 20, years: 2, seed: 7 }));
    expect(parseModel(doc).ok).toBe(true);
    expect(readdirSync(out)).toEqual(["model.json"]);
  });

  it("writes a model that costplan validate accepts", async () => {
    const out = join(dir, "v");
    expect((await runCli("generate", "--services", "5", "--support-centres", "2", "--method", "reciprocal", "--out", out)).code).toBe(0);
    expect(await runCli("validate", join(out, "model.json"))).toMatchObject({ code: 0 });
  });

  it("answers in Vietnamese when asked", async () => {
    const out = join(dir, "vi");
    const { code, stdout } = await runCli("generate", "--facilities", "1", "--services", "2", "--out", out, "--lang", "vi");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^đã ghi .*model\.json: 1 cơ sở, 40 trung tâm chi phí, 2 dịch vụ, 5 năm \(seed 1; mọi số liệu là giả định\)$/);
  });

  it("takes --lang before the command word too, as every other command does", async () => {
    const { code, stdout } = await runCli("--lang", "en", "generate", "--facilities", "1", "--services", "2", "--out", join(dir, "en"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote .*model\.json: 1 facilit/);
  });
});

describe("edge cases", () => {
  const usageError = async (...argv: string[]): Promise<string> => {
    const { code, stderr } = await runCli("generate", ...argv);
    expect(code).toBe(2);
    return stderr.split("\n")[0]!;
  };

  it("refuses bad options with a usage error (exit 2) naming the option and what it expects, in either language", async () => {
    expect(await usageError("--size", "huge", "--out", dir, "--lang", "en")).toMatchInlineSnapshot(
      `"costplan: --size expects small, province or national, got "huge""`,
    );
    expect(await usageError("--facilities", "0", "--out", dir, "--lang", "en")).toMatchInlineSnapshot(
      `"costplan: --facilities expects a whole number from 1 to 2000, got "0""`,
    );
    expect(await usageError("--services", "2.5", "--out", dir, "--lang", "vi")).toMatchInlineSnapshot(
      `"costplan: --services cần một số nguyên từ 1 đến 20000, nhận được "2.5""`,
    );
    expect(await usageError("--centres", "4", "--support-centres", "4", "--out", dir, "--lang", "en")).toMatchInlineSnapshot(
      `"costplan: --support-centres must be fewer than --centres (4): a facility needs an operating centre"`,
    );
    expect(await usageError("--method", "abc", "--out", dir, "--lang", "en")).toMatchInlineSnapshot(
      `"costplan: --method expects direct, step-down or reciprocal, got "abc""`,
    );
    expect(await usageError("--lang", "en")).toMatchInlineSnapshot(`"costplan: generate needs --out DIR, the folder to write model.json to"`);
    expect(await usageError("--nope", "--lang", "en")).toMatchInlineSnapshot(
      `"costplan: unknown option '--nope' (costplan help lists the options of each command)"`,
    );
  });

  it("writes each table whole through a temporary: none is left beside the tables, and a leftover of a killed run is removed", async () => {
    for (const format of ["csv", "parquet"]) {
      const out = join(dir, `tables-${format}`);
      mkdirSync(out);
      // A leftover of a run killed long ago (no process has this id).
      writeFileSync(join(out, ".services.csv.4194999-0a1b2c3d.costplan.tmp"), "half a table");
      const r = await runCli(
        "generate",
        "--size",
        "small",
        "--facilities",
        "2",
        "--centres",
        "4",
        "--services",
        "5",
        "--years",
        "2",
        "--format",
        format,
        "--out",
        out,
        "--lang",
        "en",
      );
      expect(r.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(["centres", "model.json", "services", "usage"].map((n) => (n === "model.json" ? n : `${n}.${format}`)).sort());
    }
  });

  it("names the folder in one line when it cannot be written", async () => {
    const r = await runCli("generate", "--size", "small", "--out", "/sys/costplan-generated", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "/sys/costplan-generated: cannot write the file: the folder is read-only or not writable; nothing was written (choose a writable folder)",
    );
  });
});
