import { modelTextsIn, type Language, type Model } from "@costplan/core";
import { PRICING, PROGRAMME, TABLES, type KeyValueSheet, type TableSheet } from "../layout.js";
import { toInputCell, type CellValue } from "./cell-values.js";
import { headerOf } from "../labels/headers.js";
import { sheetName } from "../labels/sheet-names.js";
import { recordsOf, TABLES_BEFORE_PRICING, type Row, type TableKey } from "./records.js";
import { readSheets, type ReadResult } from "./read-sheets.js";
import type { SheetLike, SheetSource } from "./sheet-readers.js";

/** One input sheet as a block of plain values from A1, as Office.js writes `range.values`. */
export interface InputGrid {
  readonly name: string;
  /** Rows from row 1 (title), row 2 (header), then records or fields. */
  readonly values: readonly (readonly CellValue[])[];
}

const ORDER: readonly (TableKey | "programme" | "pricing")[] = ["programme", ...TABLES_BEFORE_PRICING, "pricing", "scenarios", "analysis"];
const KEY_VALUE_HEADINGS = { en: ["Field", "Value", "Description"], vi: ["Trường", "Giá trị", "Giải thích"] } as const;

/**
 * The input sheets of the template as grids of values, blank or filled from a model: the
 * same sheets, rows and columns as `writeTemplate` writes, without styles or drop-downs,
 * for hosts that write cells themselves (the Excel add-in through Office.js). No exceljs.
 *
 * @example inputGrids(undefined, "vi")[5]!.name // "Khoản chi phí"
 * @example inputGrids(undefined, "en")[0] // { name: "Programme", values: [["Programme", null, null], ["Field", "Value", "Description"], ["Programme
 * id", null, "Programme id"], ...] }
 */
export function inputGrids(model: Model | undefined, language: Language): InputGrid[] {
  // A cell holds one text: provenance texts in the workbook's language (the reader reads them back as plain text).
  const records = model === undefined ? undefined : recordsOf(modelTextsIn(model, language));
  return ORDER.map((key) => {
    if (key === "programme") return keyValueGrid(PROGRAMME, records?.programme ?? {}, language);
    if (key === "pricing") return keyValueGrid(PRICING, records?.pricing ?? {}, language);
    return tableGrid(TABLES[key], records?.tables[key] ?? [], language);
  });
}

function keyValueGrid(sheet: KeyValueSheet, values: Row, language: Language): InputGrid {
  return {
    name: sheetName(sheet.name, language),
    values: [
      [sheet.title[language], null, null],
      [...KEY_VALUE_HEADINGS[language]],
      ...sheet.fields.map((f) => [headerOf(sheet.name, f.key)[language], toInputCell(f, values[f.key], language), f[language]]),
    ],
  };
}

function tableGrid(sheet: TableSheet, rows: readonly Row[], language: Language): InputGrid {
  const width = sheet.columns.length;
  const title: CellValue[] = [sheet.title[language], ...Array.from({ length: width - 1 }, () => null)];
  const header = sheet.columns.map((c) => headerOf(sheet.name, c.key)[language]);
  return {
    name: sheetName(sheet.name, language),
    values: [title, header, ...rows.map((row) => sheet.columns.map((c) => toInputCell(c, row[c.key], language)))],
  };
}

/** A grid of values read from a sheet (rows from A1), seen as a worksheet by the readers. */
function gridSheet(values: readonly (readonly unknown[])[]): SheetLike {
  return {
    rowCount: values.length,
    columnCount: Math.max(0, ...values.map((r) => r.length)),
    getCell: (row, column) => {
      const value = values[row - 1]?.[column - 1];
      const cell = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
      return { value: cell, formula: "" };
    },
  };
}

/**
 * Reads input sheets given as grids of values (each from A1, as Office.js returns
 * `usedRange.values`, empty cells as "") into a model document, with every problem naming
 * its cell, exactly as {@link readInputs} reads a workbook file.
 *
 * @param grids - the values of each sheet, by sheet name (in vi, in en, or the old English names)
 */
export function readGrids(grids: ReadonlyMap<string, readonly (readonly unknown[])[]>): ReadResult {
  return readSheets(gridSource(grids));
}

/** Grids of values by sheet name as a source of sheets for the readers. */
export function gridSource(grids: ReadonlyMap<string, readonly (readonly unknown[])[]>): SheetSource {
  return {
    names: [...grids.keys()],
    sheet: (name) => {
      const values = grids.get(name);
      return values === undefined ? undefined : gridSheet(values);
    },
  };
}
