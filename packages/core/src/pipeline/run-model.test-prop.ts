import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { parseModel } from "../model/parse.js";
import { Fraction, rationalFinals } from "../testing/rational-allocation.js";
import { runPipeline } from "./run-model.js";

// Random generated models checked against exact rational arithmetic, independent of the
// engine: every total exact, every posted figure within one minor unit of its exact value.
const options = fc
  .record({
    facilities: fc.integer({ min: 1, max: 4 }),
    centres: fc.integer({ min: 3, max: 8 }),
    // Some centres past 24 services, where largest remainder ranks by the cut rather than by insertion.
    services: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 80, max: 160 })),
    years: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    method: fc.constantFrom("direct" as const, "step-down" as const, "reciprocal" as const),
  })
  .chain((o) => fc.integer({ min: 1, max: Math.min(3, o.centres - 2) }).map((supportCentres) => ({ ...o, size: "small" as const, supportCentres })));

const within = (posted: number, exact: Fraction): boolean => {
  const diff = exact.sub(new Fraction(BigInt(posted)));
  const magnitude = diff.n < 0n ? -diff.n : diff.n;
  return magnitude < diff.d;
};

describe("a run against exact rationals (properties)", () => {
  it("posts every allocation and every service's EMR cost within one unit of its exact value, and every total exactly", () => {
    fc.assert(
      fc.property(options, (o) => {
        const parsed = parseModel(generateModel(o));
        if (!parsed.ok) throw new Error("the generator wrote an invalid model");
        const { model } = parsed;
        const { result, servicePrices } = runPipeline(model, { detail: false });

        for (const a of result.allocation) {
          const cc = model.facilities.find((f) => f.id === a.facility)!.costCentres!;
          for (const [year, y] of Object.entries(a.byYear)) {
            const costs = new Map(cc.centres.map((c) => [c.id, 0]));
            for (const item of result.items) {
              if (item.facility !== a.facility) continue;
              const centre = model.costItems.find((c) => c.id === item.id)!.centre ?? cc.emrCentre;
              costs.set(centre, costs.get(centre)! + item.accrual[year]!);
            }
            const exact = rationalFinals({
              method: cc.method,
              currency: "VND",
              centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind, cost: costs.get(c.id)! })),
              usage: cc.usage,
              order: a.order,
            });
            let total = 0;
            for (const [id, fraction] of exact) {
              expect(within(y.emr[id]!, fraction), `${a.facility} ${year} ${id}`).toBe(true);
              total += y.emr[id]!;
            }
            expect(total).toBe([...costs.values()].reduce((s, c) => s + c, 0));
          }
        }

        for (const f of servicePrices.facilities) {
          const years = f.years.length;
          f.years.forEach((year, t) => {
            const totals = f.byYear[String(year)]!;
            let carried = 0;
            let fund = 0;
            let patients = 0;
            for (const [, members] of f.listed.byCentre) {
              let centreCost = 0;
              let weight = 0;
              for (const i of members) {
                centreCost += f.cost.emrCapital[i * years + t]! + f.cost.emrRunning[i * years + t]!;
                weight += f.listed.costWeight[i]!;
              }
              for (const i of members) {
                const row = i * years + t;
                // Each kind is spread on its own: each part within a unit of its exact quota.
                if (weight > 0) {
                  const capitalTotal = members.reduce((s, k) => s + f.cost.emrCapital[k * years + t]!, 0);
                  expect(within(f.cost.emrCapital[row]!, new Fraction(BigInt(capitalTotal) * BigInt(f.listed.costWeight[i]!), BigInt(weight)).reduce())).toBe(
                    true,
                  );
                }
                const volume = f.listed.volume[i]!;
                const increase = (f.prices.proposed[row]! - f.listed.services[i]!.currentPrice) * volume;
                expect(f.payers.fund[row]! + f.payers.patients[row]!).toBe(increase);
                fund += f.payers.fund[row]!;
                patients += f.payers.patients[row]!;
              }
              carried += centreCost;
            }
            expect(carried + totals.unassigned).toBe(totals.recoverable);
            expect(totals.recovered).toBe(carried + totals.roundingDifference - totals.unrecoveredByCap);
            expect([fund, patients]).toEqual([totals.fund, totals.patients]);
          });
        }
      }),
      { numRuns: 40 },
    );
    // Forty whole runs with exact rational checks take seconds on a busy 2-core machine.
  }, 60_000);
});
