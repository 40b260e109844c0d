import { describe, expect, it } from "vitest";
import { runModel, type RunResult } from "../pipeline/run-model.js";
import type { Model } from "../model/schema.js";
import { bacNinhModel } from "../testing/bac-ninh.js";

const model = bacNinhModel();
const base = runModel(model);
const withPricing = (pricing: Partial<Model["pricing"]>): RunResult => runModel({ ...model, pricing: { ...model.pricing, ...pricing } });

const componentOf = (r: RunResult): Record<string, string> => Object.fromEntries(r.prices.map((p) => [`${p.facility}/${p.code}`, p.emrComponent]));
const budgetOf = (r: RunResult): string => JSON.stringify({ summary: r.summary, budget: r.budget, allocation: r.allocation, schedules: r.schedules });

describe("EMR cost in service prices", () => {
  it("carries every facility's recoverable EMR cost into its services exactly, every year, before price rounding", () => {
    for (const [facility, f] of Object.entries(base.payers.byFacility)) {
      for (const [year, y] of Object.entries(f.byYear)) {
        const services = base.prices.filter((p) => p.facility === facility);
        const carried = services.reduce((a, p) => a + p.byYear[year]!.emrCost, 0);
        expect(carried, `${facility} ${year}`).toBe(y.assigned);
        expect(y.assigned + y.unassigned, `${facility} ${year}`).toBe(y.recoverable);
        expect(y.recovered, `${facility} ${year}`).toBe(y.assigned + y.roundingDifference - y.unrecoveredByCap);
      }
    }
  });

  it("splits every increase between the fund and patients exactly and never proposes a price above its cap", () => {
    for (const p of base.prices) {
      for (const y of Object.values(p.byYear)) {
        expect(y.fund + y.patients).toBe(y.totalIncrease);
        expect(y.totalIncrease).toBe(y.increase * p.volume);
        if (p.maxPrice !== undefined) expect(y.proposedPrice).toBeLessThanOrEqual(p.maxPrice);
        expect(y.proposedPrice % 100 === 0 || y.capped).toBe(true);
      }
    }
  });

  it("answers the analyst: the EMR component of an examination and an internal-medicine bed-day per class, and the fund's yearly cost", () => {
    const pick = (cls: string, code: string) => base.prices.filter((p) => p.class === cls && p.code === code);
    for (const cls of ["I", "II", "III", "IV"]) {
      expect(pick(cls, "KB").length).toBeGreaterThan(0);
      expect(pick(cls, "NG-NOI").length).toBeGreaterThan(0);
      for (const p of [...pick(cls, "KB"), ...pick(cls, "NG-NOI")]) expect(Number(p.emrComponent)).toBeGreaterThanOrEqual(0);
    }
    expect(pick("I", "KB")[0]!.currentPrice).toBe(37_000);
    expect(pick("III", "KB")[0]!.currentPrice).toBe(29_000);
    expect(base.payers.byYear["2025"]!.fund).toBeGreaterThan(0);
  });

  it("leaves out state-budget-funded costs by default (Circular 21/2024/TT-BYT)", () => {
    const cdc = base.payers.byFacility["CDC1"]!.byYear["2025"]!;
    expect(cdc.recoverable).toBe(0);
    expect(cdc.excludedStateBudget).toBeGreaterThan(0);
  });

  describe("each option changes what it should and nothing else", () => {
    it("excludeStateBudget: false puts exactly the excluded cost back", () => {
      const r = withPricing({ excludeStateBudget: false });
      for (const [id, f] of Object.entries(base.payers.byFacility)) {
        for (const [year, y] of Object.entries(f.byYear)) {
          expect(r.payers.byFacility[id]!.byYear[year]!.recoverable).toBe(y.recoverable + y.excludedStateBudget);
        }
      }
      expect(budgetOf(r)).toBe(budgetOf(base));
    });

    it("offsetSavings takes each facility's savings off its cost, never below zero", () => {
      const r = withPricing({ offsetSavings: true });
      const y = r.payers.byFacility["PH01"]!.byYear["2024"]!;
      const before = base.payers.byFacility["PH01"]!.byYear["2024"]!;
      expect(y.savingsOffset).toBe(Math.min(before.recoverable, 1_200 * (400_000 + 150_000 + 100_000)));
      expect(y.recoverable).toBe(before.recoverable - y.savingsOffset);
      expect(budgetOf(r)).toBe(budgetOf(base));
    });

    it("phaseIn scales the cost to recover, posted half up", () => {
      const r = withPricing({ phaseIn: 0.5 });
      for (const [id, f] of Object.entries(base.payers.byFacility)) {
        for (const [year, y] of Object.entries(f.byYear)) {
          expect(r.payers.byFacility[id]!.byYear[year]!.recoverable).toBe(Math.round(y.recoverable / 2 + 1e-9));
        }
      }
      expect(budgetOf(r)).toBe(budgetOf(base));
    });

    it("recoveryYears spreads capital and one-off costs over the period, recovering the same total", () => {
      const r = withPricing({ recoveryYears: 10 });
      expect(r.pricing.years.at(-1)).toBeGreaterThan(base.pricing.years.at(-1)!);
      const total = (x: RunResult, id: string) => Object.values(x.payers.byFacility[id]!.byYear).reduce((a, y) => a + y.recoverable, 0);
      for (const id of Object.keys(base.payers.byFacility)) expect(total(r, id)).toBe(total(base, id));
      expect(componentOf(r)).not.toEqual(componentOf(base));
      expect(budgetOf(r)).toBe(budgetOf(base));
    });

    it("costBasis: equivalent-annual-cost charges interest on capital at the discount rate", () => {
      const r = withPricing({ costBasis: "equivalent-annual-cost" });
      const total = (x: RunResult) => Object.values(x.payers.byYear).reduce((a, y) => a + y.recoverable, 0);
      expect(total(r)).toBeGreaterThan(total(base));
      expect(budgetOf(r)).toBe(budgetOf(base));
    });

    it("priceStep and rounding change proposed prices, not the EMR component", () => {
      for (const change of [{ priceStep: 1_000 }, { rounding: "up" as const }, { rounding: "down" as const }]) {
        const r = withPricing(change);
        expect(componentOf(r)).toEqual(componentOf(base));
        expect(r.prices.map((p) => p.proposedPrice)).not.toEqual(base.prices.map((p) => p.proposedPrice));
        expect(budgetOf(r)).toBe(budgetOf(base));
      }
      const up = withPricing({ rounding: "up", capAtMaximum: false });
      for (const p of up.prices) expect(p.proposedPrice).toBeGreaterThanOrEqual(p.currentPrice + Number(p.emrComponent) - 1e-6);
      for (const p of withPricing({ priceStep: 1_000 }).prices) expect(p.proposedPrice % 1_000 === 0 || p.capped || p.volume === 0).toBe(true);
    });

    it("capAtMaximum: false lets prices pass the maximum and recovers everything the rounding allows", () => {
      const r = withPricing({ capAtMaximum: false });
      expect(r.prices.some((p) => p.maxPrice !== undefined && p.proposedPrice > p.maxPrice)).toBe(true);
      expect(Object.values(r.payers.byYear).every((y) => y.unrecoveredByCap === 0)).toBe(true);
      expect(componentOf(r)).toEqual(componentOf(base));
      expect(base.prices.some((p) => p.capped && p.unrecovered > 0)).toBe(true);
    });

    it("year chooses the year the price table shows, and changes nothing else", () => {
      const r = withPricing({ year: 2023 });
      expect(r.prices.every((p) => p.year === 2023)).toBe(true);
      expect(r.payers).toEqual(base.payers);
      expect(r.prices.map((p) => p.byYear)).toEqual(base.prices.map((p) => p.byYear));
    });
  });
});
