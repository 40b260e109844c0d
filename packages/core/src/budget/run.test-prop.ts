import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import type { ModelInput } from "../model/schema.js";
import { CATEGORIES, DEPRECIATION_METHODS } from "../model/vocabulary.js";
import type { BudgetView } from "./budget.js";
import { runModel } from "../pipeline/run-model.js";
import type { Breakdown } from "./breakdown.js";

const FIRST = 2020;
const LAST = 2025;
const year = fc.integer({ min: FIRST, max: LAST });
const amount = fc.integer({ min: 0, max: 5e12 });
type Funding = string | { source: string; share: number }[];
const funding: fc.Arbitrary<Funding> = fc.oneof(
  fc.constantFrom<Funding>("a", "b", "c"),
  fc.constantFrom<Funding>(
    [
      { source: "a", share: 0.5 },
      { source: "b", share: 0.5 },
    ],
    [
      { source: "a", share: 0.3 },
      { source: "b", share: 0.3 },
      { source: "c", share: 0.4 },
    ],
  ),
);
const common = { facility: fc.constantFrom("F1", "F2", "F3", "POOL"), category: fc.constantFrom(...CATEGORIES), funding };
const item = fc.oneof(
  fc.record({
    ...common,
    nature: fc.constant("capital" as const),
    cost: amount,
    inService: year.map((y) => `${y}-0${1 + (y % 9)}`),
    usefulLife: fc.integer({ min: 1, max: 12 }),
    method: fc.constantFrom(...DEPRECIATION_METHODS),
    prorateFirstYear: fc.boolean(),
  }),
  fc
    .record({
      ...common,
      nature: fc.constant("recurring" as const),
      amountPerYear: amount,
      firstYear: year,
      span: fc.integer({ min: 0, max: 5 }),
      escalation: fc.oneof(fc.constantFrom(0, 0.05, -0.1), fc.constant("index" as const)),
    })
    .map(({ span, firstYear, ...r }) => ({ ...r, firstYear, lastYear: Math.min(LAST, firstYear + span) })),
  fc.record({ ...common, nature: fc.constant("one-off" as const), amount, year }),
);

const models = fc.array(item, { minLength: 1, maxLength: 25 }).map((items): ModelInput => ({
  programme: {
    id: "p",
    name: "p",
    currency: "VND",
    firstYear: FIRST,
    lastYear: LAST,
    discountRate: 0.07,
    priceIndex: { "2020": 100, "2021": 103.3, "2022": 101.9, "2023": 107, "2024": 111.1, "2025": 115 },
  },
  fundingSources: [
    { id: "a", name: "a", kind: "state-budget" },
    { id: "b", name: "b", kind: "own-revenue" },
    { id: "c", name: "c", kind: "loan" },
  ],
  facilities: [
    { id: "F1", name: "1", kind: "public-hospital", ownership: "public" },
    { id: "F2", name: "2", kind: "medical-centre", ownership: "public" },
    { id: "F3", name: "3", kind: "private-hospital", ownership: "private" },
  ],
  pools: [{ id: "POOL", name: "pool", ownership: "public" }],
  costItems: items.map((it, i) => ({ id: `I${i}`, name: `item ${i}`, ...it })),
}));

const groups = (b: Breakdown) => [b.byFacility, b.byKind, b.byOwnership, b.byCategory, b.byFundingSource, b.byFundingKind];

function expectConsistent(b: Breakdown, years: readonly number[]): void {
  const total = b.total;
  expect(years.reduce((s, y) => s + total.byYear[String(y)]!, 0)).toBe(total.total);
  for (const group of groups(b)) {
    expect(Object.values(group).reduce((s, x) => s + x.total, 0)).toBe(total.total);
    for (const y of years) expect(Object.values(group).reduce((s, x) => s + x.byYear[String(y)]!, 0)).toBe(total.byYear[String(y)]);
    for (const x of Object.values(group)) for (const v of Object.values(x.byYear)) expect(v).toBeGreaterThanOrEqual(0);
  }
}

describe("runModel (properties)", () => {
  it("makes every budget breakdown, nominal and constant, cash and accrual, add up exactly to its total", () => {
    fc.assert(
      fc.property(models, (input) => {
        const parsed = parseModel(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const r = runModel(parsed.model);
        const views: BudgetView[] = [r.budget.cash, r.budget.accrual];
        for (const v of views) {
          expectConsistent(v.nominal, r.years);
          expectConsistent(v.constant!, r.years);
          expect(Object.values(v.presentValue.byYear).reduce((a, b) => a + b, 0)).toBe(v.presentValue.total);
        }
        expect(r.summary.byOwnership.public + r.summary.byOwnership.private).toBe(r.summary.totalCost);
      }),
      { numRuns: 60 },
    );
  });

  it("reconciles cash with accrual: what was paid but not yet expensed is the book value left", () => {
    fc.assert(
      fc.property(models, (input) => {
        const parsed = parseModel(input);
        if (!parsed.ok) return;
        const r = runModel(parsed.model);
        expect(r.budget.cash.nominal.total.total - r.budget.accrual.nominal.total.total).toBe(r.summary.bookValueAtEnd);
      }),
      { numRuns: 60 },
    );
  });
});
