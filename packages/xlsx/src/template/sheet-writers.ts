import type ExcelJS from "exceljs";
import type { Language } from "@costplan/core";
import { HEADER_ROW, type Column, type KeyValueSheet, type TableSheet } from "../layout.js";
import { absolute, columnLetters } from "./address.js";
import { COUNT, moneyFormat, PERCENT, YEAR } from "../formats.js";
import { A4 } from "../paper.js";
import { toInputCell } from "./cell-values.js";
import { choiceListName, isListedChoice } from "./choice-lists.js";
import { booleanChoices, choicesOf, listFormula } from "./choices.js";
import { headerOf } from "../labels/headers.js";
import { sheetName } from "../labels/sheet-names.js";
import { listName, referredSheets } from "./reference-lists.js";
import type { Row } from "./records.js";

/** Rows below the records that keep drop-downs, so people can add records. */
export const SPARE_ROWS = 500;

// The usual convention of financial models: inputs in blue on light yellow.
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0000FF" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const headerStyle = (): Partial<ExcelJS.Style> => ({ font: { bold: true }, fill: HEADER_FILL, numFmt: "General", alignment: { vertical: "middle" } });
const titleStyle = (): Partial<ExcelJS.Style> => ({ font: { bold: true, size: 13 } });

const KEY_VALUE_HEADINGS = {
  en: ["Field", "Value", "Description"],
  vi: ["Trường", "Giá trị", "Giải thích"],
} as const;

/**
 * Number format of a column. Text-like columns are formatted as text (`@`) so that
 * Excel keeps what is typed: `2021-07` stays a month rather than becoming a date, an
 * id `01` keeps its zero, and a typed `=...` stays text.
 */
function formatOf(column: Column, currency: string): string {
  if (column.choices === "escalation") return "General";
  if (column.percent === true) return PERCENT;
  switch (column.kind) {
    case "amount":
      return inputMoneyFormat(currency);
    case "integer":
      return COUNT;
    case "year":
      return YEAR;
    case "number":
    case "boolean":
      return "General";
    default:
      return "@";
  }
}

/**
 * Money as typed into the template: whole minor units (the model's amounts). A currency
 * without minor units shows its sign (`#,##0 "₫"`); one with cents keeps the plain count
 * of cents, since showing 150000 cents as "150,000.00 $" would mislead by a hundredfold.
 */
function inputMoneyFormat(currency: string): string {
  const format = moneyFormat(currency);
  return format.startsWith("#,##0 ") ? format : COUNT;
}

/** Width that shows the header and typical values, within reason. */
function widthOf(header: string, column: Column, values: readonly ExcelJSValue[]): number {
  let longest = header.length + 3; // room for the filter button
  for (const value of values.slice(0, 200)) {
    // Money shows its separators and the currency sign (" ₫"); a share shows as "95.0%".
    const shown =
      typeof value === "number" && column.kind === "amount"
        ? `${value.toLocaleString("en-US")} ₫`
        : typeof value === "number" && column.percent === true
          ? `${(value * 100).toFixed(1)}%`
          : String(value ?? "");
    // Two characters of room: a column width counts digits, and letters such as M and W are wider.
    longest = Math.max(longest, shown.length + 2);
  }
  return Math.min(48, Math.max(8, longest));
}

type ExcelJSValue = ReturnType<typeof toInputCell>;

/**
 * Print setup of an input sheet, on A4: one page wide however many rows (Excel's fit to width
 * with any height), landscape when the sheet is wide, so a printed sheet never splits its columns.
 */
function printSetup(wide: boolean): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4,
    orientation: wide ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/**
 * Width units (Excel's digit widths) that one landscape A4 page holds at a scale still easy to
 * read, about 75 %: a wider sheet fitted to one page prints in a type too small to read.
 */
const READABLE_PAGE_WIDTH = 190;
/** A sheet never prints more pages wide than this: past it, paper is the wrong medium. */
const MOST_PAGES_WIDE = 3;

/**
 * Fits a wide table sheet to as many pages across as keep its type readable, repeating the
 * first `repeated` columns (the id, and the name when the table has one) on every page, so
 * each printed row still says whose it is.
 */
function fitPagesWide(ws: ExcelJS.Worksheet, columns: number, repeated: number): void {
  let total = 0;
  for (let i = 1; i <= columns; i += 1) total += ws.getColumn(i).width ?? DEFAULT_WIDTH;
  const pages = Math.min(MOST_PAGES_WIDE, Math.ceil(total / READABLE_PAGE_WIDTH));
  if (pages <= 1) return;
  ws.pageSetup.fitToWidth = pages;
  ws.pageSetup.printTitlesColumn = `A:${columnLetters(repeated)}`;
}

/** A print area from A1 over `columns` columns and `rows` rows; exceljs adds the `$` of the columns, the rows' are given. */
function printArea(columns: number, rows: number): string {
  return `A$1:${columnLetters(columns)}$${rows}`;
}

/**
 * A column's drop-down: what it offers, and its list formula. Yes and no are an inline list;
 * a closed list names its cells on the Lists sheet (template/choice-lists.ts), so its labels
 * may hold commas; escalation and free text have none.
 */
function dropDown(column: Column, classes: readonly string[], language: Language): { readonly choices: readonly string[]; readonly formula?: string } {
  if (column.kind === "boolean") {
    const choices = booleanChoices(language);
    return { choices, formula: listFormula(choices)! };
  }
  if (!isListedChoice(column.choices)) return { choices: [] };
  return { choices: choicesOf(column.choices, classes, language) ?? [], formula: choiceListName(column.choices) };
}

/** Excel's width of a column that sets none. */
const DEFAULT_WIDTH = 8.43;
/** A title's letters (bold, 13 pt) are about this much wider than the width unit (an 11 pt digit). */
const TITLE_SCALE = 1.4;

/** How many columns from A a print area needs to show both the table's `columns` and the title in A1. */
function columnsUnder(ws: ExcelJS.Worksheet, columns: number, title: string): number {
  let count = 0;
  let width = 0;
  while (count < columns || width < title.length * TITLE_SCALE) {
    count += 1;
    width += ws.getColumn(count).width ?? DEFAULT_WIDTH;
  }
  return count;
}

/** The cells of a written table sheet. */
export interface WrittenTable {
  /** Absolute address of one record's cell. */
  readonly cell: (index: number, key: string) => string;
  /** Absolute addresses of every cell of one record, by column key. */
  readonly record: (index: number) => Readonly<Record<string, string>>;
  /** Each column's whole data range, such as `CostItems!$H$3:$H$330`. */
  readonly columns: Readonly<Record<string, string>>;
  /** The records' cell values, one array per row from the row under the header (a streamed workbook writes them again). */
  readonly values: readonly (readonly ExcelJS.CellValue[])[];
}

/**
 * Writes a table sheet, on a tab named in the language: title, a header of short column
 * names in the language as an Excel Table with filters, one record per row, input
 * styling, drop-downs of labels and a note on each header cell with the long explanation.
 */
export function writeTableSheet(
  workbook: ExcelJS.Workbook,
  sheet: TableSheet,
  rows: readonly Row[],
  language: Language,
  classes: readonly string[],
  currency: string,
): WrittenTable {
  const tab = sheetName(sheet.name, language);
  const headers = sheet.columns.map((column) => headerOf(sheet.name, column.key)[language]);
  const ws = workbook.addWorksheet(tab, { views: [{ state: "frozen", ySplit: HEADER_ROW }], pageSetup: printSetup(sheet.columns.length > 6) });
  // Title and header repeat on every printed page.
  ws.pageSetup.printTitlesRow = `1:${HEADER_ROW}`;
  // An Excel Table needs at least one data row; an empty sheet keeps one empty row.
  const values =
    rows.length > 0 ? rows.map((row) => sheet.columns.map((column) => toInputCell(column, row[column.key], language))) : [sheet.columns.map(() => null)];
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + values.length;
  sheet.columns.forEach((column, i) => {
    // Column styles make every cell of the column, including rows added later, an input cell.
    const excelColumn = ws.getColumn(i + 1);
    excelColumn.width = widthOf(
      headers[i]!,
      column,
      values.map((v) => v[i] ?? null),
    );
    excelColumn.numFmt = formatOf(column, currency);
    excelColumn.fill = INPUT_FILL;
    excelColumn.font = INPUT_FONT;
    ws.getCell(1, i + 1).style = titleStyle();
  });
  ws.getCell(1, 1).value = sheet.title[language];
  // The print area is the table: LibreOffice otherwise prints a long text of the last column (an
  // assumption) out past the table's edge, and fitting that to the page width shrinks every column.
  // A table narrower than its title takes in the empty columns the title runs over.
  const printed = columnsUnder(ws, sheet.columns.length, sheet.title[language]);
  ws.pageSetup.printArea = printArea(printed, last);
  fitPagesWide(ws, printed, sheet.columns[1]?.key === "name" ? 2 : 1);
  ws.addTable({
    name: sheet.table,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    rows: values,
  });
  const validations = (ws as unknown as { dataValidations: { add: (address: string, validation: ExcelJS.DataValidation) => void } }).dataValidations;
  sheet.columns.forEach((column, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.style = headerStyle();
    cell.note = column[language];
    const letters = columnLetters(i + 1);
    if (column.refers !== undefined) {
      // The ids of the table referred to, including its spare rows, so a facility added there is offered here.
      // A warning, not a stop: the reader names an unknown id at its cell, and a list may be filled in any order
      // (and a cost item's funding cell of an earlier template holds shares as text).
      const sheets = referredSheets(column.refers, language);
      validations.add(`${letters}${first}:${letters}${last + SPARE_ROWS}`, {
        type: "list",
        allowBlank: true,
        formulae: [listName(column.refers)],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: headers[i]!,
        error: language === "vi" ? `Mã này chưa có trong danh sách (${sheets})` : `This id is not in the list yet (${sheets})`,
      });
      return;
    }
    const { choices, formula } = dropDown(column, classes, language);
    if (formula === undefined) return;
    validations.add(`${letters}${first}:${letters}${last + SPARE_ROWS}`, {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      // A programme may add hospital classes: warn, and let the model's check decide.
      errorStyle: column.choices === "class" ? "warning" : "stop",
      errorTitle: headers[i]!,
      // Excel refuses an error text over 255 characters.
      error: (language === "vi" ? `Chọn một giá trị trong danh sách: ${choices.join("; ")}` : `Pick a value from the list: ${choices.join("; ")}`).slice(
        0,
        255,
      ),
    });
  });
  const cell = (index: number, key: string): string => absolute(tab, first + index, sheet.columns.findIndex((c) => c.key === key) + 1);
  return {
    values,
    cell,
    record: (index) => Object.fromEntries(sheet.columns.map((column, i) => [column.key, absolute(tab, first + index, i + 1)])),
    columns: Object.fromEntries(sheet.columns.map((column, i) => [column.key, `${absolute(tab, first, i + 1)}:${absolute(tab, last, i + 1).split("!")[1]!}`])),
  };
}

/**
 * Writes a key/value sheet, on a tab named in the language: one field per row from row 3,
 * its short label in A, value in B (input), description in C; each value cell gets a
 * defined name by its stable key, such as `Programme_discountRate`. Returns the value cells by key.
 */
export function writeKeyValueSheet(
  workbook: ExcelJS.Workbook,
  sheet: KeyValueSheet,
  values: Row,
  language: Language,
  currency: string,
): Record<string, string> {
  const tab = sheetName(sheet.name, language);
  const ws = workbook.addWorksheet(tab, { views: [{ state: "frozen", ySplit: HEADER_ROW }], pageSetup: printSetup(true) });
  ws.pageSetup.printTitlesRow = `1:${HEADER_ROW}`;
  ws.getCell(1, 1).value = sheet.title[language];
  ws.getCell(1, 1).style = titleStyle();
  KEY_VALUE_HEADINGS[language].forEach((heading, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = heading;
    cell.style = headerStyle();
  });
  const cells: Record<string, string> = {};
  let widest = 14;
  sheet.fields.forEach((field, i) => {
    const row = HEADER_ROW + 1 + i;
    ws.getCell(row, 1).value = headerOf(sheet.name, field.key)[language];
    const cell = ws.getCell(row, 2);
    cell.value = toInputCell(field, values[field.key], language);
    const { formula } = dropDown(field, [], language);
    if (formula !== undefined) cell.dataValidation = { type: "list", allowBlank: true, formulae: [formula] };
    cell.style = { fill: INPUT_FILL, font: INPUT_FONT, numFmt: formatOf(field, currency) };
    ws.getCell(row, 3).value = field[language];
    // A gap after the value: an amount is right-aligned and would run into the explanation.
    ws.getCell(row, 3).alignment = { indent: 1 };
    widest = Math.max(widest, String(cell.value ?? "").length + (field.kind === "amount" ? 6 : 2));
    cells[field.key] = absolute(tab, row, 2);
    workbook.definedNames.add(cells[field.key]!, `${sheet.name}_${field.key.replaceAll(".", "_")}`);
  });
  ws.pageSetup.printArea = printArea(3, HEADER_ROW + sheet.fields.length);
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = Math.min(60, widest);
  ws.getColumn(3).width = 60;
  return cells;
}
