import ExcelJS from "exceljs";
import type { Language, Model, PriceEntry, RunResult } from "@costplan/core";
import { moneyFormat } from "../formats.js";
import type { InputCells } from "../layout.js";
import type { DeferredRows } from "../stream/copy-sheet.js";
import { nextTurn } from "../stream/copy-sheet.js";
import type { MemorySheet } from "../stream/exceljs-internals.js";
import { measureRow } from "./fit-sheet.js";
import type { PriceBasisCells } from "./price-basis-sheet.js";
import { addLiveEmrFooter, addLiveEmrHeader, liveEmrRowWriter } from "./prices-live.js";
import { addPricesFooter, addPricesHeader, priceRowWriter } from "./prices-sheet.js";
import { AuditLog, MONEY } from "./sheet-kit.js";

/** Rows between two pauses that let the zip stream take what was written. */
const ROWS_PER_TURN = 2_000;

/** The Prices sheet without its entries' rows, which stream when the workbook is written. */
export interface DeferredPrices {
  /** The sheet: title, headings, the rows after the entries', its filter, data bar and print set-up. */
  readonly ws: ExcelJS.Worksheet;
  /** Each column's widest shown value over the entries' rows, for fitResultSheet. */
  readonly measured: ReadonlyMap<number, number>;
  /** Writes the entries' rows into the streaming sheet. */
  readonly rows: DeferredRows;
}

/**
 * The Prices sheet of a streamed workbook: the same cells as {@link addPricesSheet} (and
 * {@link addLiveEmrCost} when `basis` is given), but its one row per price entry is not kept
 * in memory. The rows are written twice: once now, one at a time into a scratch sheet, to
 * measure the column widths (the streaming writer writes the widths before the first row) and
 * fill the audit log; and again when the workbook streams, straight into its sheet.
 */
export function addDeferredPricesSheet(
  wb: ExcelJS.Workbook,
  model: Model,
  result: RunResult,
  inputs: InputCells,
  lang: Language,
  audit: AuditLog,
  basis: PriceBasisCells | undefined,
): DeferredPrices | undefined {
  if (result.prices.length === 0) return undefined;
  const ws = addPricesHeader(wb, result, lang);
  if (basis !== undefined) addLiveEmrHeader(ws, lang);
  const money = moneyFormat(result.currency);
  const rowsWith = (log: AuditLog): { write: (ws: ExcelJS.Worksheet, e: PriceEntry, k: number) => void; largest: () => number } => {
    const price = priceRowWriter(model, result, inputs, log);
    const live = basis === undefined ? undefined : liveEmrRowWriter(result, basis);
    return {
      write: (sheet, e, k) => {
        price(sheet, e, k);
        live?.write(sheet, e, k);
      },
      largest: () => live?.largest() ?? 0,
    };
  };
  const first = rowsWith(audit);
  const scratch = new ExcelJS.Workbook().addWorksheet("rows") as unknown as MemorySheet;
  const measured = new Map<number, number>();
  result.prices.forEach((e, k) => {
    first.write(scratch as unknown as ExcelJS.Worksheet, e, k);
    measureRow(scratch.getRow(3 + k), measured, money);
    scratch._rows[2 + k] = undefined;
  });
  addPricesFooter(ws, result, lang, audit, basis !== undefined);
  if (basis !== undefined) addLiveEmrFooter(ws, result, basis, audit, first.largest());
  const rows: DeferredRows = {
    after: 2,
    write: async (target) => {
      // The audit log is full already: the second writing's entries are the same ones.
      const again = rowsWith(new AuditLog());
      for (let k = 0; k < result.prices.length; k += 1) {
        again.write(target, result.prices[k]!, k);
        const row = target.getRow(3 + k);
        row.eachCell((cell) => {
          if (cell.numFmt === MONEY) cell.numFmt = money;
        });
        row.commit();
        if ((k + 1) % ROWS_PER_TURN === 0) await nextTurn();
      }
    },
  };
  return { ws, measured, rows };
}
