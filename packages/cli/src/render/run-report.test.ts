import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../testing/run-cli.js";
import { displayWidth } from "./fit-table.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

const widest = (text: string): number => Math.max(...text.split("\n").map(displayWidth));

describe("the run report in a terminal", () => {
  it.each([80, 120])(
    "writes no line wider than COLUMNS=%i, in English and in Vietnamese, with and without --detail",
    async (columns) => {
      vi.stubEnv("COLUMNS", String(columns));
      for (const argv of [
        ["--lang", "en"],
        ["--lang", "vi"],
        ["--lang", "en", "--detail"],
        ["--scenario", "class-price", "--lang", "vi", "--detail"],
      ]) {
        const r = await runCli("run", "--quiet", ...argv);
        expect(r.code).toBe(0);
        expect(widest(r.stdout), argv.join(" ")).toBeLessThanOrEqual(columns);
      }
    },
    60_000,
  );

  it("puts the summary and the headline tables first and the breakdowns behind --detail", async () => {
    const short = await runCli("run", "--quiet", "--lang", "en");
    const long = await runCli("run", "--quiet", "--lang", "en", "--detail");
    expect(short.stdout.indexOf("Summary")).toBeLessThan(short.stdout.indexOf("Budget by year"));
    expect(short.stdout).toContain("Cost of the price increases to the insurance fund and to patients, by year");
    expect(short.stdout).not.toContain("Cash by category");
    expect(short.stdout).toContain("costplan run --detail");
    expect(long.stdout).toContain("Cash by category");
    expect(long.stdout).toContain("Recovery by facility");
  });

  it("writes every amount of a table one way: whole units, never a rounded 'billion' beside an exact total", async () => {
    const en = await runCli("run", "--quiet", "--lang", "en", "--detail");
    expect(en.stdout).not.toMatch(/billion|million/);
    const vi_ = await runCli("run", "--quiet", "--lang", "vi", "--detail");
    expect(vi_.stdout).not.toMatch(/tỷ đồng|triệu đồng/);
    expect(vi_.stdout).toContain("292.600.000.000");
  });

  it("reports the class basis's gainers and losers when the scenario prices per class", async () => {
    const r = await runCli("run", "--quiet", "--lang", "en", "--scenario", "class-price");
    expect(r.stdout).toContain("One price per class: over (+) or under (−) recovery of each class");
  });

  it("writes its tables as CSV with plain integers, and as Markdown", async () => {
    const csv = await runCli("run", "--quiet", "--lang", "en", "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n").slice(0, 3)).toEqual([
      '"Summary (amounts in whole VND, exact)"',
      "Figure,Value,Basis",
      '"Total cost paid (cash, nominal)",292600000000,source',
    ]);
    const md = await runCli("run", "--quiet", "--lang", "en", "--format", "markdown");
    expect(md.stdout).toContain("| Total cost paid (cash, nominal) | 292,600,000,000 | source |");
    expect(md.stdout).toContain("### Budget by year");
  });

  describe("edge cases", () => {
    it("refuses --format with --json and an unknown format, as usage errors in the chosen language", async () => {
      const json = await runCli("run", "--json", "--format", "csv", "--lang", "en");
      expect(json.code).toBe(2);
      expect(json.stderr.split("\n")[0]).toBe("costplan: --format goes with run (without --json) and compare");
      const bad = await runCli("run", "--format", "pdf", "--lang", "vi");
      expect(bad.code).toBe(2);
      expect(bad.stderr.split("\n")[0]).toBe('costplan: --format cần một trong các giá trị table, csv, markdown, nhận được "pdf"');
    });
  });
});
