import { parseModel, type Language, type MessageCode, type Model } from "@costplan/core";
import { readGrids } from "@costplan/xlsx";

/**
 * A problem the task pane lists: its catalogue code, where (a cell, to select) and what, in the
 * user's language.
 */
export interface PaneProblem {
  readonly code: MessageCode;
  readonly where: string;
  readonly message: string;
}

/** A model read from the input sheets' values, or every problem, each naming its cell. */
export type SheetModel =
  { readonly ok: true; readonly model: Model; readonly document: unknown } | { readonly ok: false; readonly problems: readonly PaneProblem[] };

/**
 * Reads the input sheets' values into a validated model: first the cells (types, required
 * fields), then the model itself (ids, years, shares), every problem located at its cell.
 */
export function modelFromSheets(values: ReadonlyMap<string, readonly (readonly unknown[])[]>, language: Language, scenario?: string): SheetModel {
  const read = readGrids(values);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ code: p.code, where: p.where, message: p.message[language] })) };
  const parsed = parseModel(read.document, scenario === undefined ? {} : { scenario });
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ code: p.code, where: read.locate(p.path), message: p.message[language] })) };
  return { ok: true, model: parsed.model, document: read.document };
}

/** The headline figures of one scenario, for the side-by-side table. */
export interface Headline {
  readonly scenario: string;
  readonly totalCost: number;
  readonly accrual: number;
  readonly presentValue: number;
  readonly fund: number;
  readonly patients: number;
}
