import type ExcelJS from "exceljs";
import type { Language, RunResult } from "@costplan/core";
import type { CellRange, ChartAnchor, ChartSeries, PlacedChart } from "../charts/spec.js";
import { rangeRef, sheetPrefix } from "../charts/xml.js";
import type { BudgetBlock, BudgetCells } from "./budget-sheet.js";
import { shownNumber } from "./cell-values.js";
import { resultSheetName } from "./sheet-names.js";
import { col, formula, header, MONEY } from "./sheet-kit.js";

const T = {
  en: {
    title: "Charts: budget by year, cost by facility kind, price increase by hospital class (đồng)",
    heads: ["Hospital class", "Insurance fund / year", "Patients / year"],
    noClass: "(no class)",
    budget: "Cash budget by year and category (million đồng)",
    kinds: "Cash cost by facility kind, all years (million đồng)",
    increase: (y: number) => `Price increase ${y} by hospital class: cost a year to the fund and to patients (million đồng)`,
  },
  vi: {
    title: "Biểu đồ: ngân sách theo năm, chi phí theo loại cơ sở, mức tăng giá theo hạng bệnh viện (đồng)",
    heads: ["Hạng bệnh viện", "Quỹ BHYT / năm", "Người bệnh / năm"],
    noClass: "(không xếp hạng)",
    budget: "Ngân sách chi theo năm và nhóm chi phí (triệu đồng)",
    kinds: "Chi phí theo loại cơ sở, cả giai đoạn (triệu đồng)",
    increase: (y: number) => `Mức tăng giá năm ${y} theo hạng bệnh viện: chi phí mỗi năm của quỹ BHYT và người bệnh (triệu đồng)`,
  },
} as const;

// Axes in millions of đồng: billions of đồng written out in full crowd a chart's axis.
const MILLIONS = "#,##0,,";

// Each chart 11 columns by 22 rows, one under the other right of the class table, so the sheet prints on one page.
// From the second row: the sheet's title in row 1 runs on to the right of the table, under no chart.
const anchorAt = (k: number): ChartAnchor => ({ from: { column: 4, row: 1 + 23 * k }, to: { column: 15, row: 23 * k + 23 } });

// A palette that stays apart in print and for colour-blind readers (Okabe-Ito, then greys).
const COLOURS = ["0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9", "F0E442", "000000", "7F7F7F", "BFBFBF"];

// Columns of the Prices sheet the class table sums (hospital class, fund and patients a year).
const PRICE_CLASS = 2;
const PRICE_FUND = 18;
const PRICE_PATIENTS = 19;

/**
 * The Charts sheet: a small table of the price year's increase by hospital class (live
 * SUMPRODUCTs over the Prices sheet), and three native charts drawn from result cells: the
 * cash budget by year stacked by category and the cash by facility kind (both from the
 * Budget sheet's tables), and the fund's and patients' cost of the increase by class (from
 * this sheet's table). The charts point at the cells, so they redraw when an edit moves them.
 *
 * @returns the sheet's name and its charts, for {@link addCharts} once exceljs has written the package
 */
export function addChartsSheet(
  wb: ExcelJS.Workbook,
  result: RunResult,
  budget: BudgetCells,
  prices: ExcelJS.Worksheet | undefined,
  lang: Language,
): { readonly sheet: string; readonly charts: readonly PlacedChart[] } {
  const t = T[lang];
  const ws = wb.addWorksheet(resultSheetName("charts", lang));
  header(ws, t.title, t.heads, [22, 20, 20]);
  ws.pageSetup = { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  const budgetSheet = wb.getWorksheet(budget.byCategory.sheet)!;
  const charts: PlacedChart[] = [
    {
      spec: {
        kind: "stacked-column",
        title: t.budget,
        categories: yearsOf(budgetSheet, budget.byCategory, result.years.length),
        series: rowsOf(budgetSheet, budget.byCategory, result.years.length),
        valueFormat: MILLIONS,
      },
      anchor: anchorAt(0),
    },
    {
      spec: {
        kind: "bar",
        title: t.kinds,
        categories: labelsOf(budgetSheet, budget.byKind),
        series: [totalsOf(budgetSheet, budget.byKind, result.years.length)],
        valueFormat: MILLIONS,
      },
      anchor: anchorAt(1),
    },
  ];
  if (prices !== undefined) charts.push(classChart(ws, result, prices, t));
  return { sheet: ws.name, charts };
}

function classChart(ws: ExcelJS.Worksheet, result: RunResult, prices: ExcelJS.Worksheet, t: (typeof T)[Language]): PlacedChart {
  const last = 2 + result.prices.length;
  const column = (c: number): string => `${sheetPrefix(prices.name)}$${col(c)}$3:$${col(c)}$${last}`;
  const totals = new Map<string, { fund: number; patients: number }>();
  for (const e of result.prices) {
    const key = e.class ?? "";
    const sum = totals.get(key) ?? { fund: 0, patients: 0 };
    totals.set(key, { fund: sum.fund + e.fundImpact, patients: sum.patients + e.patientImpact });
  }
  // Classes in their order of appearance on the Prices sheet; entries without a class last.
  const classes = [...totals.keys()].sort((a, b) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0));
  classes.forEach((key, k) => {
    const row = 3 + k;
    ws.getCell(row, 1).value = key === "" ? t.noClass : key;
    // A blank class cannot be a chart label, so its row compares with "" rather than with its label.
    const match = `(${column(PRICE_CLASS)}=${key === "" ? '""' : `$A${row}`})`;
    formula(ws.getCell(row, 2), `SUMPRODUCT(${match}*${column(PRICE_FUND)})`, totals.get(key)!.fund, MONEY);
    formula(ws.getCell(row, 3), `SUMPRODUCT(${match}*${column(PRICE_PATIENTS)})`, totals.get(key)!.patients, MONEY);
  });
  const lastRow = 2 + classes.length;
  const labels: CellRange<string> = { ref: rangeRef(ws.name, 3, 1, lastRow, 1), values: classes.map((k) => (k === "" ? t.noClass : k)) };
  const series = [2, 3].map((c, i): ChartSeries => ({
    name: { ref: rangeRef(ws.name, 2, c), values: [t.heads[c - 1]!] },
    values: { ref: rangeRef(ws.name, 3, c, lastRow, c), values: classes.map((k) => (c === 2 ? totals.get(k)!.fund : totals.get(k)!.patients)) },
    colour: COLOURS[i]!,
  }));
  return {
    spec: { kind: "clustered-column", title: t.increase(result.pricing.priceYear), categories: labels, series, valueFormat: MILLIONS },
    anchor: anchorAt(2),
  };
}

/** The years along a Budget table's header row. */
function yearsOf(ws: ExcelJS.Worksheet, block: BudgetBlock, years: number): CellRange<number> {
  return {
    ref: rangeRef(ws.name, block.headerRow, 2, block.headerRow, 1 + years),
    values: Array.from({ length: years }, (_, i) => shownNumber(ws, block.headerRow, 2 + i)),
  };
}

/** One series per row of a Budget table, its label in column A and the years after it. */
function rowsOf(ws: ExcelJS.Worksheet, block: BudgetBlock, years: number): ChartSeries[] {
  return rowNumbers(block).map((row, i) => ({
    name: { ref: rangeRef(ws.name, row, 1), values: [textAt(ws, row, 1)] },
    values: { ref: rangeRef(ws.name, row, 2, row, 1 + years), values: Array.from({ length: years }, (_, k) => shownNumber(ws, row, 2 + k)) },
    colour: COLOURS[i % COLOURS.length]!,
  }));
}

function labelsOf(ws: ExcelJS.Worksheet, block: BudgetBlock): CellRange<string> {
  return { ref: rangeRef(ws.name, block.firstRow, 1, block.lastRow, 1), values: rowNumbers(block).map((row) => textAt(ws, row, 1)) };
}

/** The total column of a Budget table (after the years) as one series named by the header's total cell. */
function totalsOf(ws: ExcelJS.Worksheet, block: BudgetBlock, years: number): ChartSeries {
  const column = 2 + years;
  return {
    name: { ref: rangeRef(ws.name, block.headerRow, column), values: [textAt(ws, block.headerRow, column)] },
    values: { ref: rangeRef(ws.name, block.firstRow, column, block.lastRow, column), values: rowNumbers(block).map((row) => shownNumber(ws, row, column)) },
    colour: COLOURS[0]!,
  };
}

function rowNumbers(block: BudgetBlock): number[] {
  return Array.from({ length: block.lastRow - block.firstRow + 1 }, (_, i) => block.firstRow + i);
}

/** A label cell's text (labels on these sheets are plain strings). */
function textAt(ws: ExcelJS.Worksheet, row: number, column: number): string {
  const v = ws.getCell(row, column).value;
  if (typeof v !== "string") throw new Error(`${ws.name}!${col(column)}${row} holds no label`);
  return v;
}
