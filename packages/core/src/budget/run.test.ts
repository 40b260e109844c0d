import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import type { Model, ModelInput } from "../model/schema.js";
import { minimalModel } from "../testing/minimal-model.js";
import { runModel } from "../pipeline/run-model.js";

const model = (input: ModelInput = minimalModel()): Model => {
  const r = parseModel(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return r.model;
};

describe("runModel", () => {
  const result = runModel(model());

  it("pays capital in its in-service year and recurring costs each year with escalation", () => {
    // servers 1,000,000,001 in 2021; maintenance 100m in 2022 and 105m in 2023; training 50m in 2022;
    // data hub 30m x index 100 -> 104 -> 110
    expect(result.budget.cash.nominal.total.byYear).toEqual({
      "2021": 1_000_000_001 + 30_000_000,
      "2022": 100_000_000 + 50_000_000 + 31_200_000,
      "2023": 105_000_000 + 33_000_000,
    });
    expect(result.summary.totalCost).toBe(1_349_200_001);
  });

  it("expenses capital through depreciation in the accrual view", () => {
    expect(result.schedules[0]!.byYear).toEqual({ "2021": 333_333_334, "2022": 333_333_334, "2023": 333_333_333 });
    expect(result.budget.accrual.nominal.total.byYear["2021"]).toBe(333_333_334 + 30_000_000);
    expect(result.schedules[0]!.bookValueAtEnd).toBe(0);
  });

  it("splits an item among its funding sources by share, exactly", () => {
    const bySource = result.budget.cash.nominal.byFundingSource;
    expect(bySource["budget"]!.byYear["2021"]).toBe(600_000_001 + 30_000_000);
    expect(bySource["own"]!.byYear["2021"]).toBe(400_000_000);
  });

  it("breaks the budget down by ownership, kind and facility, each adding up to the total", () => {
    const cash = result.budget.cash.nominal;
    expect(result.summary.byOwnership).toEqual({ public: 1_299_200_001, private: 50_000_000 });
    for (const group of [cash.byFacility, cash.byKind, cash.byOwnership, cash.byCategory, cash.byFundingSource, cash.byFundingKind]) {
      expect(Object.values(group).reduce((s, x) => s + x.total, 0)).toBe(cash.total.total);
    }
  });

  it("restates in constant base-year prices, years summing exactly", () => {
    const constant = result.budget.cash.constant!;
    // 2022: 181,200,000 x 100/104 = 174,230,769.23 -> 174,230,769
    expect(constant.total.byYear["2022"]).toBe(174_230_769);
    expect(Object.values(constant.byFacility).reduce((s, x) => s + x.byYear["2022"]!, 0)).toBe(174_230_769);
  });

  it("discounts to the base year at the model's rate", () => {
    // 1,030,000,001 + 181,200,000/1.1 + 138,000,000/1.21 = 1,308,776,860.52
    expect(result.budget.cash.presentValue.total).toBe(1_308_776_861);
    expect(Object.values(result.budget.cash.presentValue.byYear).reduce((a, b) => a + b, 0)).toBe(1_308_776_861);
  });

  it("reports savings apart, never netted", () => {
    expect(result.savings.total.byYear).toEqual({ "2021": 0, "2022": 20_000_000, "2023": 20_000_000 });
    expect(result.summary.totalCost).toBe(1_349_200_001);
  });

  it("marks figures resting on assumptions", () => {
    expect(result.budget.cash.nominal.byFacility["P1"]!.assumption).toBe(true);
    expect(result.budget.cash.nominal.byFacility["H1"]!.assumption).toBe(false);
    expect(result.assumptions).toEqual([{ path: "$.facilities[1]", label: "P1", reason: "made up" }]);
  });

  it("is deterministic: the same model gives the same document", () => {
    expect(JSON.stringify(runModel(model()))).toBe(JSON.stringify(result));
  });

  describe("edge cases", () => {
    it("reports units and attainment against a target", () => {
      const input = minimalModel();
      input.programme.target = { units: 3 };
      const r = runModel(model(input));
      expect(r.summary.units).toBe(2);
      expect(r.summary.attainment).toBe(2 / 3);
    });

    it("has no constant-price view without a price index", () => {
      const input = minimalModel();
      delete input.programme.priceIndex;
      input.costItems = input.costItems.filter((c) => c.id !== "POOL-HUB");
      expect(runModel(model(input)).budget.cash.constant).toBeUndefined();
    });

    it("checks the model against figures the source reports", () => {
      const input = minimalModel();
      input.programme.reported = { totalCost: 1_349_200_000, byOwnership: { private: 50_000_000 } };
      const r = runModel(model(input));
      expect(r.reconciliation.map((c) => [c.figure, c.difference, c.matches])).toEqual([
        ["summary.totalCost", 1, false],
        ["summary.byOwnership.private", 0, true],
      ]);
    });
  });
});
