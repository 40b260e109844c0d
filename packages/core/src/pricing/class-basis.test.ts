import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { parseModel } from "../model/parse.js";
import { runModel, runPipelineOnBases } from "../pipeline/run-model.js";
import { bacNinhDocument, bacNinhModel } from "../testing/bac-ninh.js";

const model = bacNinhModel();
const byFacility = runModel(model);
const byClass = runModel({
  ...model,
  pricing: { ...model.pricing, basis: "class" },
});

describe("the class price basis on Bac Ninh", () => {
  it("leaves the facility basis without a class report, and the class basis with one entry per priced facility", () => {
    expect(byFacility.classBasis).toBeUndefined();
    expect(byClass.classBasis!.facilities.map((f) => f.facility)).toEqual(Object.keys(byClass.payers.byFacility));
  });

  it("sets one proposed price per service and class, the volume-weighted pooled component", () => {
    for (const row of byClass.priceTable) {
      if (row.class === undefined) continue;
      expect(row.proposedPrice.min, `${row.label} ${row.code}`).toBe(row.proposedPrice.max);
    }
  });

  it("recovers the same total EMR cost as the facility basis before rounding: pooling moves cost between facilities, never adds any", () => {
    for (const year of byClass.pricing.years) {
      const a = byFacility.payers.byYear[String(year)]!;
      const b = byClass.payers.byYear[String(year)]!;
      expect(b.recoverable).toBe(a.recoverable);
      expect(b.recovered).toBe(b.recoverable - b.unassigned + b.roundingDifference - b.unrecoveredByCap);
    }
  });

  it("names the facilities that gain and lose in a class whose hospitals differ in cost", () => {
    const classes = byClass.classBasis!.classes.filter((c) => c.facilities.length > 1);
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.some((c) => c.gainers.length > 0 && c.losers.length > 0)).toBe(true);
    for (const c of classes) expect(new Set([...c.gainers, ...c.losers]).size).toBe(c.gainers.length + c.losers.length);
  });

  it("splits into depreciation and IT (general & administrative) the class component actually in the price, not the facility's own", () => {
    const year = String(byClass.pricing.priceYear);
    // The pools as the price tables set them: one service code at one price and cap, over a class's facilities.
    const groups = new Map<string, typeof byClass.prices>();
    for (const e of byClass.prices) {
      const key = JSON.stringify([e.class ?? e.facility, e.code, e.currentPrice, e.maxPrice ?? null]);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    let differsFromOwn = 0;
    for (const members of groups.values()) {
      const volume = members.reduce((a, e) => a + e.volume, 0);
      const capital = members.reduce((a, e) => a + e.byYear[year]!.emrCapital, 0);
      const running = members.reduce((a, e) => a + e.byYear[year]!.emrRunning, 0);
      const perUnit = (amount: number): Dec => (volume > 0 ? new Dec(amount).div(volume).toDecimalPlaces(6, Dec.ROUND_HALF_UP) : new Dec(0));
      for (const e of members) {
        const at = `${e.facility} ${e.code}`;
        expect(new Dec(e.structure.emr.depreciation).eq(perUnit(capital)), at).toBe(true);
        expect(new Dec(e.structure.emr.generalAdministrative).eq(perUnit(running)), at).toBe(true);
        if (e.structure.current !== undefined && e.structure.proposed !== undefined) {
          expect(new Dec(e.structure.proposed.depreciation).eq(new Dec(e.structure.current.depreciation).plus(perUnit(capital))), at).toBe(true);
          expect(new Dec(e.structure.proposed.generalAdministrative).eq(new Dec(e.structure.current.generalAdministrative).plus(perUnit(running))), at).toBe(
            true,
          );
        }
        const own = e.volume > 0 ? new Dec(e.byYear[year]!.emrCapital).div(e.volume).toDecimalPlaces(6, Dec.ROUND_HALF_UP) : new Dec(0);
        if (!own.eq(perUnit(capital))) differsFromOwn += 1;
      }
    }
    // Bac Ninh's hospitals of a class differ in cost, so the facility's own split would show other figures.
    expect(differsFromOwn).toBeGreaterThan(0);
    // On the facility basis the split is still the facility's own.
    for (const e of byFacility.prices) {
      const own = e.volume > 0 ? new Dec(e.byYear[year]!.emrCapital).div(e.volume).toDecimalPlaces(6, Dec.ROUND_HALF_UP) : new Dec(0);
      expect(new Dec(e.structure.emr.depreciation).eq(own), `${e.facility} ${e.code}`).toBe(true);
    }
  });

  it("gives the same results when both bases share the stages before pricing as when each runs alone", () => {
    const [facility, cls] = runPipelineOnBases(model, ["facility", "class"]);
    expect(facility!.result).toEqual(byFacility);
    expect(cls!.result).toEqual(byClass);
  });

  describe("edge cases", () => {
    it("refuses an unknown basis with the expected values in both languages", () => {
      const bad = parseModel({
        ...(bacNinhDocument() as Record<string, unknown>),
        pricing: { basis: "province" },
      });
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.problems.map((p) => [p.path, p.message.en, p.message.vi])).toMatchInlineSnapshot(`
        [
          [
            "$.pricing.basis",
            "expected "facility" or "class", got "province"",
            "cần "facility" (theo cơ sở) hoặc "class" (theo hạng bệnh viện), nhận được "province"",
          ],
        ]
      `);
    });
  });
});
