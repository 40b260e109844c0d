import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
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
 * Memory a results workbook takes while it is written, from the peak resident memory of a
 * generated province model (112,000 entries, 3.8 GB with the Prices rows streamed; the model
 * and its run alone 0.66 GB): the model and its results, and per price entry (service x
 * facility) mostly the Services input row, which is still built in memory. Resident memory is
 * above the heap, so the estimate errs high: a refusal comes before Node runs out of heap.
 */
export const WORKBOOK_MEMORY = { baseBytes: 700 * 2 ** 20, bytesPerEntry: 30 * 2 ** 10 } as const;

/** Rows of one Excel sheet: past them no writer could put the detail in one sheet at all. */
export const EXCEL_SHEET_ROWS = 1_048_576;

/** The heap this Node process may use (its --max-old-space-size, or V8's default for the machine). */
export function heapLimitBytes(): number {
  return getHeapStatistics().heap_size_limit;
}

/**
 * Why `run --xlsx` will not write a workbook for this many entries, or undefined when it
 * will: past an Excel sheet's rows, or when the workbook would need more memory than this
 * process may use (the message says how much, and how to give Node more).
 */
export function workbookRefusal(entries: number, lang: Language, heapLimit: number = heapLimitBytes()): string | undefined {
  if (entries > EXCEL_SHEET_ROWS) return message("workbook-over-sheet-rows", lang, { entries, limit: EXCEL_SHEET_ROWS });
  const needed = WORKBOOK_MEMORY.baseBytes + entries * WORKBOOK_MEMORY.bytesPerEntry;
  if (needed <= heapLimit) return undefined;
  const gb = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GB`;
  // Room for the estimate and a margin, rounded up to a whole GB, as Node's option takes megabytes.
  const megabytes = Math.ceil((needed * 1.25) / 2 ** 30) * 1024;
  return message("workbook-over-memory", lang, { entries, needed: gb(needed), limit: gb(heapLimit), megabytes });
}
