import { PRICING, PROGRAMME, TABLES } from "../layout.js";
import { assemble } from "./assemble.js";
import { sheetReferences } from "./sheet-references.js";
import { READ_PROBLEMS, type ReadProblem } from "./messages.js";
import type { TableKey } from "./records.js";
import { readFields, readTable, type ReadFields, type ReadRow, type SheetLike, type SheetSource } from "./sheet-readers.js";
import { findTabs, type Tabs } from "./tabs.js";
import { SHEET_NAMES, type SheetKey } from "../labels/sheet-names.js";

/**
 * The outcome of reading a filled workbook: a model document for `parseModel` with a
 * way back from the document's JSON paths to cells, or every problem found, each naming
 * its cell.
 */
export type ReadResult =
  | {
      readonly ok: true;
      /** A plain JSON-like model document, ready for `parseModel`. */
      readonly document: unknown;
      /** The cell a JSON path (as `parseModel` reports it) came from, or the nearest enclosing row or sheet. */
      readonly locate: (jsonPath: string) => string;
    }
  | { readonly ok: false; readonly problems: readonly ReadProblem[] };

const EMPTY_FIELDS: ReadFields = { values: {}, at: {} };

/** Sheets a workbook may lack: added after workbooks were filled in, or holding optional parts of the model. */
const OPTIONAL_TABLES: ReadonlySet<TableKey> = new Set(["fundingShares", "analysis"]);

/**
 * Reads the input sheets from any source of sheets (an exceljs workbook, or the grids of
 * values the Excel add-in reads through Office.js) into a model document.
 */
export function readSheets(source: SheetSource): ReadResult {
  const all = readAllSheets(source);
  if (all.problems.length > 0) return { ok: false, problems: all.problems };
  return { ok: true, document: all.document, locate: all.locate };
}

/** Everything read from the input sheets, problems or not: the document holds the cells that could be read. */
export interface ReadAll {
  readonly document: unknown;
  readonly locate: (jsonPath: string) => string;
  readonly problems: readonly ReadProblem[];
  /** Ids typed on one sheet that the sheet they refer to does not define (meaningful when no sheet or column is missing). */
  readonly references: readonly ReadProblem[];
}

/**
 * Reads the input sheets and keeps going past problems, so that checks of the model
 * itself can run on what was read and every problem is reported in one pass. Each input
 * sheet is found by its name in vi, in en or its old English name, whichever the workbook has.
 */
export function readAllSheets(source: SheetSource): ReadAll {
  const problems: ReadProblem[] = [];
  const found = findTabs(source.names);
  problems.push(...found.problems);
  const { tabs } = found;
  const sheet = (key: keyof Tabs): SheetLike | undefined => {
    const ws = found.present.has(key) ? source.sheet(tabs[key]) : undefined;
    if (ws === undefined) problems.push(READ_PROBLEMS.missingSheet(tabs[key], SHEET_NAMES[key]));
    return ws;
  };
  const fieldsOf = (layout: typeof PROGRAMME): ReadFields => {
    const key = layout.name as SheetKey;
    const ws = sheet(key);
    return ws === undefined ? EMPTY_FIELDS : readFields(ws, layout, tabs[key], problems);
  };
  const programme = fieldsOf(PROGRAMME);
  const tables = Object.fromEntries(
    (Object.keys(TABLES) as TableKey[]).map((key) => {
      const name = TABLES[key].name as SheetKey;
      const ws = OPTIONAL_TABLES.has(key) ? (found.present.has(name) ? source.sheet(tabs[name]) : undefined) : sheet(name);
      return [key, ws === undefined ? [] : readTable(ws, TABLES[key], tabs[TABLES[key].name], problems)];
    }),
  ) as Record<TableKey, ReadRow[]>;
  const pricing = fieldsOf(PRICING);
  const assembled = assemble({ programme, pricing, tables, tabs });
  problems.push(...assembled.problems);
  const { locations } = assembled;
  return { document: assembled.document, locate: (path) => locations.locate(path), problems, references: sheetReferences(tables, tabs) };
}
