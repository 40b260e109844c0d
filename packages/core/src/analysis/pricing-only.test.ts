import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import { runPipelineOnBases, runPipelineOnBasesFrom, unpricedStages } from "../pipeline/run-model.js";
import { bacNinhDocument } from "../testing/bac-ninh.js";
import { pricingOnly } from "./pricing-only.js";

const document = bacNinhDocument();
const parsed = parseModel(document);
if (!parsed.ok) throw new Error("the Bac Ninh model is invalid");
const base = parsed.model;

describe("pricingOnly", () => {
  it("is true when every override path is under pricing", () => {
    expect(pricingOnly({ "pricing.recoveryYears": 5 })).toBe(true);
    expect(pricingOnly({ "pricing.includeCategories": ["software-licence"], "pricing.excludeStateBudget": false })).toBe(true);
    expect(pricingOnly({ pricing: { basis: "class" } })).toBe(true);
  });

  it("is false when any path reaches cost items, services, facilities or the programme", () => {
    expect(pricingOnly({ "costItems[PH01-EMR].usefulLife": 8 })).toBe(false);
    expect(pricingOnly({ "pricing.phaseIn": 0.5, "services[KB].volume": 10 })).toBe(false);
    expect(pricingOnly({ "facilities[0].beds": 100 })).toBe(false);
    expect(pricingOnly({ "programme.discountRate": 0.05 })).toBe(false);
  });

  describe("edge cases", () => {
    it("is false for no override at all and for keys that only start with the letters of pricing", () => {
      expect(pricingOnly({})).toBe(false);
      expect(pricingOnly({ "pricingNotes.x": 1 })).toBe(false);
      expect(pricingOnly({ "programme.pricing": 1 })).toBe(false);
    });
  });
});

describe("a pricing-only scenario on the base's stages", () => {
  const unpriced = unpricedStages(base);

  it("has Bac Ninh scenarios on both sides of the rule", () => {
    const reused = base.scenarios.filter((s) => pricingOnly(s.overrides)).map((s) => s.name);
    expect(reused).toContain("recover-5y");
    expect(reused).not.toContain("software-8y");
    expect(reused).not.toContain("discount-5");
    expect(reused).not.toContain("prorate");
  });

  it("gives the base exactly what a full run gives, on both bases and with the detail", () => {
    expect(runPipelineOnBasesFrom(base, unpriced, ["facility", "class"])).toEqual(runPipelineOnBases(base, ["facility", "class"]));
  });

  for (const scenario of base.scenarios.filter((s) => pricingOnly(s.overrides))) {
    it(`gives ${scenario.name} exactly what a full run of that scenario gives`, () => {
      const variant = parseModel(document, { scenario: scenario.name });
      if (!variant.ok) throw new Error(`scenario ${scenario.name} is invalid`);
      const full = runPipelineOnBases(variant.model, ["facility", "class"]);
      expect(runPipelineOnBasesFrom(variant.model, unpriced, ["facility", "class"])).toEqual(full);
    });
  }
});
