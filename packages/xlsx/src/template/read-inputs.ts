import { loadWorkbook } from "./load-workbook.js";
import { readSheets, type ReadResult } from "./read-sheets.js";
import { workbookSource } from "./workbook-source.js";

export type { ReadProblem } from "./messages.js";
export type { ReadResult } from "./read-sheets.js";

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
  const loaded = await loadWorkbook(data);
  if (!loaded.ok) return loaded;
  return readSheets(workbookSource(loaded.workbook));
}
