import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import type { ModelInput } from "../model/schema.js";
import { minimalModel } from "../testing/minimal-model.js";
import { exactRangeProblem } from "./exact-range.js";
import { itemFlows } from "./item-flows.js";

const MAX = Number.MAX_SAFE_INTEGER;
/** Amounts from small to the range's end, most near the edge where a bound could be wrong. */
const amount = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: Math.floor(MAX / 8), max: MAX }));

describe("the float bound that spares real models the exact check", () => {
  it("never lets through a model the exact check refuses: whatever validation accepts passes the check over its item flows", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        fc.constantFrom(0, 0.05, -0.5, 1, 10, "index" as const),
        fc.double({ min: -0.99, max: 10, noNaN: true }),
        fc.constantFrom(undefined, { "2021": 100, "2022": 50, "2023": 1 }, { "2021": 1, "2022": 100, "2023": 1000 }),
        (cost, perYear, oneOff, saving, escalation, discountRate, priceIndex) => {
          const m = minimalModel();
          const [capital, recurring, once, hub] = m.costItems as Record<string, unknown>[];
          Object.assign(capital!, { cost });
          Object.assign(recurring!, { amountPerYear: perYear, escalation: escalation === "index" && priceIndex === undefined ? 0 : escalation });
          Object.assign(once!, { amount: oneOff });
          Object.assign(hub!, { escalation: priceIndex === undefined ? 0 : "index" });
          Object.assign(m.programme, { discountRate, priceIndex });
          Object.assign(m.savings![0]!, { amountPerYear: saving });
          const parsed = parseModel({ ...m, scenarios: [] } satisfies ModelInput);
          if (!parsed.ok) {
            // Every amount is legal on its own: only the exact check refuses the model.
            expect(parsed.problems.map((p) => p.code)).toEqual([expect.stringMatching(/beyond-exact-range$/)]);
            return;
          }
          // Accepted, maybe by the bound alone: the exact check over the item flows finds nothing either.
          expect(exactRangeProblem(parsed.model, itemFlows(parsed.model))).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
