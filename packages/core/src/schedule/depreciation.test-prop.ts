import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { DEPRECIATION_METHODS } from "../model/vocabulary.js";
import { depreciationSchedule, equivalentAnnualCost, equivalentAnnualCostAt } from "./depreciation.js";

const assets = fc
  .record({
    cost: fc.integer({ min: 0, max: 1e13 }),
    salvageShare: fc.integer({ min: 0, max: 100 }),
    usefulLife: fc.integer({ min: 1, max: 30 }),
    month: fc.integer({ min: 1, max: 12 }),
    method: fc.constantFrom(...DEPRECIATION_METHODS),
    factor: fc.option(fc.constantFrom(1, 1.5, 2, 3), { nil: undefined }),
    prorateFirstYear: fc.boolean(),
  })
  .map(({ cost, salvageShare, month, ...rest }) => ({
    ...rest,
    cost,
    salvage: Math.floor((cost * salvageShare) / 100),
    inService: `2021-${String(month).padStart(2, "0")}`,
  }));

describe("depreciationSchedule (properties)", () => {
  it("sums exactly to cost minus salvage, with no negative year, in consecutive years", () => {
    fc.assert(
      fc.property(assets, (a) => {
        const schedule = depreciationSchedule(a);
        expect(schedule.reduce((s, y) => s + y.amount, 0)).toBe(a.cost - a.salvage);
        schedule.forEach((y, i) => {
          expect(y.amount).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(y.amount)).toBe(true);
          expect(y.year).toBe(2021 + i);
        });
        const extra = a.prorateFirstYear && a.inService !== "2021-01" ? 1 : 0;
        expect(schedule.length).toBe(a.usefulLife + extra);
      }),
      { numRuns: 300 },
    );
  });

  it("never lets accumulated depreciation pass cost minus salvage", () => {
    fc.assert(
      fc.property(assets, (a) => {
        let taken = 0;
        for (const y of depreciationSchedule(a)) {
          taken += y.amount;
          expect(taken).toBeLessThanOrEqual(a.cost - a.salvage);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("posts straight line without proration as the split of cost minus salvage by the exact yearly quotients", () => {
    // The decimal route the whole-weight path stands in for: (C - S) / n in every year, split by largest remainder.
    fc.assert(
      fc.property(assets, (asset) => {
        const flat = { ...asset, method: "straight-line" as const, prorateFirstYear: false };
        const exact = new Array<Dec>(flat.usefulLife).fill(new Dec(flat.cost - flat.salvage).div(flat.usefulLife));
        const expected = allocate(flat.cost - flat.salvage, exact).map((amount, i) => ({ year: 2021 + i, amount }));
        expect(depreciationSchedule(flat)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("equivalentAnnualCostAt (properties)", () => {
  it("gives every asset the same equivalent annual cost as equivalentAnnualCost, whatever the rate and the order of the assets", () => {
    const rates = fc.oneof(
      fc.constantFrom(0, 0.05, 0.08, 5e-324, 1e-30),
      fc.double({ min: -0.5, max: 1, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -9999, max: 99999 }).map((bp) => bp / 10000),
    );
    fc.assert(
      fc.property(rates, fc.array(assets, { minLength: 1, maxLength: 8 }), (rate, list) => {
        const at = equivalentAnnualCostAt(rate);
        for (const a of list) expect(at(a)).toBe(equivalentAnnualCost(a, rate));
      }),
      { numRuns: 300 },
    );
  });
});
