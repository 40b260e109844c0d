import ExcelJS from "exceljs";
import { PRICING, PROGRAMME, TABLES } from "../layout.js";
import { assemble } from "./assemble.js";
import { READ_MESSAGES, type ReadProblem } from "./messages.js";
import type { TableKey } from "./records.js";
import { readFields, readTable, type ReadFields, type ReadRow } from "./sheet-readers.js";

export type { ReadProblem } from "./messages.js";

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

/**
 * Reads the input sheets of a workbook (a filled template, or a results workbook, which
 * holds the same sheets) back into a model document. Columns are found by their header
 * key, so they may be moved; empty rows are skipped; each cell is converted by its
 * column's kind. Problems name the cell and say what it expects, in English and
 * Vietnamese: a wrong type, an empty required cell, a formula typed into an input
 * cell, a missing sheet, column or field, a row naming a facility or price list that is
 * not defined. Checking the model itself (ids that exist, years in range...) is
 * `parseModel`'s work; `locate` turns its paths back into cells.
 *
 * @param data - the bytes of an .xlsx file
 * @returns `{ ok: true, document, locate }` or `{ ok: false, problems }`
 * @example
 * const read = await readInputs(await readFile("budget.xlsx"));
 * if (read.ok) {
 *   const parsed = parseModel(read.document);
 *   if (!parsed.ok) for (const p of parsed.problems) console.log(`${read.locate(p.path)}: ${p.message.en}`);
 *   // CostItems!C7: ...unknown facility or pool "PH99"...
 * }
 */
export async function readInputs(data: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want the old `Buffer` (of ArrayBuffer); a view over the same bytes reads the same, without a copy.
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problems: [{ where: "workbook", message: READ_MESSAGES.notWorkbook(error instanceof Error ? error.message : String(error)) }] };
  }
  const problems: ReadProblem[] = [];
  const sheet = (name: string): ExcelJS.Worksheet | undefined => {
    const ws = workbook.getWorksheet(name);
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
      const ws = sheet(TABLES[key].name);
      return [key, ws === undefined ? [] : readTable(ws, TABLES[key], problems)];
    }),
  ) as Record<TableKey, ReadRow[]>;
  const pricing = fieldsOf(PRICING);
  const assembled = assemble({ programme, pricing, tables });
  problems.push(...assembled.problems);
  if (problems.length > 0) return { ok: false, problems };
  const { locations } = assembled;
  return { ok: true, document: assembled.document, locate: (path) => locations.locate(path) };
}
