// The generated Bac Ninh workbook, recalculated by a real spreadsheet engine (LibreOffice
// with forced recalculation): every formula's recalculated value must equal the value
// costplan cached in it, and no cell may show an error. Then, as a finance officer would,
// change a useful life and a volume and check the dependent cells follow. Fails (never
// skips) without soffice: .ci/run installs libreoffice-calc-nogui.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseModel, ROUNDING_LABELS, runModel, type Model, type RunResult } from "@costplan/core";
import { HEADER_ROW, PRICING, resultSheetName, TABLES, writeWorkbook } from "@costplan/xlsx";
import { calcSession, type CalcSession } from "./support/libreoffice.js";

const document: unknown = JSON.parse(readFileSync(new URL("../examples/bac-ninh/model.json", import.meta.url), "utf8"));
const parsed = parseModel(document);
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model: Model = parsed.model;
const result: RunResult = runModel(model);

let calc: CalcSession;
let original: ExcelJS.Workbook;
let recalculated: ExcelJS.Workbook;
/** The Vietnamese workbook, as written and as LibreOffice recalculated it: its formulas quote the Vietnamese sheet names. */
let originalVi: ExcelJS.Workbook;
let recalculatedVi: ExcelJS.Workbook;

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function isError(value: unknown): boolean {
  if (value !== null && typeof value === "object" && "error" in value) return true;
  return typeof value === "string" && /^(#[A-Z/0]+[!?]?|Err:\d+)/.test(value);
}

function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value) return (value as ExcelJS.CellFormulaValue).result;
  if (value !== null && typeof value === "object" && "sharedFormula" in value) return value.result;
  return value;
}

function find(ws: ExcelJS.Worksheet, predicate: (row: ExcelJS.Row) => boolean): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && predicate(row)) found = n;
  });
  if (found < 0) throw new Error(`no such row on ${ws.name}`);
  return found;
}

/**
 * The column of a field on an input sheet: the template writes the layout's columns in order,
 * with headers in the workbook's language, so the layout says where each field is.
 */
function headerColumn(ws: ExcelJS.Worksheet, key: string): number {
  const layout = Object.values(TABLES).find((t) => t.name === ws.name);
  const found = layout === undefined ? -1 : layout.columns.findIndex((c) => c.key === key);
  if (found < 0) throw new Error(`no column ${key} on ${ws.name}`);
  return found + 1;
}

beforeAll(async () => {
  calc = calcSession();
  const input = join(calc.work, "bac-ninh.xlsx");
  writeFileSync(input, await writeWorkbook(model, result, { language: "en" }));
  original = await load(input);
  recalculated = await load(calc.convert(input, "xlsx", "bac-ninh.xlsx"));
  const inputVi = join(calc.work, "bac-ninh-vi.xlsx");
  writeFileSync(inputVi, await writeWorkbook(model, result, { language: "vi" }));
  originalVi = await load(inputVi);
  recalculatedVi = await load(calc.convert(inputVi, "xlsx", "bac-ninh-vi.xlsx"));
}, 600_000);

afterAll(() => {
  calc.dispose();
});

describe("the generated workbook in LibreOffice", () => {
  it.each(["en", "vi"] as const)("recalculates every formula of the %s workbook to the value costplan cached, with no error cell", (lang) => {
    let formulas = 0;
    const mismatches: string[] = [];
    const [written, recalculatedHere] = lang === "en" ? [original, recalculated] : [originalVi, recalculatedVi];
    for (const sheet of ["cover", "budget", "prices"] as const) expect(written.getWorksheet(resultSheetName(sheet, lang)), sheet).toBeDefined();
    written.eachSheet((ws) => {
      const other = recalculatedHere.getWorksheet(ws.name)!;
      expect(other, ws.name).toBeDefined();
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          const after = other.getCell(cell.address).value;
          if (isError(resultOf(after))) mismatches.push(`${ws.name}!${cell.address}: ${JSON.stringify(after)}`);
          const v = cell.value;
          if (v === null || typeof v !== "object" || !("formula" in v)) return;
          formulas += 1;
          const cached = v.result;
          const now = resultOf(after);
          if (typeof cached === "number") {
            const ok =
              typeof now === "number" &&
              (Number.isInteger(cached) ? Math.abs(now - cached) < 1e-6 : Math.abs(now - cached) <= 1e-9 * Math.max(1, Math.abs(cached)));
            if (!ok) mismatches.push(`${ws.name}!${cell.address} =${v.formula}: cached ${cached}, recalculated ${JSON.stringify(now)}`);
          } else if (cached !== undefined && cached !== now && !(cached === "" && now === undefined)) {
            mismatches.push(`${ws.name}!${cell.address} =${v.formula}: cached ${JSON.stringify(cached)}, recalculated ${JSON.stringify(now)}`);
          }
        });
      });
    });
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(formulas).toBeGreaterThan(3_000);
  });

  it("follows a changed useful life, volume, cost and weight, as a finance officer would see it", async () => {
    const wb = await load(join(calc.work, "bac-ninh.xlsx"));
    const items = wb.getWorksheet("CostItems")!;
    const itemRow = find(items, (r) => r.getCell(headerColumn(items, "id")).value === "PH01-EMR");
    items.getCell(itemRow, headerColumn(items, "usefulLife")).value = 8;
    const services = wb.getWorksheet("Services")!;
    const serviceRow = find(
      services,
      (r) => r.getCell(headerColumn(services, "list")).value === "class-I" && r.getCell(headerColumn(services, "code")).value === "KB",
    );
    services.getCell(serviceRow, headerColumn(services, "volumePerBed")).value = 400;
    // and a cost (half state-funded) and a relative weight
    items.getCell(
      find(items, (r) => r.getCell(headerColumn(items, "id")).value === "PH04-INFRA"),
      headerColumn(items, "cost"),
    ).value = 4_500_000_000;
    const weightRow = find(
      services,
      (r) => r.getCell(headerColumn(services, "list")).value === "class-II" && r.getCell(headerColumn(services, "code")).value === "XN-TPT",
    );
    services.getCell(weightRow, headerColumn(services, "weight")).value = 0.8;
    const changed = join(calc.work, "changed.xlsx");
    await wb.xlsx.writeFile(changed);
    const after = await load(calc.convert(changed, "xlsx", "changed.xlsx"));

    // costplan's own answer for the model with the same edits
    const expected = runModel({
      ...model,
      costItems: model.costItems.map((c) =>
        c.nature !== "capital" ? c : c.id === "PH01-EMR" ? { ...c, usefulLife: 8 } : c.id === "PH04-INFRA" ? { ...c, cost: 4_500_000_000 } : c,
      ),
      serviceLists: model.serviceLists.map((l) => ({
        ...l,
        services: l.services.map((s) =>
          l.id === "class-I" && s.code === "KB" ? { ...s, volumePerBed: 400 } : l.id === "class-II" && s.code === "XN-TPT" ? { ...s, weight: 0.8 } : s,
        ),
      })),
    });
    const dep = after.getWorksheet(resultSheetName("depreciation", "en"))!;
    const depRow = find(dep, (r) => r.getCell(1).value === "PH01-EMR");
    const schedule = expected.schedules.find((s) => s.itemId === "PH01-EMR")!;
    for (const [year, amount] of Object.entries(schedule.byYear)) {
      const column = headerColumnByValue(dep, Number(year));
      expect(resultOf(dep.getCell(depRow, column).value), year).toBe(amount);
    }
    const budget = after.getWorksheet(resultSheetName("budget", "en"))!;
    const totalRow = find(budget, (r) => r.getCell(1).value === "Total");
    expect(resultOf(budget.getCell(totalRow, 3).value)).toBe(expected.summary.accrualTotal);
    expect(expected.summary.accrualTotal).not.toBe(result.summary.accrualTotal);

    const prices = after.getWorksheet(resultSheetName("prices", "en"))!;
    const priceRow = find(prices, (r) => r.getCell(1).value === "PH01" && r.getCell(4).value === "KB");
    const volume = resultOf(prices.getCell(priceRow, 7).value);
    expect(volume).toBe(400 * 1_200);
    const entry = result.prices.find((p) => p.facility === "PH01" && p.code === "KB")!;
    expect(entry.volume).not.toBe(400 * 1_200);

    // The Prices sheet and the cover follow to costplan's own answer for the edited model,
    // within the labelled rounding correction (column U) of each service.
    const edited = expected;
    const year = String(edited.pricing.priceYear);
    const correction = headerColumnOf(original.getWorksheet(resultSheetName("prices", "en"))!, /^Rounding correction/);
    const off: string[] = [];
    let moved = 0;
    edited.prices.forEach((e, i) => {
      const row = 3 + i;
      expect([prices.getCell(row, 1).value, prices.getCell(row, 4).value]).toEqual([e.facility, e.code]);
      const allowed = Math.abs(resultOf(prices.getCell(row, correction).value) as number) + 1;
      const cost = resultOf(prices.getCell(row, 11).value) as number;
      if (Math.abs(cost - e.byYear[year]!.emrCost) > allowed) off.push(`${e.facility} ${e.code}: EMR cost ${cost}, costplan ${e.byYear[year]!.emrCost}`);
      if (cost !== (resultOf(original.getWorksheet(resultSheetName("prices", "en"))!.getCell(row, 11).value) ?? 0)) moved += 1;
      const proposed = resultOf(prices.getCell(row, 13).value);
      if (proposed !== e.proposedPrice) off.push(`${e.facility} ${e.code}: proposed ${String(proposed)}, costplan ${e.proposedPrice}`);
      for (const [column, exact] of [
        [18, e.fundImpact],
        [19, e.patientImpact],
      ] as const) {
        const live = (resultOf(prices.getCell(row, column).value) ?? 0) as number;
        if (Math.abs(live - exact) > 1) off.push(`${e.facility} ${e.code} column ${column}: ${live}, costplan ${exact}`);
      }
    });
    expect(off).toEqual([]);
    // the edits reach every PH01 service (useful life) and the class-I examinations (volume)
    expect(moved).toBeGreaterThan(6);
    const cover = after.getWorksheet(resultSheetName("cover", "en"))!;
    const fundRow = find(cover, (r) => label(r).startsWith("Insurance fund's increase"));
    const patientsRow = find(cover, (r) => label(r).startsWith("Patients' increase"));
    const accrualRow = find(cover, (r) => r.getCell(1).value === "Expensed in the years (accrual)");
    expect(resultOf(cover.getCell(accrualRow, 2).value)).toBe(expected.summary.accrualTotal);
    const fund = resultOf(cover.getCell(fundRow, 2).value) as number;
    const patients = resultOf(cover.getCell(patientsRow, 2).value) as number;
    expect(fund).not.toBe(result.payers.byYear[year]!.fund);
    // every proposed price came out as costplan's, so the fund's and patients' totals do too
    expect(fund).toBe(edited.payers.byYear[year]!.fund);
    expect(patients).toBe(edited.payers.byYear[year]!.patients);
  }, 300_000);
});

describe("the Vietnamese workbook's rounding drop-down in LibreOffice", () => {
  it("moves every proposed price to costplan's answer when the rounding is changed to its Vietnamese label", async () => {
    const wb = await load(join(calc.work, "bac-ninh-vi.xlsx"));
    // The Pricing sheet, found by its title; its rounding cell by the layout's row.
    const pricing = wb.worksheets.find((ws) => ws.getCell(1, 1).value === PRICING.title.vi)!;
    const cell = pricing.getCell(HEADER_ROW + 1 + PRICING.fields.findIndex((f) => f.key === "rounding"), 2);
    expect(cell.value).toBe(ROUNDING_LABELS["half-up"].vi);
    cell.value = ROUNDING_LABELS.up.vi;
    const changed = join(calc.work, "rounding-up-vi.xlsx");
    await wb.xlsx.writeFile(changed);
    const prices = (await load(calc.convert(changed, "xlsx", "rounding-up-vi.xlsx"))).getWorksheet(resultSheetName("prices", "vi"))!;
    const expected = runModel({ ...model, pricing: { ...model.pricing, rounding: "up" } });
    const off = expected.prices.flatMap((e, i) => {
      const proposed = resultOf(prices.getCell(3 + i, 13).value);
      return proposed === e.proposedPrice ? [] : [`${e.facility} ${e.code}: proposed ${String(proposed)}, costplan ${e.proposedPrice}`];
    });
    expect(off).toEqual([]);
    // Rounding up moves prices that half up rounded down.
    expect(expected.prices.filter((e, i) => e.proposedPrice !== result.prices[i]!.proposedPrice).length).toBeGreaterThan(10);
  }, 300_000);
});

function label(row: ExcelJS.Row): string {
  const v = row.getCell(1).value;
  return typeof v === "string" ? v : "";
}

function headerColumnOf(ws: ExcelJS.Worksheet, pattern: RegExp): number {
  let found = -1;
  ws.getRow(2).eachCell((cell, n) => {
    if (typeof cell.value === "string" && pattern.test(cell.value)) found = n;
  });
  if (found < 0) throw new Error(`no column ${String(pattern)} on ${ws.name}`);
  return found;
}

function headerColumnByValue(ws: ExcelJS.Worksheet, value: number): number {
  let found = -1;
  ws.getRow(2).eachCell((cell, n) => {
    if (cell.value === value) found = n;
  });
  if (found < 0) throw new Error(`no column ${value} on ${ws.name}`);
  return found;
}
