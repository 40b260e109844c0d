import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

// The small test model with its own analysis set-up: one range, one distribution, its outputs, draws and seed.
const small = JSON.parse(readFileSync(new URL("../../../../test/fixtures/models/small.json", import.meta.url), "utf8")) as Record<string, unknown>;
const analysis = {
  outputs: ["summary.totalCost", "summary.presentValue"],
  sensitivity: {
    inputs: [
      { path: "costItems[category=maintenance].amountPerYear", low: -0.2, high: 0.3, assumption: { en: "contracts run over", vi: "hợp đồng vượt chi" } },
    ],
    steps: 3,
  },
  simulation: {
    inputs: [{ path: "costItems[category=maintenance].amountPerYear", distribution: { type: "triangular", min: -0.2, mode: 0, max: 0.3 } }],
    draws: 8,
    seed: 3,
    percentiles: [10, 90],
  },
};
const dir = mkdtempSync(join(tmpdir(), "costplan-setup-"));
const withSetup = join(dir, "with-setup.json");
const without = join(dir, "without.json");
writeFileSync(withSetup, JSON.stringify({ ...small, analysis }));
writeFileSync(without, JSON.stringify(small));

type SensitivityJson = {
  setup: string;
  outputs: string[];
  inputs: { path: string; assumption?: unknown }[];
  spider: { changes: number[]; values: number[][] }[];
};
type SimulateJson = {
  setup: string;
  draws: number;
  seed: number;
  inputs: { path: string }[];
  summaries: { output: string; percentiles: { p: number; value: number }[] }[];
};

describe("the analyses take the model's own set-up", () => {
  it("sensitivity without --vary uses the model's ranges, outputs and steps, as if they were given on the command line", async () => {
    const own = await runCli("sensitivity", withSetup, "--json");
    expect(own.code).toBe(0);
    const json = JSON.parse(own.stdout) as SensitivityJson;
    expect([json.setup, json.outputs, json.inputs.map((i) => i.path), json.spider[0]!.changes.length]).toEqual([
      "model",
      analysis.outputs,
      [analysis.sensitivity.inputs[0]!.path],
      3,
    ]);
    expect([json.spider[0]!.changes[0], json.spider[0]!.changes[2]]).toEqual([-0.2, 0.3]);
    expect(json.inputs[0]!.assumption).toEqual({ en: "contracts run over", vi: "hợp đồng vượt chi" });
    const given = JSON.parse(
      (
        await runCli(
          "sensitivity",
          without,
          "--vary",
          "costItems[category=maintenance].amountPerYear=-20%..+30%",
          "--on",
          "summary.totalCost",
          "--on",
          "summary.presentValue",
          "--steps",
          "3",
          "--json",
        )
      ).stdout,
    ) as SensitivityJson;
    expect(given.setup).toBe("command-line");
    expect(given.spider).toEqual(json.spider);
  });

  it("sensitivity shows the model's reason in the chosen language", async () => {
    expect((await runCli("sensitivity", withSetup, "--lang", "vi")).stdout).toContain("(giả định: hợp đồng vượt chi)");
    expect((await runCli("sensitivity", withSetup, "--lang", "en")).stdout).toContain("(assumption: contracts run over)");
  });

  it("--vary and --on override the model's set-up; its steps still apply unless --steps is given", async () => {
    const r = await runCli("sensitivity", withSetup, "--vary", "programme.discountRate=-10%..+10%", "--on", "summary.presentValue", "--json");
    const json = JSON.parse(r.stdout) as SensitivityJson;
    expect([json.setup, json.outputs, json.inputs.map((i) => i.path), json.spider[0]!.changes.length]).toEqual([
      "command-line",
      ["summary.presentValue"],
      ["programme.discountRate"],
      3,
    ]);
  });

  it("simulate without --vary, --draws or --seed uses the model's distributions, draws, seed and percentiles", async () => {
    const own = await runCli("simulate", withSetup, "--json", "--quiet");
    expect(own.code).toBe(0);
    const json = JSON.parse(own.stdout) as SimulateJson;
    expect([json.setup, json.draws, json.seed, json.summaries[0]!.percentiles.map((p) => p.p)]).toEqual(["model", 8, 3, [10, 90]]);
    const given = JSON.parse(
      (
        await runCli(
          "simulate",
          without,
          "--vary",
          "costItems[category=maintenance].amountPerYear=triangular(-20%,0%,+30%)",
          "--on",
          "summary.totalCost",
          "--on",
          "summary.presentValue",
          "--draws",
          "8",
          "--seed",
          "3",
          "--percentiles",
          "10,90",
          "--json",
          "--quiet",
        )
      ).stdout,
    ) as SimulateJson;
    expect(given.setup).toBe("command-line");
    expect(given.summaries).toEqual(json.summaries);
  });

  it("simulate's --draws, --seed and --vary override the model's", async () => {
    const r = await runCli("simulate", withSetup, "--draws", "4", "--seed", "9", "--vary", "programme.discountRate=uniform(0.05,0.1)", "--json", "--quiet");
    const json = JSON.parse(r.stdout) as SimulateJson;
    expect([json.setup, json.draws, json.seed, json.inputs.map((i) => i.path)]).toEqual(["command-line", 4, 9, ["programme.discountRate"]]);
  });

  it("the built-in Bac Ninh model carries its set-up, and a model without one falls back to the defaults", async () => {
    const bacNinh = JSON.parse((await runCli("sensitivity", "--on", "summary.totalCost", "--steps", "2", "--json", "--quiet")).stdout) as SensitivityJson;
    expect(bacNinh.setup).toBe("model");
    expect(bacNinh.inputs).toHaveLength(6);
    const fallback = await runCli("sensitivity", without, "--json", "--quiet");
    // The defaults name cost categories the small model has none of: they are tried, and the first that reaches nothing is named.
    expect(fallback.code).toBe(1);
    expect(fallback.stderr).toContain('inputs[3]: the path "costItems[category=software-deployment].cost" reaches no number');
  });

  it("simulate still needs draws and a seed when neither the command line nor the model gives them", async () => {
    const r = await runCli("simulate", without, "--draws", "10", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("simulate needs --draws N and --seed S (or analysis.simulation.draws and seed in the model)");
  });
});
