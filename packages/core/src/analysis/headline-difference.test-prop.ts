import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import type { Headline } from "./headline.js";
import { headlineDifference } from "./headline-difference.js";

const amount = fc.integer({ min: -1e12, max: 1e12 });
const year = fc.record({
  recoverable: amount,
  recovered: amount,
  fund: amount,
  patients: amount,
});
const component = fc.integer({ min: 0, max: 1e12 }).map((n) => new Dec(n).div(1e6).toFixed(6));
const headline: fc.Arbitrary<Headline> = fc.record({
  totalCost: amount,
  priceYear: fc.constantFrom(2024, 2025),
  byYear: fc.dictionary(fc.constantFrom("2024", "2025", "2026", "2030"), year),
  total: year,
  keyPrices: fc
    .array(
      fc.record({
        service: fc.constant("examination" as const),
        code: fc.constant("KB"),
        label: fc.constantFrom("I", "II", "III"),
        currentPrice: amount,
        proposedPrice: amount,
        emrComponent: component,
      }),
      { maxLength: 3 },
    )
    .map((ks) => ks.filter((k, i) => ks.findIndex((o) => o.label === k.label) === i)),
  breakEven: fc.nat({ max: 60 }).map((count) => ({ count, of: 60, facilities: [] })),
});

describe("headline differences (properties)", () => {
  it("are exact: the base plus the difference gives the run back, figure by figure", () => {
    fc.assert(
      fc.property(headline, headline, (run, base) => {
        const d = headlineDifference(run, base);
        expect(base.totalCost + d.totalCost).toBe(run.totalCost);
        expect(base.breakEven.count + d.breakEven).toBe(run.breakEven.count);
        for (const [y, v] of Object.entries(d.byYear)) expect((base.byYear[y]?.fund ?? 0) + v.fund).toBe(run.byYear[y]?.fund ?? 0);
        for (const k of d.keyPrices) {
          const r = run.keyPrices.find((x) => x.label === k.label)!;
          const b = base.keyPrices.find((x) => x.label === k.label)!;
          expect(b.proposedPrice + k.proposedPrice).toBe(r.proposedPrice);
          expect(new Dec(b.emrComponent).plus(k.emrComponent).eq(r.emrComponent)).toBe(true);
        }
      }),
    );
  });

  it("are zero for a run against itself", () => {
    fc.assert(
      fc.property(headline, (h) => {
        const d = headlineDifference(h, h);
        expect(d.totalCost).toBe(0);
        expect(d.keyPrices.every((k) => k.proposedPrice === 0 && new Dec(k.emrComponent).isZero())).toBe(true);
        expect(Object.values(d.byYear).every((y) => y.fund === 0 && y.patients === 0 && y.recoverable === 0 && y.recovered === 0)).toBe(true);
      }),
    );
  });
});
