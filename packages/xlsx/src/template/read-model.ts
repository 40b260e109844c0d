import { locatedProblem, parseModel, type MessageParams, type Model, type Problem } from "@costplan/core";
import type { ReadProblem } from "./messages.js";
import { loadWorkbook } from "./load-workbook.js";
import { readAllSheets } from "./read-sheets.js";
import type { SheetSource } from "./sheet-readers.js";
import { workbookSource } from "./workbook-source.js";

/** A model read from a workbook and validated, or every problem, each at its cell. */
export type WorkbookModel = { readonly ok: true; readonly model: Model } | { readonly ok: false; readonly problems: readonly ReadProblem[] };

/** Options of {@link readWorkbookModel}. */
export interface ReadModelOptions {
  /** A scenario of the workbook's Scenarios sheet to apply. */
  readonly scenario?: string | undefined;
}

/**
 * Reads a filled workbook into a validated model in one pass: wrong types, empty required
 * cells, unknown references and the model's own checks (`parseModel`: ranges, years, ids)
 * are reported together, each as the cell it came from (`'Khoản chi phí'!H7`), never as a JSON
 * path. A cell with a problem of its own is not reported again by the model's check (which
 * sees it as missing).
 *
 * @param data - the bytes of an .xlsx file
 * @param options - a scenario to apply
 * @returns `{ ok: true, model }` or `{ ok: false, problems }`
 * @example
 * const read = await readWorkbookModel(await readFile("budget.xlsx"));
 * if (!read.ok) for (const p of read.problems) console.log(`${p.where}: ${p.message.vi}`);
 * // CostItems!C7: không có cơ sở hoặc hạng mục dùng chung "PH99" trên trang Facilities/Pools
 */
export async function readWorkbookModel(data: Uint8Array, options: ReadModelOptions = {}): Promise<WorkbookModel> {
  const loaded = await loadWorkbook(data);
  if (!loaded.ok) return loaded;
  return modelFromSheets(workbookSource(loaded.workbook), options);
}

/** The model of any source of sheets (a workbook, or the add-in's grids), every problem at its cell. */
export function modelFromSheets(source: SheetSource, options: ReadModelOptions = {}): WorkbookModel {
  const read = readAllSheets(source);
  // A missing sheet or column makes the model's check repeat the same absence at every row: report the reader's word alone.
  if (read.problems.some((p) => !/![A-Z]+\d+$/.test(p.where))) return { ok: false, problems: read.problems };
  const parsed = parseModel(read.document, { scenario: options.scenario });
  if (parsed.ok && read.problems.length === 0) return { ok: true, model: parsed.model };
  const problems = [...read.problems, ...read.references];
  return { ok: false, problems: [...problems, ...(parsed.ok ? [] : modelProblems(problems, read.locate, parsed.problems))] };
}

/** The model's own problems, at their cells, leaving out cells the reader already named. */
function modelProblems(found: readonly ReadProblem[], locate: (path: string) => string, problems: readonly Problem[]): ReadProblem[] {
  const named = new Set(found.map((p) => p.where));
  const out: ReadProblem[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    const where = locate(p.path);
    const key = `${where}\u0000${p.message.en}`;
    if (named.has(where) || seen.has(key)) continue;
    seen.add(key);
    out.push(locatedProblem(where, p.code, cellParams(p.params, locate)));
  }
  return out;
}

/** A problem's parameters with the JSON paths among them (a duplicate's first place) named as cells. */
function cellParams(params: MessageParams, locate: (path: string) => string): MessageParams {
  const paths = Object.entries(params).filter(([, value]) => typeof value === "string" && /^\$[.[]/.test(value));
  return paths.length === 0 ? params : { ...params, ...Object.fromEntries(paths.map(([key, value]) => [key, locate(String(value))])) };
}
