import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { parseModel } from "../model/parse.js";
import { runPipeline } from "../pipeline/run-model.js";
import type { FacilityPrices } from "./facility-prices.js";
import { priceTable } from "./price-table.js";

/** The grouping the price table makes, by the plainest route: one map keyed by class and code. */
function referenceGroups(
  facilities: readonly FacilityPrices[],
  priceYear: number,
): { key: string; facilities: number; volume: number; emrCost: number; fund: number }[] {
  const groups = new Map<string, { key: string; facilities: number; volume: number; emrCost: number; fund: number }>();
  for (const f of facilities) {
    const t = f.years.indexOf(priceYear);
    if (t < 0) continue;
    f.listed.services.forEach((service, i) => {
      const row = i * f.years.length + t;
      const key = `${f.facility.class ?? f.facility.id}|${service.code}`;
      const g = groups.get(key) ?? { key, facilities: 0, volume: 0, emrCost: 0, fund: 0 };
      groups.set(key, g);
      g.facilities += 1;
      g.volume += f.listed.volume[i]!;
      g.emrCost += f.cost.emrCapital[row]! + f.cost.emrRunning[row]!;
      g.fund += f.payers.fund[row]!;
    });
  }
  return [...groups.values()];
}

describe("price table (properties)", () => {
  it("groups each class's services by code whatever order each facility lists them in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (seed, turns) => {
        const doc = generateModel({ size: "small", facilities: 8, centres: 6, supportCentres: 2, services: 12, years: 2, seed });
        // Rotate some facilities' lists (and drop a service from some), so codes meet at other positions.
        const serviceLists = doc.serviceLists.map((list, k) => {
          const turn = turns[k % turns.length]! % (list.services.length + 1);
          const rotated = [...list.services.slice(turn), ...list.services.slice(0, turn)];
          return { ...list, services: turn % 3 === 1 ? rotated.slice(1) : rotated };
        });
        const parsed = parseModel({ ...doc, serviceLists });
        if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
        const { servicePrices } = runPipeline(parsed.model, { detail: false });
        const table = priceTable(servicePrices.facilities, servicePrices.priceYear);
        // Classes with several facilities, or the property proves little.
        expect(table.some((r) => r.facilities > 1)).toBe(true);
        expect(
          table.map((r) => ({ key: `${r.class ?? r.label}|${r.code}`, facilities: r.facilities, volume: r.volume, emrCost: r.emrCost, fund: r.fund })),
        ).toEqual(referenceGroups(servicePrices.facilities, servicePrices.priceYear));
      }),
      { numRuns: 25 },
    );
  });
});
