import { PRICING, PROGRAMME, TABLES } from "../layout.js";
import { assemble } from "./assemble.js";
import { sheetReferences } from "./sheet-references.js";
import { READ_MESSAGES, type ReadProblem } from "./messages.js";
import type { TableKey } from "./records.js";
import { readFields, readTable, type ReadFields, type ReadRow, type SheetLike } from "./sheet-readers.js";

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
export function readSheets(sheetNamed: (name: string) => SheetLike | undefined): ReadResult {
  const all = readAllSheets(sheetNamed);
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
 * itself can run on what was read and every problem is reported in one pass.
 */
export function readAllSheets(sheetNamed: (name: string) => SheetLike | undefined): ReadAll {
  const problems: ReadProblem[] = [];
  const sheet = (name: string): SheetLike | undefined => {
    const ws = sheetNamed(name);
    if (ws === undefined) problems.push({ where: name, message: READ_MESSAGES.missingSheet(name) });
    return ws;
  };
  const fieldsOf = (layout: typeof PROGRAMME): ReadFields => {
    const ws = sheet(layout.name);
    return ws === undefined ? EMPTY_FIELDS : readFields(ws, layout, problems);
  };
  const programme = fieldsOf(PROGRAMME);
  const tables = Object.fromEntries(
    (Object.keys(TABLES) as TableKey[]).map((key) => {
      const ws = OPTIONAL_TABLES.has(key) ? sheetNamed(TABLES[key].name) : sheet(TABLES[key].name);
      return [key, ws === undefined ? [] : readTable(ws, TABLES[key], problems)];
    }),
  ) as Record<TableKey, ReadRow[]>;
  const pricing = fieldsOf(PRICING);
  const assembled = assemble({ programme, pricing, tables });
  problems.push(...assembled.problems);
  const { locations } = assembled;
  return { document: assembled.document, locate: (path) => locations.locate(path), problems, references: sheetReferences(tables) };
}
