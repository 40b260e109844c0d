import { describe, expect, it } from "vitest";
import { CATEGORIES, DEPRECIATION_METHODS, FUNDING_KINDS, generateModel, parseModel, resolveGenerateOptions, runModel, type Model } from "../index.js";

const parsed = (doc: unknown): Model => {
  const result = parseModel(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.model;
};

describe("generateModel", () => {
  it("writes a small model (5 facilities x 40 centres x 2,000 services, 5 years) that parses with zero problems, under every scenario too", () => {
    const doc = generateModel({ size: "small", seed: 3 });
    const result = parseModel(doc);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(doc.facilities).toHaveLength(5);
    expect(doc.programme.lastYear - doc.programme.firstYear + 1).toBe(5);
    for (const f of doc.facilities) {
      expect(f.costCentres?.centres).toHaveLength(40);
      expect(f.costCentres?.centres.filter((c) => c.kind === "support")).toHaveLength(8);
      expect(f.costCentres?.method).toBe("step-down");
    }
    expect(doc.serviceLists.map((l) => [l.facility, l.services.length])).toEqual(doc.facilities.map((f) => [f.id, 2000]));
    for (const s of doc.scenarios) expect(parseModel(doc, { scenario: s.name }).ok, s.name).toBe(true);
  });

  it("sizes the province preset as 56 facilities x 40 centres (8 support) x 2,000 services x 6 years", () => {
    expect(resolveGenerateOptions({ size: "province" })).toEqual({
      size: "province",
      facilities: 56,
      centres: 40,
      supportCentres: 8,
      services: 2000,
      years: 6,
      seed: 1,
      method: "step-down",
    });
    const doc = generateModel({ size: "province", services: 2 });
    expect(doc.facilities).toHaveLength(56);
    expect(doc.programme.lastYear - doc.programme.firstYear + 1).toBe(6);
    // The Bac Ninh mix of kinds: 15 public hospitals, 16 medical centres, 23 private hospitals, 2 CDCs.
    const kinds: Record<string, number> = {};
    for (const f of doc.facilities) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    expect(kinds).toEqual({ "public-hospital": 15, "medical-centre": 16, "private-hospital": 23, cdc: 2 });
  });

  it("writes a valid model of reduced size for each allocation method", () => {
    for (const method of ["direct", "step-down", "reciprocal"] as const) {
      const doc = generateModel({ facilities: 4, centres: 6, supportCentres: 2, services: 25, years: 3, seed: 11, method });
      expect(parsed(doc).facilities.map((f) => f.costCentres?.method)).toEqual([method, method, method, method]);
      expect(doc.serviceLists.every((l) => l.services.length === 25)).toBe(true);
    }
  });

  it("is deterministic: the same options and seed give a deep-equal model and identical JSON", () => {
    const options = { size: "small", services: 300, seed: 42 } as const;
    const a = generateModel(options);
    const b = generateModel(options);
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("gives a different model for another seed", () => {
    const a = generateModel({ services: 50, seed: 1 });
    const b = generateModel({ services: 50, seed: 2 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(a.costItems.map((i) => i.id)).toEqual(b.costItems.map((i) => i.id));
  });

  it("covers every facility kind, hospital class I-IV, cost category, funding kind, depreciation method, service category and nature", () => {
    const doc = generateModel({ size: "small", facilities: 12, services: 60 });
    expect(new Set(doc.facilities.map((f) => f.kind))).toEqual(new Set(["public-hospital", "medical-centre", "private-hospital", "cdc"]));
    expect(new Set(doc.facilities.flatMap((f) => (f.kind === "public-hospital" && f.class !== undefined ? [f.class] : [])))).toContain("I");
    expect(new Set(doc.facilities.flatMap((f) => (f.class === undefined ? [] : [f.class])))).toEqual(new Set(["I", "II", "III", "IV"]));
    expect(new Set(doc.costItems.map((i) => i.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(doc.costItems.map((i) => i.nature))).toEqual(new Set(["capital", "recurring", "one-off"]));
    const kindOf = new Map(doc.fundingSources.map((s) => [s.id, s.kind]));
    const used = doc.costItems.flatMap((i) => (typeof i.funding === "string" ? [i.funding] : i.funding.map((f) => f.source)));
    expect(new Set(used.map((id) => kindOf.get(id)))).toEqual(new Set(FUNDING_KINDS));
    expect(doc.costItems.some((i) => Array.isArray(i.funding) && i.funding.some((f) => f.source === "state-budget" && f.share === 0.5))).toBe(true);
    expect(new Set(doc.costItems.flatMap((i) => (i.nature === "capital" ? [i.method ?? "straight-line"] : [])))).toEqual(new Set(DEPRECIATION_METHODS));
    const services = doc.serviceLists.flatMap((l) => l.services);
    expect(new Set(services.map((s) => s.category))).toEqual(new Set(["examination", "bed-day", "technical", "test"]));
    expect(services.some((s) => s.maxPrice !== undefined && s.maxPrice === s.currentPrice)).toBe(true);
    expect(doc.savings.length).toBeGreaterThan(0);
  });

  it("marks every figure as an assumption naming the seed", () => {
    const doc = generateModel({ services: 20, seed: 9 });
    const note = "generated: synthetic figure (seed 9)";
    const marked = [
      doc.programme,
      ...doc.fundingSources,
      ...doc.facilities,
      ...doc.facilities.flatMap((f) => [f.costCentres!, ...f.costCentres!.centres]),
      ...doc.costItems,
      ...doc.savings,
      ...doc.serviceLists,
      ...doc.serviceLists.flatMap((l) => l.services),
      doc.pricing,
    ];
    expect(marked.filter((x) => x.assumption !== note)).toEqual([]);
  });

  it("keeps every amount a whole number well inside the safe-integer range", () => {
    const text = JSON.stringify(generateModel({ size: "province", services: 20 }));
    const numbers = [...text.matchAll(/:(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    expect(Math.max(...numbers)).toBeLessThan(1e13);
  });

  it("runs: runModel on a small model (5 facilities, 200 services each) and its budgets reconcile", () => {
    const model = parsed(generateModel({ size: "small", services: 200, seed: 5 }));
    const result = runModel(model);
    const total = result.summary.totalCost;
    expect(total).toBeGreaterThan(0);
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    const cash = result.budget.cash.nominal;
    expect(sum(Object.values(cash.byFacility).map((s) => s.total))).toBe(total);
    expect(sum(Object.values(cash.byCategory).map((s) => s.total))).toBe(total);
    expect(sum(Object.values(cash.byFundingSource).map((s) => s.total))).toBe(total);
    expect(result.summary.byOwnership.public + result.summary.byOwnership.private).toBe(total);
    expect(sum(Object.values(result.summary.byYear))).toBe(total);
    expect(sum(result.items.map((i) => sum(Object.values(i.cash))))).toBe(total);
    expect(result.prices).toHaveLength(5 * 200);
    expect(result.allocation).toHaveLength(5);
  });
});

describe("edge cases", () => {
  it("generates the smallest model: one facility, two centres, one service, one year", () => {
    const model = parsed(generateModel({ facilities: 1, centres: 2, services: 1, years: 1 }));
    expect(model.facilities[0]?.costCentres?.centres.map((c) => c.kind)).toEqual(["support", "operating"]);
    expect(runModel(model).prices).toHaveLength(1);
  });

  it("keeps the preset's share of support centres when only the centres are overridden", () => {
    expect(resolveGenerateOptions({ centres: 10 }).supportCentres).toBe(2);
    expect(resolveGenerateOptions({ centres: 2 }).supportCentres).toBe(1);
  });

  it("refuses options out of range, naming the option", () => {
    expect(() => generateModel({ facilities: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: facilities must be a whole number from 1 to 2000, got 0]`,
    );
    expect(() => generateModel({ services: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: services must be a whole number from 1 to 20000, got 2.5]`,
    );
    expect(() => generateModel({ centres: 4, supportCentres: 4 })).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: supportCentres must be fewer than centres (a facility needs an operating centre), got 4 of 4]`,
    );
    expect(() => generateModel({ seed: -1 })).toThrowErrorMatchingInlineSnapshot(`[CostplanError: seed must be a whole number from 0 to 4294967295, got -1]`);
    expect(() => generateModel({ years: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: years must be a whole number from 1 to 30, got .nan]`,
    );
    expect(() => generateModel({ size: "galaxy" as "small" })).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: size must be one of small, province, national, got "galaxy"]`,
    );
  });
});
