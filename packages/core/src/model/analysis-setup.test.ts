import { describe, expect, it } from "vitest";
import { bacNinhModel } from "../testing/bac-ninh.js";
import { minimalModel } from "../testing/minimal-model.js";
import type { AnalysisSetupInput } from "./analysis-schema.js";
import { textIn } from "./local-text.js";
import { parseModel } from "./parse.js";

const withSetup = (analysis: unknown): unknown => ({ ...minimalModel(), analysis });
const problemsOf = (input: unknown): string[] => {
  const r = parseModel(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
};

const setup: AnalysisSetupInput = {
  outputs: ["summary.totalCost"],
  sensitivity: {
    inputs: [
      { path: "costItems[category=maintenance].amountPerYear", low: -0.2, high: 0.3, assumption: { en: "contracts run over", vi: "hợp đồng vượt chi" } },
    ],
  },
  simulation: {
    inputs: [
      { path: "programme.discountRate", distribution: { type: "pert", min: -0.25, mode: 0, max: 0.25 }, assumption: "a one-language reason" },
      { path: "costItems[*].usefulLife", basis: "absolute", distribution: { type: "uniform", min: 3, max: 6 } },
    ],
    correlations: [{ a: "programme.discountRate", b: "costItems[*].usefulLife", rank: 0.4 }],
    draws: 200,
    seed: 7,
  },
};

describe("the model's analysis set-up", () => {
  it("is optional, and read with its defaults: a range is relative unless it says otherwise", () => {
    expect(parseModel(minimalModel()).ok).toBe(true);
    const r = parseModel(withSetup(setup));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.analysis?.sensitivity?.inputs[0]?.basis).toBe("relative");
    expect(r.model.analysis?.simulation?.inputs.map((i) => i.basis)).toEqual(["relative", "absolute"]);
  });

  it("takes each assumption as one text or as { en, vi }, and a reader picks its language", () => {
    const r = parseModel(withSetup(setup));
    if (!r.ok) throw new Error("invalid");
    const [sens, sim] = [r.model.analysis!.sensitivity!.inputs[0]!.assumption!, r.model.analysis!.simulation!.inputs[0]!.assumption!];
    expect([textIn(sens, "en"), textIn(sens, "vi"), textIn(sim, "vi")]).toEqual(["contracts run over", "hợp đồng vượt chi", "a one-language reason"]);
  });

  it("ships with Bac Ninh: six inputs in each analysis, every range with a reason in English and Vietnamese", () => {
    const analysis = bacNinhModel().analysis!;
    const inputs = [...analysis.sensitivity!.inputs, ...analysis.simulation!.inputs];
    expect(inputs).toHaveLength(12);
    for (const input of inputs) {
      expect(input.assumption).toEqual({ en: expect.stringMatching(/^assumption: /) as unknown, vi: expect.stringMatching(/^giả định: /) as unknown });
    }
    expect(analysis.simulation!.correlations![0]!.assumption).toMatchObject({ vi: expect.stringMatching(/^giả định: /) as unknown });
  });

  describe("edge cases", () => {
    it("names a path that reaches nothing, or reaches a text, where the set-up gives it", () => {
      const bad = {
        sensitivity: {
          inputs: [
            { path: "programme.nothing", low: -0.1, high: 0.1 },
            { path: "facilities[*].name", low: -0.1, high: 0.1 },
          ],
        },
      };
      expect(problemsOf(withSetup(bad))).toMatchInlineSnapshot(`
        [
          "$.analysis.sensitivity.inputs[0].path: the path "programme.nothing" reaches no number in the model; expected a path such as programme.discountRate, costItems[PH01-SW].usefulLife or costItems[category=maintenance].amountPerYear",
          "$.analysis.sensitivity.inputs[1].path: "facilities[H1].name" is not a number (found "Hospital 1"); only numbers can be varied",
        ]
      `);
    });

    it("refuses a range from high to low, distribution parameters out of order, and a group as an output", () => {
      const bad = {
        outputs: ["costItems[*].cost"],
        sensitivity: { inputs: [{ path: "programme.discountRate", low: 0.2, high: -0.2 }] },
        simulation: {
          inputs: [
            { path: "programme.discountRate", distribution: { type: "triangular", min: 0, mode: 0.3, max: 0.2 } },
            { path: "costItems[H1-SRV].cost", distribution: { type: "normal", mean: 0, sd: -1 } },
          ],
        },
      };
      expect(problemsOf(withSetup(bad))).toMatchInlineSnapshot(`
        [
          "$.analysis.outputs[0]: "costItems[*].cost" is not one figure of the result; expected a path such as summary.totalCost or payers.byYear.2025.fund, without [*] or [field=value]",
          "$.analysis.sensitivity.inputs[0].high: expected low <= high, got 0.2, -0.2",
          "$.analysis.simulation.inputs[0].distribution: expected min <= mode <= max, got 0, 0.3, 0.2",
          "$.analysis.simulation.inputs[1].distribution.sd: expected sd >= 0, got -1",
        ]
      `);
    });

    it("refuses a correlation of an input the simulation does not vary", () => {
      const bad = {
        simulation: {
          inputs: [{ path: "programme.discountRate", distribution: { type: "uniform", min: -0.1, max: 0.1 } }],
          correlations: [{ a: "programme.discountRate", b: "costItems[*].cost", rank: 0.5 }],
        },
      };
      expect(problemsOf(withSetup(bad))).toEqual([
        `$.analysis.simulation.correlations[0].b: "costItems[*].cost" is not one of the simulation's inputs; expected one of "programme.discountRate"`,
      ]);
    });

    it("checks the shape with the schema's words: an unknown distribution, a rank past 1, an empty reason, an unknown field", () => {
      const bad = {
        simulation: { inputs: [{ path: "programme.discountRate", distribution: { type: "lognormal", mu: 0 } }], correlations: [{ a: "x", b: "y", rank: 1.5 }] },
        sensitivity: { inputs: [{ path: "programme.discountRate", low: -0.1, high: 0.1, assumption: { en: "why", vi: "" } }], step: 3 },
      };
      expect(problemsOf(withSetup(bad))).toMatchInlineSnapshot(`
        [
          "$.analysis.sensitivity.inputs[0].assumption.vi: expected non-empty text, got """,
          "$.analysis.sensitivity.step: unknown field "step"",
          "$.analysis.simulation.inputs[0].distribution.type: expected "type": "triangular", "pert", "uniform" or "normal", got "lognormal"",
          "$.analysis.simulation.correlations[0].rank: expected a rank correlation from -1 to 1, such as 0.6, got 1.5",
        ]
      `);
    });

    it("checks the paths again after a scenario's overrides, which may take away what a path reaches", () => {
      const m = { ...minimalModel(), scenarios: [{ name: "no-maintenance", overrides: { "costItems[H1-MNT].category": "training" } }], analysis: setup };
      const r = parseModel(m, { scenario: "no-maintenance" });
      expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([["$.analysis.sensitivity.inputs[0].path", "analysis-setup-path"]]);
    });
  });
});
