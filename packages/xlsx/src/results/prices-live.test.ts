import { runModel, type Model } from "@costplan/core";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bacNinh, load } from "../template/test-fixtures.js";
import { CORRECTION } from "./prices-live.js";
import { writeWorkbook } from "./write-workbook.js";

async function written(model: Model): Promise<ExcelJS.Workbook> {
  return load(await writeWorkbook(model, runModel(model), { language: "en" }));
}

describe("the Prices sheet's live EMR cost", () => {
  it("is a formula over the PriceBasis sheet whose cached value is costplan's exact figure, with a correction of at most one đồng", async () => {
    const model = bacNinh();
    const result = runModel(model);
    const wb = await written(model);
    const prices = wb.getWorksheet("Prices")!;
    const year = String(result.pricing.priceYear);
    result.prices.forEach((e, i) => {
      const cell = prices.getCell(3 + i, 11).value as ExcelJS.CellFormulaValue;
      expect(cell.formula).toContain("PriceBasis!$H$");
      expect(cell.formula).toMatch(/\+U\d+$/);
      expect(cell.result ?? 0).toBe(e.byYear[year]!.emrCost);
      expect(Math.abs(prices.getCell(3 + i, CORRECTION).value as number)).toBeLessThanOrEqual(1);
    });
    const audit = wb.getWorksheet("Audit")!;
    const ranges: unknown[] = [];
    audit.eachRow((row) => {
      if (row.getCell(1).value === "Prices") ranges.push(row.getCell(2).value);
    });
    expect(ranges).toEqual(expect.arrayContaining(["K3:K281", "T3:T281", "U3:U281"]));
  }, 60_000);

  describe("edge cases", () => {
    it("keeps costplan's values when prices recover the equivalent annual cost, which the Flows sheet does not hold", async () => {
      const model = bacNinh();
      const wb = await written({ ...model, pricing: { ...model.pricing, costBasis: "equivalent-annual-cost" } });
      expect(wb.getWorksheet("PriceBasis")).toBeUndefined();
      expect(typeof wb.getWorksheet("Prices")!.getCell(3, 11).value).toBe("number");
      expect(wb.getWorksheet("Prices")!.getCell(2, CORRECTION).value).toBeNull();
    }, 60_000);
  });
});
