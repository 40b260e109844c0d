import type ExcelJS from "exceljs";
import type { Language } from "@costplan/core";

/** Styles shared by the result sheets, so every sheet reads the same way. */
/**
 * Money before the sheet knows its currency: the generic currency sign, which the fitting
 * pass (fit-sheet.ts) replaces by the currency's own format, e.g. `#,##0 "₫"`.
 */
export const MONEY = '#,##0 "¤"';
/** Whole counts (volumes): grouped digits, no currency. */
export const COUNT = "#,##0";
export const RATIO = "0.00%";
export const UNIT = "#,##0.00";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
const VALUE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const ASSUMPTION_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FFC55A11" } };

export { absolute as abs, columnLetters as col } from "../template/address.js";
import { columnLetters as col } from "../template/address.js";

/** Relative address on the same sheet: `C5`. */
export function rel(row: number, column: number): string {
  return `${col(column)}${row}`;
}

/** Writes a title (row 1) and a header row (row 2), freezes them and sets widths. */
export function header(ws: ExcelJS.Worksheet, title: string, headings: readonly string[], widths: readonly number[]): void {
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  headings.forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  ws.views = [{ state: "frozen", ySplit: 2, xSplit: 1 }];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** A cell holding a live formula whose cached result is the library's exact value. */
export function formula(cell: ExcelJS.Cell, expression: string, result: number | string, format?: string): void {
  cell.value = { formula: expression, result, date1904: false };
  if (format !== undefined) cell.numFmt = format;
}

/** A cell holding a value that Excel cannot compute natively (the audit sheet says why). */
export function computed(cell: ExcelJS.Cell, value: number | string, format?: string): void {
  cell.value = value;
  cell.fill = VALUE_FILL;
  if (format !== undefined) cell.numFmt = format;
}

/** Marks a label cell as resting on assumptions. */
export function markAssumption(cell: ExcelJS.Cell): void {
  cell.font = ASSUMPTION_FONT;
}

/** Rounds half away from zero, as Excel's ROUND does, on binary floats: to predict what a formula will show. */
export function excelRound(x: number, digits = 0): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

/** Why a range holds values instead of formulas, for the audit sheet. */
export interface AuditEntry {
  readonly sheet: string;
  readonly range: string;
  readonly reason: Readonly<Record<Language, string>>;
}

/** Collects audit entries as sheets are written. */
export class AuditLog {
  readonly entries: AuditEntry[] = [];
  add(sheet: string, range: string, en: string, vi: string): void {
    this.entries.push({ sheet, range, reason: { en, vi } });
  }
}
