import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import type { ModelInput } from "../model/schema.js";
import { runModel, type RunResult } from "../pipeline/run-model.js";
import { minimalModel } from "../testing/minimal-model.js";

const hospital = fc.record({
  cls: fc.constantFrom("II", "III"),
  beds: fc.integer({ min: 1, max: 600 }),
  cost: fc.integer({ min: 0, max: 5_000_000_000 }),
  running: fc.integer({ min: 0, max: 300_000_000 }),
});

const serviceShape = fc.record({
  volumePerBed: fc.integer({ min: 0, max: 400 }),
  weight: fc.constantFrom(1, 1.5, 2.5),
  currentPrice: fc.integer({ min: 0, max: 500_000 }),
  cap: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
});

const pricing = fc.record({
  priceStep: fc.constantFrom(1, 100, 1000),
  rounding: fc.constantFrom("half-up" as const, "half-even" as const, "down" as const, "up" as const),
  capAtMaximum: fc.boolean(),
  recoveryYears: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
});

type Hospital = { cls: string; beds: number; cost: number; running: number };
type ServiceShape = {
  volumePerBed: number;
  weight: number;
  currentPrice: number;
  cap: number | undefined;
};

/** Hospitals of classes II and III priced from one list per class, and a private hospital with no class and a list of its own. */
function modelOf(hospitals: readonly Hospital[], services: readonly ServiceShape[], options: Record<string, unknown>): ModelInput {
  const m = minimalModel();
  const ids = hospitals.map((_, k) => `H${String(k + 1)}`);
  m.facilities = [
    ...hospitals.map((h, k) => ({
      id: ids[k]!,
      name: `Hospital ${String(k + 1)}`,
      kind: "public-hospital" as const,
      ownership: "public" as const,
      class: h.cls,
      beds: h.beds,
    })),
    {
      id: "P1",
      name: "Private 1",
      kind: "private-hospital",
      ownership: "private",
      beds: 100,
    },
  ];
  m.costItems = [
    ...hospitals.flatMap((h, k) => [
      {
        id: `${ids[k]!}-SW`,
        name: "EMR software",
        facility: ids[k]!,
        category: "software-licence" as const,
        funding: "own",
        nature: "capital" as const,
        cost: h.cost,
        inService: "2021-03",
        usefulLife: 5,
      },
      {
        id: `${ids[k]!}-MNT`,
        name: "Maintenance",
        facility: ids[k]!,
        category: "maintenance" as const,
        funding: "own",
        nature: "recurring" as const,
        amountPerYear: h.running,
        firstYear: 2021,
        lastYear: 2023,
      },
    ]),
    {
      id: "P1-TRN",
      name: "Training",
      facility: "P1",
      category: "training",
      funding: "own",
      nature: "one-off",
      amount: 50_000_000,
      year: 2022,
    },
  ];
  m.savings = [];
  m.scenarios = [];
  m.pricing = {
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    basis: "class",
  };
  const list = services.map((s, i) => ({
    code: `S${String(i)}`,
    name: `Service ${String(i)}`,
    category: "technical" as const,
    volumePerBed: s.volumePerBed,
    weight: s.weight,
    currentPrice: s.currentPrice,
    ...(s.cap === undefined ? {} : { maxPrice: s.cap }),
  }));
  m.serviceLists = [
    { id: "class-II", class: "II", services: list },
    { id: "class-III", class: "III", services: list },
    { id: "P1-list", facility: "P1", services: list },
  ];
  return m;
}

function run(hospitals: readonly Hospital[], services: readonly ServiceShape[], options: Record<string, unknown>): RunResult {
  const parsed = parseModel(modelOf(hospitals, services, options));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return runModel(parsed.model);
}

describe("the class price basis (properties)", () => {
  const inputs = [fc.array(hospital, { minLength: 1, maxLength: 5 }), fc.array(serviceShape, { minLength: 1, maxLength: 4 }), pricing] as const;

  it("gives every facility of a class the same proposed price and the same EMR component per service, in every year", () => {
    fc.assert(
      fc.property(...inputs, (hospitals, services, options) => {
        const r = run(hospitals, services, options);
        const seen = new Map<string, { price: number; component: string }>();
        for (const p of r.prices) {
          for (const [year, y] of Object.entries(p.byYear)) {
            const key = `${p.class ?? `\u0001${p.facility}`}\u0000${p.code}\u0000${year}`;
            const first = seen.get(key);
            if (first === undefined)
              seen.set(key, {
                price: y.proposedPrice,
                component: y.emrComponent,
              });
            else
              expect({
                price: y.proposedPrice,
                component: y.emrComponent,
              }).toEqual(first);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("adds up each class's over- and under-recoveries exactly to its pools' rounding difference less what caps cut", () => {
    fc.assert(
      fc.property(...inputs, (hospitals, services, options) => {
        const r = run(hospitals, services, options);
        const report = r.classBasis!;
        for (const c of report.classes) {
          const members = report.facilities.filter((f) => c.facilities.includes(f.facility));
          for (const [year, y] of Object.entries(c.byYear)) {
            const balance = members.reduce((a, f) => a + f.byYear[year]!.balance, 0);
            expect(balance).toBe(y.roundingDifference - y.unrecoveredByCap);
            expect(y.balance).toBe(balance);
          }
          expect(c.total.balance).toBe(c.total.roundingDifference - c.total.unrecoveredByCap);
          for (const id of c.gainers) expect(report.facilities.find((f) => f.facility === id)!.total.balance).toBeGreaterThan(0);
          for (const id of c.losers) expect(report.facilities.find((f) => f.facility === id)!.total.balance).toBeLessThan(0);
        }
        // The pools' rounding differences are the facilities' own: Σ over facilities = Σ over classes.
        for (const year of r.pricing.years) {
          const rounding = report.classes.reduce((a, c) => a + c.byYear[String(year)]!.roundingDifference, 0);
          expect(rounding).toBe(r.payers.byYear[String(year)]!.roundingDifference);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("prices a facility alone in its class as the facility basis does", () => {
    fc.assert(
      fc.property(hospital, fc.array(serviceShape, { minLength: 1, maxLength: 4 }), pricing, (h, services, options) => {
        const byClass = run([h], services, options);
        const parsed = parseModel({
          ...modelOf([h], services, options),
          pricing: {
            ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
          },
        });
        if (!parsed.ok) throw new Error("invalid");
        const byFacility = runModel(parsed.model);
        expect(byClass.prices.map((p) => p.byYear)).toEqual(byFacility.prices.map((p) => p.byYear));
        expect(byClass.payers).toEqual(byFacility.payers);
      }),
      { numRuns: 40 },
    );
  });
});
