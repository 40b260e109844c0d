import { describe, expect, it } from "vitest";
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
