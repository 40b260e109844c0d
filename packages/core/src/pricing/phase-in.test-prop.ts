import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { postMinor } from "../money/money.js";
import { parseModel } from "../model/parse.js";
import type { ModelInput } from "../model/schema.js";
import { runModel, type RunResult } from "../pipeline/run-model.js";
import { minimalModel } from "../testing/minimal-model.js";

function run(pricing: Record<string, unknown>, cost: number): RunResult {
  const m: ModelInput = minimalModel();
  m.costItems = m.costItems.map((item) => (item.id === "H1-SRV" ? { ...item, cost } : item));
  m.pricing = pricing;
  m.serviceLists = [
    {
      id: "H1-list",
      facility: "H1",
      services: [
        {
          code: "KB",
          name: "Visit",
          category: "examination",
          volume: 10_000,
          weight: 1,
          currentPrice: 30_000,
        },
      ],
    },
  ];
  const parsed = parseModel(m);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join("\n"));
  return runModel(parsed.model);
}

describe("phasing in and choosing categories (properties)", () => {
  it("phases the cost in linearly: (t + 1) / n of the full recovery in pricing year t, all of it from year n, posted half up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 9_000_000_000 }), fc.constantFrom(1, 0.5, 0.8), (n, cost, phaseIn) => {
        const full = run({}, cost);
        const phased = run({ phaseIn, phaseInYears: n }, cost);
        full.pricing.years.forEach((year, t) => {
          const k = String(year);
          const net = full.payers.byFacility["H1"]!.byYear[k]!.recoverable;
          const share = new Dec(phaseIn).mul(Math.min(t + 1, n)).div(n);
          expect(phased.payers.byFacility["H1"]!.byYear[k]!.recoverable, `${k} of ${String(n)}`).toBe(postMinor(new Dec(net).mul(share)));
        });
      }),
      { numRuns: 40 },
    );
  });

  it("puts only the chosen categories into prices, and their recoverable costs add up to the whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000 }), (cost) => {
        const all = run({}, cost);
        const infra = run({ includeCategories: ["infrastructure"] }, cost);
        const rest = run({ includeCategories: ["maintenance", "training", "hosting"] }, cost);
        for (const year of all.pricing.years) {
          const k = String(year);
          const a = all.payers.byFacility["H1"]!.byYear[k]!;
          expect(infra.payers.byFacility["H1"]!.byYear[k]!.recoverable + rest.payers.byFacility["H1"]!.byYear[k]!.recoverable).toBe(a.recoverable);
          expect(infra.payers.byFacility["H1"]!.byYear[k]!.outlay + rest.payers.byFacility["H1"]!.byYear[k]!.outlay).toBe(a.outlay);
        }
      }),
      { numRuns: 30 },
    );
  });
});
