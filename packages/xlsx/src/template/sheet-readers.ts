import type ExcelJS from "exceljs";
import { HEADER_ROW, TABLES, type Column, type KeyValueSheet, type TableSheet } from "../layout.js";
import { cellName, sheetRef } from "./address.js";
import { headerOf } from "../labels/headers.js";
import { columnKeyOf } from "../labels/match.js";
import type { SheetKey } from "../labels/sheet-names.js";
import { expectation, fromCell, type RawCell } from "./cell-values.js";
import { READ_PROBLEMS, shownCell, type ReadProblem } from "./messages.js";

/** One record read from a sheet. */
export interface ReadRow {
  /** Row number on the sheet. */
  readonly row: number;
  /** The row's first cell, `Usage!A12`, for problems about the whole record. */
  readonly start: string;
  /** Converted values of the non-empty cells, by column key. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Each column's cell in this row (empty or not), by column key. */
  readonly at: Readonly<Record<string, string>>;
}

/** The fields of a key/value sheet. */
export interface ReadFields {
  readonly values: Readonly<Record<string, unknown>>;
  /** The value cell of each field, by key. */
  readonly at: Readonly<Record<string, string>>;
}

/** What a reader needs of a cell: an exceljs cell, or a cell of a grid of values (the Excel add-in's). */
export type CellLike = Pick<ExcelJS.Cell, "value" | "formula">;

/** What a reader needs of a worksheet: an exceljs worksheet, or a grid of values read through Office.js. */
export interface SheetLike {
  readonly rowCount: number;
  readonly columnCount: number;
  getCell(row: number, column: number): CellLike;
}

/** The sheets of a workbook by their names on the tabs: an exceljs workbook, or the add-in's grids. */
export interface SheetSource {
  /** Every sheet's name, in the workbook's order. */
  readonly names: readonly string[];
  sheet(name: string): SheetLike | undefined;
}

/** The text of a header or field-label cell, as it is matched. */
function labelText(raw: RawCell): string {
  return raw.kind === "value" ? String(raw.value instanceof Date ? raw.value.toISOString() : raw.value) : "";
}

/** What an exceljs cell holds, as far as an input cell is concerned. */
export function rawCell(cell: CellLike): RawCell {
  const value = cell.value;
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? { kind: "empty" } : { kind: "value", value: text };
  }
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return { kind: "value", value };
  if ("formula" in value || "sharedFormula" in value) {
    // LibreOffice has no boolean cells: it saves TRUE and FALSE as the formulas =TRUE() and =FALSE().
    const constant = /^(TRUE|FALSE)(\(\))?$/i.exec(cell.formula.trim());
    if (constant !== null) return { kind: "value", value: constant[1]!.toUpperCase() === "TRUE" };
    return { kind: "formula", formula: cell.formula };
  }
  if ("error" in value) return { kind: "error", error: value.error };
  if ("richText" in value) return rawText(textOf(value));
  // A hyperlink's text is usually a string, but exceljs gives rich text when the link was styled.
  return rawText(textOf(value.text));
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "richText" in value && Array.isArray(value.richText)) {
    return (value.richText as { text?: unknown }[]).map((part) => (typeof part.text === "string" ? part.text : "")).join("");
  }
  return "";
}

function rawText(text: string): RawCell {
  const trimmed = text.trim();
  return trimmed === "" ? { kind: "empty" } : { kind: "value", value: trimmed };
}

/** Reads one cell by its column's kind; records a problem and returns undefined when it cannot. */
function readCell(raw: RawCell, column: Column, where: string, problems: ReadProblem[]): unknown {
  switch (raw.kind) {
    case "empty":
      return undefined;
    case "formula":
      problems.push(READ_PROBLEMS.formula(where, raw.formula));
      return undefined;
    case "error":
      problems.push(READ_PROBLEMS.errorValue(where, raw.error));
      return undefined;
    case "value": {
      const converted = fromCell(column, raw.value);
      if (converted.ok) return converted.value;
      problems.push(READ_PROBLEMS.expected(where, converted.expected, shownCell(raw.value), converted.hint));
      return undefined;
    }
  }
}

/**
 * Reads a table sheet: columns found by their header in row 2, in vi, in en or as the
 * field key (so they may be moved, and a workbook in either language or from before
 * headers had labels reads), one record per non-empty row from row 3. Problems name the
 * cell on the sheet's real tab.
 *
 * @param tab - the sheet's name in the workbook
 */
export function readTable(ws: SheetLike, sheet: TableSheet, tab: string, problems: ReadProblem[]): ReadRow[] {
  const known = new Map(sheet.columns.map((column) => [column.key, column]));
  const headers = sheet.columns.map((column) => headerOf(sheet.name, column.key));
  const found = new Map<string, number>();
  for (let c = 1; c <= ws.columnCount; c += 1) {
    const where = cellName(tab, HEADER_ROW, c);
    const raw = rawCell(ws.getCell(HEADER_ROW, c));
    if (raw.kind === "empty") continue;
    const text = labelText(raw);
    const key = columnKeyOf(sheet.name as SheetKey, text);
    const first = key === undefined ? undefined : found.get(key);
    if (key === undefined) problems.push(READ_PROBLEMS.unknownColumn(where, text, headers));
    else if (first !== undefined) problems.push(READ_PROBLEMS.repeatedColumn(where, text, cellName(tab, HEADER_ROW, first)));
    else found.set(key, c);
  }
  const missing = sheet.columns.filter((column) => !found.has(column.key)).map((column) => headerOf(sheet.name, column.key));
  if (missing.length > 0) problems.push(READ_PROBLEMS.missingColumns(`${sheetRef(tab)}!${HEADER_ROW}:${HEADER_ROW}`, missing));

  const columns = [...found].map(([key, c]) => ({ column: known.get(key)!, c }));
  const rows: ReadRow[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r += 1) {
    const raws = columns.map(({ column, c }) => ({ column, where: cellName(tab, r, c), raw: rawCell(ws.getCell(r, c)) }));
    if (raws.every(({ raw }) => raw.kind === "empty")) continue;
    const values: Record<string, unknown> = {};
    const at: Record<string, string> = {};
    const isEmpty = (key: string): boolean => raws.some((x) => x.column.key === key && x.raw.kind === "empty");
    // A scenario row with neither path nor value is a scenario without overrides.
    const bare = sheet === TABLES.scenarios && isEmpty("path") && isEmpty("value");
    for (const { column, where, raw } of raws) {
      at[column.key] = where;
      if (raw.kind === "empty") {
        if (column.required === true && !(bare && (column.key === "path" || column.key === "value"))) {
          problems.push(READ_PROBLEMS.required(where, expectation(column)));
        }
        continue;
      }
      const value = readCell(raw, column, where, problems);
      if (value !== undefined) values[column.key] = value;
    }
    rows.push({ row: r, start: cellName(tab, r, 1), values, at });
  }
  return rows;
}

/**
 * Reads a key/value sheet: field label in column A (in vi, in en, or the field key), value
 * in B, from row 3.
 *
 * @param tab - the sheet's name in the workbook
 */
export function readFields(ws: SheetLike, sheet: KeyValueSheet, tab: string, problems: ReadProblem[]): ReadFields {
  const known = new Map(sheet.fields.map((field) => [field.key, field]));
  const labels = sheet.fields.map((field) => headerOf(sheet.name, field.key));
  const values: Record<string, unknown> = {};
  const at: Record<string, string> = {};
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r += 1) {
    const keyRaw = rawCell(ws.getCell(r, 1));
    const valueRaw = rawCell(ws.getCell(r, 2));
    const keyWhere = cellName(tab, r, 1);
    const where = cellName(tab, r, 2);
    if (keyRaw.kind !== "value") {
      if (keyRaw.kind === "formula") problems.push(READ_PROBLEMS.formula(keyWhere, keyRaw.formula));
      else if (valueRaw.kind !== "empty") problems.push(READ_PROBLEMS.valueWithoutKey(keyWhere));
      continue;
    }
    const text = labelText(keyRaw);
    const key = columnKeyOf(sheet.name as SheetKey, text);
    const field = key === undefined ? undefined : known.get(key);
    if (key === undefined || field === undefined) {
      problems.push(READ_PROBLEMS.unknownKey(keyWhere, text, labels));
      continue;
    }
    const first = at[key];
    if (first !== undefined) {
      problems.push(READ_PROBLEMS.repeatedKey(keyWhere, text, first.replace(/B(\d+)$/, "A$1")));
      continue;
    }
    at[key] = where;
    if (valueRaw.kind === "empty") {
      if (field.required === true) problems.push(READ_PROBLEMS.required(where, expectation(field)));
      continue;
    }
    const value = readCell(valueRaw, field, where, problems);
    if (value !== undefined) values[key] = value;
  }
  const missing = sheet.fields.filter((field) => at[field.key] === undefined && field.mayBeAbsent !== true).map((field) => headerOf(sheet.name, field.key));
  if (missing.length > 0) problems.push(READ_PROBLEMS.missingKeys(`${sheetRef(tab)}!A:A`, missing));
  return { values, at };
}
