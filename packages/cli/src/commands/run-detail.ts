import { join } from "node:path";
import { message, type Language } from "@costplan/core";
import type { Invocation } from "../args.js";

/** Above this many service entries (service x facility), `run --json` leaves `prices` out unless --detail. */
export const DETAIL_LIMIT = 20_000;

/** What the JSON says about its per-service detail. */
export type DetailNote =
  | { readonly prices: "included"; readonly entries: number; readonly out?: string }
  | {
      readonly prices: "omitted";
      readonly entries: number;
      readonly reason: "no-detail" | "over-limit";
      readonly limit: number;
      readonly message: string;
      readonly out?: string;
    };

/**
 * Decides whether `run --json` carries `prices`: --detail always, --no-detail never, otherwise
 * while the model has at most {@link DETAIL_LIMIT} service entries, so a national model's JSON
 * stays a size a reader can open. The note tells where the detail went instead.
 */
export function detailNote(mode: Invocation["detail"], entries: number, outDir: string | undefined, lang: Language): DetailNote {
  const out = outDir === undefined ? {} : { out: join(outDir, "prices.parquet") };
  const include = mode === "always" || (mode === "auto" && entries <= DETAIL_LIMIT);
  if (include) return { prices: "included", entries, ...out };
  const reason = mode === "never" ? "no-detail" : "over-limit";
  const elsewhere = out.out === undefined ? message("detail-use-out", lang, {}) : message("detail-written-to", lang, { file: out.out });
  const why = reason === "no-detail" ? message("detail-left-out", lang, {}) : message("detail-over-limit", lang, { entries, limit: DETAIL_LIMIT });
  return { prices: "omitted", entries, reason, limit: DETAIL_LIMIT, message: `${why}; ${elsewhere}`, ...out };
}

/**
 * Above this many service entries the results workbook is refused: exceljs builds the whole
 * workbook in memory (a 10,000-entry model takes about 1 GB, a province of 112,000 runs out of
 * memory), so the detail goes to --out until the workbook writer streams.
 */
export const WORKBOOK_LIMIT = 30_000;

/** Rows of one Excel sheet: past them no writer could put the detail in one sheet at all. */
export const EXCEL_SHEET_ROWS = 1_048_576;

/** Why `run --xlsx` will not write a workbook for this many entries, or undefined when it will. */
export function workbookRefusal(entries: number, lang: Language): string | undefined {
  if (entries <= WORKBOOK_LIMIT) return undefined;
  if (entries > EXCEL_SHEET_ROWS) return message("workbook-over-sheet-rows", lang, { entries, limit: EXCEL_SHEET_ROWS });
  return message("workbook-over-limit", lang, { entries, limit: WORKBOOK_LIMIT });
}
