// The benchmark in its tiny mode: it runs end to end and its JSON has every figure. No
// timed assertions: only that each figure is there and is a finite positive number.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { BenchReport, Measured } from "./report-types.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

const positive = (m: Measured | undefined): void => {
  expect(m).toBeDefined();
  expect(m).toHaveProperty("ms");
  const { ms, rssMB } = m as { ms: number; rssMB?: number };
  for (const x of [ms, rssMB]) {
    expect(Number.isFinite(x)).toBe(true);
    expect(x).toBeGreaterThan(0);
  }
};

describe("npm run bench", () => {
  it("in tiny mode writes one JSON object with every figure a finite positive number, progress on stderr", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "test/bench/bench.ts", "--sizes", "tiny", "--skip", "libreoffice,xlsx", "--json"], {
      cwd: root,
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("bench: tiny: runModel");
    const report = JSON.parse(r.stdout) as BenchReport;
    expect(Object.keys(report.machine).sort()).toEqual(["cores", "cpu", "memoryGB", "node", "platform"]);
    expect(report.machine.cores).toBeGreaterThan(0);
    const tiny = report.sizes["tiny"]!;
    expect(tiny.services).toBe(40);
    for (const m of [
      tiny.validate,
      tiny.run,
      tiny.cliValidate,
      tiny.cliRun,
      tiny.cliRunThreads2,
      report.bacNinh,
      report.peers?.float,
      report.peers?.hyperformula,
    ])
      positive(m);
    expect(tiny.cliXlsx).toBeUndefined();
    expect(report.peers?.libreoffice).toBeUndefined();
    expect(report.peers).toMatchObject({ size: "tiny", workbookSize: "tiny" });
    for (const key of ["runModelOverFloat", "runModelOverHyperformula"]) {
      expect(Number.isFinite(report.ratios[key])).toBe(true);
      expect(report.ratios[key]).toBeGreaterThan(0);
    }
  }, 300_000);

  it("refuses an unknown size or part with exit 2", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "test/bench/bench.ts", "--sizes", "huge"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('bench: unknown size "huge"; expected tiny, small, province, national');
  });
});
