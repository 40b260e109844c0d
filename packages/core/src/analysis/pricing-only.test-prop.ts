import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import { runPipelineOnBases, runPipelineOnBasesFrom, unpricedStages } from "../pipeline/run-model.js";
import { bacNinhDocument } from "../testing/bac-ninh.js";

const document = bacNinhDocument() as { scenarios?: unknown[] };
const parsed = parseModel(document);
if (!parsed.ok) throw new Error("the Bac Ninh model is invalid");
const unpriced = unpricedStages(parsed.model);

// Any mix of pricing options, including those that move the pricing years (recoveryYears) and the costed items.
const overrides = fc.record(
  {
    "pricing.recoveryYears": fc.integer({ min: 1, max: 15 }),
    "pricing.phaseIn": fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    "pricing.phaseInYears": fc.integer({ min: 1, max: 6 }),
    "pricing.offsetSavings": fc.boolean(),
    "pricing.excludeStateBudget": fc.boolean(),
    "pricing.costBasis": fc.constantFrom("depreciation", "equivalent-annual-cost"),
    "pricing.basis": fc.constantFrom("facility", "class"),
  },
  { requiredKeys: [] },
);

describe("a pricing-only scenario on the base's stages (properties)", () => {
  it("equals a full run of the scenario for any pricing overrides of Bac Ninh", () => {
    fc.assert(
      fc.property(overrides, (o) => {
        const withScenario = { ...document, scenarios: [...(document.scenarios ?? []), { name: "prop", overrides: o }] };
        const variant = parseModel(withScenario, { scenario: "prop" });
        if (!variant.ok) throw new Error(JSON.stringify(variant.problems));
        expect(runPipelineOnBasesFrom(variant.model, unpriced, ["facility", "class"], { detail: false })).toEqual(
          runPipelineOnBases(variant.model, ["facility", "class"], { detail: false }),
        );
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
