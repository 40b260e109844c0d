import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import { runModel } from "../pipeline/run-model.js";
import { compareScenarios } from "./compare.js";
import { headlineOf, keyServiceCodes } from "./headline.js";
import { bacNinhDocument } from "../testing/bac-ninh.js";

const document = bacNinhDocument();
const parsed = parseModel(document);
if (!parsed.ok) throw new Error("the Bac Ninh model is invalid");
const outcome = compareScenarios(document);
if (!outcome.ok) throw new Error("the comparison failed");
const comparison = outcome.comparison;

describe("compareScenarios on Bac Ninh", () => {
  it("sets the base first, then every scenario of the model in its order, two runs each", () => {
    expect(comparison.scenarios.map((s) => s.scenario)).toEqual([null, ...parsed.model.scenarios.map((s) => s.name)]);
    expect(comparison.runs).toBe(2 * comparison.scenarios.length);
  });

  it("picks the key services by category and bed type", () => {
    expect(Object.fromEntries(keyServiceCodes(parsed.model))).toEqual({
      examination: "KB",
      internalMedicineBedDay: "NG-NOI",
      icuBedDay: "NG-HSTC",
      test: "XN-TPT",
    });
  });

  it("gives each scenario, on its own basis, the figures of a run of that scenario alone", () => {
    const codes = keyServiceCodes(parsed.model);
    for (const s of comparison.scenarios) {
      const alone = parseModel(document, s.scenario === null ? {} : { scenario: s.scenario });
      if (!alone.ok) throw new Error(String(s.scenario));
      expect(s.bases[s.basis], String(s.scenario)).toEqual(headlineOf(runModel(alone.model), codes));
    }
  });

  it("measures every difference from the base on the same basis, so the base differs from itself by nothing", () => {
    const base = comparison.scenarios[0]!;
    for (const basis of ["facility", "class"] as const) {
      const d = base.difference[basis];
      expect(d.totalCost).toBe(0);
      expect(d.breakEven).toBe(0);
      for (const y of Object.values(d.byYear))
        expect(y).toEqual({
          recoverable: 0,
          recovered: 0,
          fund: 0,
          patients: 0,
        });
      for (const k of d.keyPrices) expect([k.proposedPrice, k.emrComponent]).toEqual([0, "0.000000"]);
    }
    for (const s of comparison.scenarios) {
      for (const basis of ["facility", "class"] as const) {
        expect(s.difference[basis].total.fund).toBe(s.bases[basis].total.fund - base.bases[basis].total.fund);
        expect(s.difference[basis].totalCost).toBe(s.bases[basis].totalCost - base.bases[basis].totalCost);
      }
    }
  });

  it("shows one proposed price per key service and class on the class basis, and the same total cost on both bases", () => {
    for (const s of comparison.scenarios) {
      expect(s.bases.class.totalCost).toBe(s.bases.facility.totalCost);
      const classes = s.bases.class.keyPrices.filter((k) => ["I", "II", "III", "IV"].includes(k.label));
      expect(classes.length).toBeGreaterThan(0);
    }
  });

  describe("edge cases", () => {
    it("reports a scenario the model does not have as a problem, in both languages", () => {
      const bad = compareScenarios(document, ["discount-5", "no-such"]);
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.problems.map((p) => p.code)).toEqual(["unknown-scenario"]);
    });

    it("compares the base alone when asked for no scenario", () => {
      const alone = compareScenarios(document, []);
      expect(alone.ok && alone.comparison.scenarios.length).toBe(1);
    });
  });
});
