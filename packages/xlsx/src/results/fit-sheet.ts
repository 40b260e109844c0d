import type ExcelJS from "exceljs";
import { moneyFormat } from "../formats.js";
import { MONEY } from "./sheet-kit.js";
import { A4 } from "../paper.js";

/**
 * Makes a written result sheet readable on screen and on paper: money in the currency's
 * format, columns as wide as their longest shown value (so no cell shows `###`), a header
 * row tall enough for its wrapped headings, and a print setup that fits the width of a
 * page and repeats the header rows. Runs once a sheet is complete, because widths depend on
 * every value in it.
 */

/** Character widths a column never goes beyond (long texts wrap) or below. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
/** Room for the cell's padding and a bold or larger glyph. */
const PADDING = 2;
/** Sum of column widths beyond which a sheet prints in landscape. */
const PORTRAIT_WIDTH = 95;
const LINE_HEIGHT = 15;

/** How wide a cell's shown value is, in characters, under its number format. */
export function shownWidth(value: ExcelJS.CellValue, numFmt: string | undefined): number {
  const v = value !== null && typeof value === "object" && "result" in value ? value.result : value;
  if (typeof v === "number") return numberWidth(v, numFmt ?? "General");
  if (typeof v === "string") return longestLine(v);
  if (typeof v === "boolean") return 5;
  if (v instanceof Date) return 10;
  return 0;
}

function numberWidth(n: number, numFmt: string): number {
  const percent = numFmt.includes("%");
  const decimals = /\.(0+)/.exec(numFmt)?.[1]?.length ?? (numFmt === "General" ? fractionDigits(n) : 0);
  const shown = Math.abs(percent ? n * 100 : n).toFixed(decimals);
  const integer = shown.split(".")[0]!.length;
  const groups = numFmt.includes(",") ? Math.floor((integer - 1) / 3) : 0;
  // The literal after the number (` "₫"`, `%`) shows as written, without its quotes.
  const suffix = (/"([^"]*)"/.exec(numFmt)?.[1]?.length ?? 0) + (/ "/.test(numFmt) ? 1 : 0) + (percent ? 1 : 0);
  return shown.length + groups + suffix + (n < 0 ? 1 : 0);
}

function fractionDigits(n: number): number {
  const text = String(n);
  const at = text.indexOf(".");
  return at < 0 ? 0 : Math.min(text.length - at - 1, 9);
}

function isEmpty(value: ExcelJS.CellValue): boolean {
  return value === null || value === undefined || value === "";
}

function longestLine(text: string): number {
  return Math.max(...text.split("\n").map((line) => line.length));
}

function longestWord(text: string): number {
  return Math.max(...text.split(/\s+/).map((word) => word.length));
}

/**
 * Fits a result sheet whose title is row 1, headings row 2 and data from row 3.
 *
 * @param ws - the complete sheet
 * @param currency - ISO 4217 code of the model's amounts
 * @param measured - each column's widest value in rows that are not in `ws` (rows that stream), from {@link measureRow}
 */
export function fitResultSheet(ws: ExcelJS.Worksheet, currency: string, measured: ReadonlyMap<number, number> = new Map()): void {
  const money = moneyFormat(currency);
  const widths = new Map<number, number>(measured);
  const headingRows = new Set<number>([2]);
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.numFmt === MONEY) cell.numFmt = money;
      if (r === 1) return;
      let width = shownWidth(cell.value, cell.numFmt);
      if (typeof cell.value === "string" && (r === 2 || (cell.font as Partial<ExcelJS.Font> | undefined)?.bold === true)) {
        // A bold title with nothing beside it runs across the empty cells, as row 1 does.
        if (r !== 2 && isEmpty(ws.getCell(r, c + 1).value)) return;
        // Headings of a table (row 2, or a later table's bold row) wrap: their longest word sets the minimum.
        headingRows.add(r);
        width = longestWord(cell.value);
      }
      widths.set(c, Math.max(widths.get(c) ?? 0, width));
    });
  });
  let total = 0;
  const fitted = new Map<number, number>();
  for (const [c, width] of widths) {
    const w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + PADDING));
    ws.getColumn(c).width = w;
    fitted.set(c, w);
    total += w;
  }
  for (const r of headingRows) {
    const headings = ws.getRow(r);
    let lines = 1;
    headings.eachCell((cell, c) => {
      if (typeof cell.value !== "string") return;
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: "middle" };
      lines = Math.max(lines, wrappedLines(cell.value, (fitted.get(c) ?? MIN_WIDTH) - 1));
    });
    headings.height = LINE_HEIGHT * lines;
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: total > PORTRAIT_WIDTH ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:2",
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/**
 * Widens `widths` to a data row's shown values, as {@link fitResultSheet} measures them, for
 * a row that streams instead of staying in the sheet: money takes the currency's format first.
 * A data row has no headings (bold texts), which fitResultSheet measures by their longest word.
 */
export function measureRow(row: ExcelJS.Row, widths: Map<number, number>, money: string): void {
  row.eachCell((cell, c) => {
    if (cell.numFmt === MONEY) cell.numFmt = money;
    widths.set(c, Math.max(widths.get(c) ?? 0, shownWidth(cell.value, cell.numFmt)));
  });
}

/** Lines a heading takes when wrapped at word boundaries into `width` characters. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= width) used += 1 + word.length;
    else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

/** The cover prints on one page: it is what a reader is handed first. */
export function fitCoverSheet(ws: ExcelJS.Worksheet, currency: string): void {
  const money = moneyFormat(currency);
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (cell.numFmt === MONEY) cell.numFmt = money;
      // Its texts are written to wrap or run across; only figures must fit their column.
      const v = cell.value !== null && typeof cell.value === "object" && "result" in cell.value ? cell.value.result : cell.value;
      if (typeof v !== "number") return;
      // A right-aligned figure would touch the left-aligned note beside it: indent the note.
      const beside = ws.getCell(cell.row, c + 1);
      if (typeof beside.value === "string") beside.alignment = { ...beside.alignment, horizontal: "left", indent: 1 };
      const column = ws.getColumn(c);
      column.width = Math.max(column.width ?? MIN_WIDTH, Math.min(MAX_WIDTH, shownWidth(cell.value, cell.numFmt) + PADDING));
    });
  });
  ws.pageSetup = { ...ws.pageSetup, paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
}
