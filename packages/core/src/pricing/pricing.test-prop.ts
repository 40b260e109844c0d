import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runModel } from "../pipeline/run-model.js";
import { parseModel } from "../model/parse.js";
import type { ModelInput } from "../model/schema.js";
import { minimalModel } from "../testing/minimal-model.js";

const service = fc.record({
  volume: fc.integer({ min: 0, max: 200_000 }),
  weight: fc.double({ min: 0.1, max: 10, noNaN: true }),
  currentPrice: fc.integer({ min: 0, max: 2_000_000 }),
  cap: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
  insuredShare: fc.double({ min: 0, max: 1, noNaN: true }),
  coverage: fc.constantFrom(0.8, 0.95, 1),
});

const options = fc.record({
  costBasis: fc.constantFrom("depreciation" as const, "equivalent-annual-cost" as const),
  recoveryYears: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  offsetSavings: fc.boolean(),
  excludeStateBudget: fc.boolean(),
  phaseIn: fc.double({ min: 0, max: 1, noNaN: true }),
  priceStep: fc.constantFrom(1, 100, 500, 1000),
  rounding: fc.constantFrom("half-up" as const, "half-even" as const, "down" as const, "up" as const),
  capAtMaximum: fc.boolean(),
});

interface ServiceShape {
  volume: number;
  weight: number;
  currentPrice: number;
  cap: number | undefined;
  insuredShare: number;
  coverage: number;
}

function modelWith(services: readonly ServiceShape[], pricing: Record<string, unknown>): ModelInput {
  const m = minimalModel();
  m.pricing = Object.fromEntries(Object.entries(pricing).filter(([, v]) => v !== undefined));
  m.serviceLists = ["H1", "P1"].map((facility) => ({
    id: `${facility}-list`,
    facility,
    services: services.map((s, i) => ({
      code: `S${i}`,
      name: `Service ${i}`,
      category: "technical" as const,
      volume: s.volume,
      weight: s.weight,
      currentPrice: s.currentPrice,
      ...(s.cap === undefined ? {} : { maxPrice: s.cap }),
      ...(s.insuredShare === 0 ? { insuredShare: 0 as const } : { insuredShare: s.insuredShare }),
      coverage: s.coverage,
    })),
  }));
  return m;
}

describe("service prices (properties)", () => {
  it("carry the recoverable cost exactly, split every increase exactly and respect caps, whatever the options", () => {
    fc.assert(
      fc.property(fc.array(service, { minLength: 1, maxLength: 6 }), options, (services, pricing) => {
        const parsed = parseModel(modelWith(services, pricing));
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
        const r = runModel(parsed.model);
        for (const [facility, f] of Object.entries(r.payers.byFacility)) {
          for (const [year, y] of Object.entries(f.byYear)) {
            const entries = r.prices.filter((p) => p.facility === facility).map((p) => p.byYear[year]!);
            expect(entries.reduce((a, e) => a + e.emrCost, 0)).toBe(y.assigned);
            expect(y.assigned + y.unassigned).toBe(y.recoverable);
            expect(y.recovered).toBe(y.assigned + y.roundingDifference - y.unrecoveredByCap);
            expect(y.recoverable).toBeGreaterThanOrEqual(0);
            for (const e of entries) {
              expect(e.fund + e.patients).toBe(e.totalIncrease);
              expect(e.emrCost).toBeGreaterThanOrEqual(0);
            }
          }
        }
        for (const p of r.prices) {
          if (pricing.capAtMaximum && p.maxPrice !== undefined)
            for (const y of Object.values(p.byYear)) expect(y.proposedPrice).toBeLessThanOrEqual(p.maxPrice);
        }
      }),
      { numRuns: 60 },
    );
  });
});
