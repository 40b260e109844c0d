import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

describe("costplan sensitivity", () => {
  it("gives tornado bars ranked by swing with input, low, high and swing, and zero swing where an input does not reach", async () => {
    const r = await runCli(
      "sensitivity",
      "--vary",
      "programme.discountRate=-20%..+20%",
      "--vary",
      "costItems[category=maintenance].amountPerYear=-20%..+20%",
      "--on",
      "summary.totalCost",
      "--steps",
      "3",
      "--json",
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      tornado: { output: string; bars: { input: string; low: number; high: number; swing: number }[] }[];
      spider: { changes: number[] }[];
    };
    const bars = json.tornado[0]!.bars;
    expect(bars.map((b) => b.input)).toEqual(["costItems[category=maintenance].amountPerYear", "programme.discountRate"]);
    expect(bars[1]!.swing).toBe(0);
    expect(bars[0]!.swing).toBe(bars[0]!.high - bars[0]!.low);
    expect(json.spider[0]!.changes).toEqual([-0.2, 0, 0.2]);
  });

  it("takes absolute ranges and writes a readable table", async () => {
    const r = await runCli("sensitivity", "--vary", "programme.discountRate=0.05..0.1", "--on", "summary.presentValue", "--steps", "2", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tornado: summary.presentValue");
    expect(r.stdout).toContain("programme.discountRate");
  });

  it("refuses a range it cannot read as a usage error, and a path the model lacks as invalid input", async () => {
    const bad = await runCli("sensitivity", "--vary", "programme.discountRate=20%..-20%", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--vary expects PATH=LOW..HIGH");
    const missing = await runCli("sensitivity", "--vary", "programme.nope=-10%..+10%", "--lang", "en");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the path "programme.nope" reaches no number in the model');
  });
});
