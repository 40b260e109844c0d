import { parseModel, runModel, type Model, type RunResult } from "@costplan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinModel } from "../builtin.js";
import { histogram, reportData, type ReportData } from "./data.js";
import { scenarioRows } from "./scenario-rows.js";

let model: Model;
let result: RunResult;
let data: ReportData;

function at(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

beforeAll(() => {
  const parsed = parseModel(builtinModel());
  if (!parsed.ok) throw new Error("the built-in model is invalid");
  model = parsed.model;
  result = runModel(model, { detail: false });
  data = reportData(model, result, {
    modelName: "bac-ninh",
    scenario: null,
    scenarios: { rows: [], invalid: [] },
  });
});

describe("reportData", () => {
  it("gives every summary figure with its path in the result and the basis the run gives it", () => {
    expect(data.summary.map((l) => [l.key, l.basis])).toEqual([
      ["totalCost", "source"],
      ["public", "source"],
      ["private", "source"],
      ["accrualTotal", "assumption"],
      ["presentValue", "assumption"],
      ["equivalentAnnualCost", "assumption"],
      ["bookValueAtEnd", "assumption"],
      ["savingsTotal", "assumption"],
      ["units", "source"],
      ["target", "source"],
      ["attainment", "source"],
    ]);
    for (const line of data.summary) expect(at(result, line.path)).toBe(line.value);
  });

  it("breaks the budget by category into series that add up to each year's total exactly", () => {
    data.years.forEach((year, y) => {
      expect(data.byCategory.reduce((a, g) => a + g.byYear[y]!.value, 0)).toBe(data.budgetTotal[y]!.value);
      expect(at(result, data.budgetTotal[y]!.path)).toBe(result.budget.cash.nominal.total.byYear[year]);
    });
    expect(data.byCategory.reduce((a, g) => a + g.total.value, 0)).toBe(data.budgetGrandTotal.value);
    expect(data.budgetGrandTotal.value).toBe(result.summary.totalCost);
    expect(data.byKind.reduce((a, g) => a + g.total.value, 0)).toBe(result.summary.totalCost);
    expect(data.byFunding.reduce((a, g) => a + g.total.value, 0)).toBe(result.summary.totalCost);
  });

  it("picks the key service of each category by current revenue, with every class that prices it", () => {
    expect(data.keyServices.map((s) => [s.category, s.code])).toEqual([
      ["examination", "KB"],
      ["bed-day", "NG-NOI"],
      ["technical", "XQ"],
      ["test", "XN-TPT"],
    ]);
    for (const s of data.keyServices) {
      expect(s.rows.length).toBe(result.priceTable.filter((r) => r.code === s.code).length);
      for (const r of s.rows) {
        expect(at(result, r.proposed.path)).toBe(r.proposed.value);
        expect(at(result, r.emrComponent.path)).toBe(r.emrComponent.value);
      }
    }
  });

  it("groups the programme-level assumptions by reason and counts them all", () => {
    expect(data.assumptionCount).toBe(result.assumptions.length);
    const reasons = data.assumptions.map((a) => JSON.stringify(a.reason));
    expect(new Set(reasons).size).toBe(reasons.length);
    const topLevel = result.assumptions.filter((a) => /^\$\.[A-Za-z]+(\[\d+\])?$/.test(a.path));
    expect(data.assumptions.reduce((n, a) => n + a.labels.length, 0)).toBe(topLevel.length);
    for (const note of topLevel) expect(data.assumptions.find((a) => JSON.stringify(a.reason) === JSON.stringify(note.reason))!.labels).toContain(note.label);
  });
});

describe("scenarioRows", () => {
  it("gives the base and every scenario, each equal to a run of that scenario alone", () => {
    const { rows, invalid } = scenarioRows(model);
    expect(invalid).toEqual([]);
    expect(rows.map((r) => r.name)).toEqual([null, ...model.scenarios.map((s) => s.name)]);
    const alone = parseModel(builtinModel(), { scenario: "recover-10y" });
    if (!alone.ok) throw new Error("recover-10y is invalid");
    const run = runModel(alone.model, { detail: false });
    const row = rows.find((r) => r.name === "recover-10y")!;
    const year = String(run.pricing.priceYear);
    expect([row.totalCost, row.recoverable, row.recovered, row.fund, row.patients]).toEqual([
      run.summary.totalCost,
      run.payers.byYear[year]!.recoverable,
      run.payers.byYear[year]!.recovered,
      run.payers.byYear[year]!.fund,
      run.payers.byYear[year]!.patients,
    ]);
    expect(rows[0]!.totalCost).toBe(result.summary.totalCost);
  }, 60_000);
});

describe("histogram", () => {
  it("puts every draw in one bin, the bins covering the range edge to edge", () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const bins = histogram(values);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
    expect(bins[0]!.from).toBe(1);
    expect(bins[bins.length - 1]!.to).toBe(9);
    bins.slice(1).forEach((b, i) => {
      expect(b.from).toBe(bins[i]!.to);
    });
  });

  describe("edge cases", () => {
    it("gives one bin when every draw is the same, and none for no draws", () => {
      expect(histogram([7, 7, 7])).toEqual([{ from: 7, to: 7, count: 3 }]);
      expect(histogram([])).toEqual([]);
    });
  });
});
