import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseModel, runModel, type Model } from "@costplan/core";
import { parsed, SMALL } from "../template/test-fixtures.js";
import { AuditLog } from "./sheet-kit.js";
import { addScenariosSheet, scenarioLabel, scenarioRows } from "./scenarios-sheet.js";

const base = parsed(SMALL);
const lowRate = ((): Model => {
  const p = parseModel(SMALL, { scenario: "low-rate" });
  if (!p.ok) throw new Error("low-rate does not apply");
  return p.model;
})();

describe("the ScenarioResults rows", () => {
  // The "texts" scenario does not validate on its own (its class list drops the class II of facility H1), so it has no row.
  it("without a scenario, label the first row (base) and run each scenario from the model", () => {
    const result = runModel(base);
    const rows = scenarioRows(base, result);
    expect(rows.map((r) => scenarioLabel(r, "en"))).toEqual(["(base)", "low-rate", "nothing"]);
    expect(rows[0]?.result).toBe(result);
    expect(rows[1]?.result.summary).toEqual(runModel(lowRate).summary);
  });

  it("under --scenario low-rate, mark the low-rate row as applied with the workbook's figures and keep the base row the base", () => {
    const result = runModel(lowRate);
    const rows = scenarioRows(lowRate, result, { name: "low-rate", base });
    expect(rows.map((r) => scenarioLabel(r, "en"))).toEqual(["(base)", "low-rate (applied: the other sheets show it)", "nothing"]);
    expect(rows.map((r) => r.applied)).toEqual([false, true, false]);
    expect(rows[1]?.result).toBe(result);
    // The base row is the model without low-rate, not the applied figures relabelled.
    expect(rows[0]?.result.summary).toEqual(runModel(base).summary);
    expect(rows[0]?.result.summary.presentValue).not.toBe(result.summary.presentValue);
    // Other scenarios start from the base, not stacked on low-rate.
    expect(rows[2]?.result.summary).toEqual(runModel(base).summary);
  });

  it("label the applied row in Vietnamese in a Vietnamese workbook", () => {
    const rows = scenarioRows(lowRate, runModel(lowRate), { name: "low-rate", base });
    expect(rows.map((r) => scenarioLabel(r, "vi")).slice(0, 2)).toEqual(["(cơ sở)", "low-rate (đang áp dụng: các trang khác thể hiện kịch bản này)"]);
  });

  it("write the applied scenario's name on the sheet, never (base), beside its figures", () => {
    const wb = new ExcelJS.Workbook();
    const result = runModel(lowRate);
    addScenariosSheet(wb, lowRate, result, "en", new AuditLog(), { name: "low-rate", base });
    const ws = wb.getWorksheet("ScenarioResults");
    expect(ws?.getCell("A3").value).toBe("(base)");
    expect(ws?.getCell("A4").value).toBe("low-rate (applied: the other sheets show it)");
    expect(ws?.getCell("B4").value).toBe("Discount at 5 %");
    expect(ws?.getCell("E4").value).toBe(result.summary.presentValue);
  });
});
