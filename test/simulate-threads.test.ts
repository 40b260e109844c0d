import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";

// The built binary, so that --threads 2 really starts tinypool's worker threads (dist/simulate-worker.js).
const bin = fileURLToPath(new URL("../packages/cli/bin/costplan.js", import.meta.url));
const simulate = (...args: string[]): { summaries: unknown } => {
  const r = spawnSync(
    process.execPath,
    [bin, "simulate", "--draws", "12", "--seed", "5", "--on", "summary.totalCost", "--on", "summary.presentValue", "--json", ...args],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { summaries: unknown };
};

describe("costplan simulate", () => {
  it("gives identical percentiles in two runs with the same seed, and with 1 and 2 worker threads", () => {
    const one = simulate("--threads", "1");
    expect(simulate("--threads", "1").summaries).toEqual(one.summaries);
    expect(simulate("--threads", "2").summaries).toEqual(one.summaries);
    expect(simulate("--threads", "2", "--lhs").summaries).not.toEqual(one.summaries);
  }, 120_000);

  it("gives the same correlated draws with 1 and 2 worker threads, and the uncorrelated ones with a correlation of 0", () => {
    const pair = "costItems[category=maintenance].amountPerYear,costItems[category=software-deployment].cost";
    const one = simulate("--threads", "1", "--correlate", `${pair}=0.8`);
    expect(simulate("--threads", "2", "--correlate", `${pair}=0.8`).summaries).toEqual(one.summaries);
    // Bac Ninh's own set-up correlates the pair at 0.5: that is what a run without --correlate uses.
    const own = simulate("--threads", "1").summaries;
    expect(own).not.toEqual(one.summaries);
    expect(simulate("--threads", "2", "--correlate", `${pair}=0.5`).summaries).toEqual(own);
    // Inputs given with --vary leave the model's correlations out: a correlation of 0 changes nothing.
    const vary = [
      "--vary",
      "costItems[category=maintenance].amountPerYear=pert(-20%,0%,+30%)",
      "--vary",
      "costItems[category=software-deployment].cost=pert(-10%,0%,+30%)",
    ];
    expect(simulate("--threads", "2", ...vary, "--correlate", `${pair}=0`).summaries).toEqual(simulate("--threads", "1", ...vary).summaries);
  }, 180_000);

  it("draws the report's Monte Carlo on the same worker pool: the page is byte-identical with 1 and 2 threads", () => {
    // Without the built worker the draws would run in this thread whatever --threads says, and the test would prove nothing.
    expect(existsSync(fileURLToPath(new URL("../packages/cli/dist/simulate-worker.js", import.meta.url)))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "costplan-report-threads-"));
    try {
      const page = (threads: string): string => {
        const file = join(dir, `r${threads}.html`);
        // 30 draws are two blocks of the pool's 25, so two threads each take a block.
        const r = spawnSync(process.execPath, [bin, "report", "--html", file, "--lang", "en", "--draws", "30", "--seed", "7", "--threads", threads, "-q"], {
          encoding: "utf8",
        });
        expect(r.status, r.stderr).toBe(0);
        return readFileSync(file, "utf8");
      };
      const one = page("1");
      expect(one).toContain('data-analysis="simulation');
      expect(page("2")).toBe(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("refuses a correlation of an input that is not uncertain with exit 1, and a malformed one with exit 2", async () => {
    const unknown = await runCli("simulate", "--draws", "2", "--seed", "1", "--correlate", "programme.discountRate,programme.nothing=0.5", "--lang", "en");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('correlations[0]: "programme.nothing" is not one of the uncertain inputs');
    const malformed = await runCli("simulate", "--draws", "2", "--seed", "1", "--correlate", "programme.discountRate=0.5", "--lang", "en");
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("--correlate expects PATH_A,PATH_B=RANK");
  }, 60_000);

  it("needs --draws and --seed, and reads distributions it is given", async () => {
    // The small model has no analysis set-up that could give the seed (Bac Ninh has one).
    const missing = await runCli("simulate", "test/fixtures/models/small.json", "--draws", "10", "--lang", "en");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("simulate needs --draws N and --seed S");
    const bad = await runCli("simulate", "--draws", "2", "--seed", "1", "--vary", "programme.discountRate=triangular(-10%,0%)", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--vary expects PATH=triangular(min,mode,max)");
    const ok = await runCli(
      "simulate",
      "--draws",
      "2",
      "--seed",
      "1",
      "--vary",
      "programme.discountRate=uniform(0.06,0.1)",
      "--on",
      "summary.presentValue",
      "--percentiles",
      "50",
      "--json",
    );
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.stdout) as { summaries: { percentiles: { p: number }[] }[] };
    expect(json.summaries[0]!.percentiles.map((p) => p.p)).toEqual([50]);
  }, 60_000);
});
