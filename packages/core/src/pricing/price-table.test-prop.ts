import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { parseModel } from "../model/parse.js";
import { runPipeline } from "../pipeline/run-model.js";
import type { FacilityPrices } from "./facility-prices.js";
import { priceTable } from "./price-table.js";

interface ReferenceRow {
  key: string;
  facilities: number;
  volume: number;
  emrCost: number;
  fund: number;
  lists: string[];
  current: [number, number];
  proposed: [number, number];
  assumption: boolean;
  emrUnits: [bigint, bigint][];
}

/** The grouping the price table makes, by the plainest route: one map keyed by class and code. */
function referenceGroups(facilities: readonly FacilityPrices[], priceYear: number): ReferenceRow[] {
  const groups = new Map<string, ReferenceRow>();
  for (const f of facilities) {
    const t = f.years.indexOf(priceYear);
    if (t < 0) continue;
    f.listed.services.forEach((service, i) => {
      const row = i * f.years.length + t;
      const key = `${f.facility.class ?? f.facility.id}|${service.code}`;
      const price = f.listed.currentPrice[i]!;
      const proposed = f.prices.proposed[row]!;
      const emrCost = f.cost.emrCapital[row]! + f.cost.emrRunning[row]!;
      const volume = f.listed.volume[i]!;
      const g: ReferenceRow = groups.get(key) ?? {
        key,
        facilities: 0,
        volume: 0,
        emrCost: 0,
        fund: 0,
        lists: [],
        current: [price, price],
        proposed: [proposed, proposed],
        assumption: false,
        emrUnits: [],
      };
      groups.set(key, g);
      g.facilities += 1;
      g.volume += volume;
      g.emrCost += emrCost;
      g.fund += f.payers.fund[row]!;
      if (!g.lists.includes(f.listed.list.id)) g.lists.push(f.listed.list.id);
      g.current = [Math.min(g.current[0], price), Math.max(g.current[1], price)];
      g.proposed = [Math.min(g.proposed[0], proposed), Math.max(g.proposed[1], proposed)];
      g.assumption ||= service.assumption !== undefined || f.listed.list.assumption !== undefined || f.facility.assumption !== undefined;
      g.emrUnits.push([BigInt(emrCost), BigInt(volume)]);
    });
  }
  return [...groups.values()];
}

/** The EMR component per unit as the table writes it (6 places, half up; "0" without volume), from cost and volume. */
function componentText(cost: bigint, volume: bigint): string {
  if (volume === 0n) return "0";
  const millionths = (cost * 2_000_000n + volume) / (2n * volume);
  const whole = millionths / 1_000_000n;
  const fraction = String(millionths % 1_000_000n)
    .padStart(6, "0")
    .replace(/0+$/, "");
  return fraction === "" ? String(whole) : `${whole}.${fraction}`;
}

/** The smallest and largest per-unit EMR cost of a row (zero volume counting as 0 per unit), compared exactly. */
function componentRange(units: readonly [bigint, bigint][]): [string, string] {
  const below = (a: [bigint, bigint], b: [bigint, bigint]): boolean =>
    (a[1] === 0n ? 0n : a[0]) * (b[1] === 0n ? 1n : b[1]) < (b[1] === 0n ? 0n : b[0]) * (a[1] === 0n ? 1n : a[1]);
  let min = units[0]!;
  let max = units[0]!;
  for (const u of units) {
    if (below(u, min)) min = u;
    if (below(max, u)) max = u;
  }
  return [componentText(...min), componentText(...max)];
}

describe("price table (properties)", () => {
  it("groups each class's services by code whatever order each facility lists them in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (seed, turns) => {
        const doc = generateModel({ size: "small", facilities: 8, centres: 6, supportCentres: 2, services: 12, years: 2, seed });
        // Rotate some facilities' lists (and drop a service from some), so codes meet at other positions.
        // Assumptions taken off the lists, the facilities of one turn and the services of some codes, so the rows' flags differ.
        const assumed = (code: string): boolean => code.charCodeAt(code.length - 1) % 2 === 0;
        const serviceLists = doc.serviceLists.map((list, k) => {
          const turn = turns[k % turns.length]! % (list.services.length + 1);
          const rotated = [...list.services.slice(turn), ...list.services.slice(0, turn)].map((s) => (assumed(s.code) ? s : withoutAssumption(s)));
          return { ...withoutAssumption(list), services: turn % 3 === 1 ? rotated.slice(1) : rotated };
        });
        const facilities = doc.facilities.map((f) => ((turns[0]! & 1) === 0 ? withoutAssumption(f) : f));
        const parsed = parseModel({ ...doc, facilities, serviceLists });
        if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
        const { servicePrices } = runPipeline(parsed.model, { detail: false });
        const table = priceTable(servicePrices.facilities, servicePrices.priceYear);
        // Classes with several facilities, or the property proves little.
        expect(table.some((r) => r.facilities > 1)).toBe(true);
        // Facilities of a class price a code differently, and some rows are assumptions and some not, or the property proves little.
        expect(table.some((r) => r.currentPrice.min < r.currentPrice.max)).toBe(true);
        if ((turns[0]! & 1) === 0) expect(new Set(table.map((r) => r.assumption)).size).toBe(2);
        expect(
          table.map((r) => ({
            key: `${r.class ?? r.label}|${r.code}`,
            facilities: r.facilities,
            volume: r.volume,
            emrCost: r.emrCost,
            fund: r.fund,
            lists: r.lists,
            current: [r.currentPrice.min, r.currentPrice.max],
            proposed: [r.proposedPrice.min, r.proposedPrice.max],
            assumption: r.assumption,
            component: [r.emrComponent.min, r.emrComponent.max],
          })),
        ).toEqual(
          referenceGroups(servicePrices.facilities, servicePrices.priceYear).map(({ emrUnits, ...rest }) => ({ ...rest, component: componentRange(emrUnits) })),
        );
      }),
      { numRuns: 25 },
    );
  });
});

function withoutAssumption<T extends { assumption?: unknown }>(value: T): T {
  const { assumption: _, ...rest } = value;
  return rest as T;
}
