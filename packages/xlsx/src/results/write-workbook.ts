import ExcelJS from "exceljs";
import type { Language, Model, RunResult } from "@costplan/core";
import { deterministicXlsx } from "../deterministic.js";
import { addInputSheets } from "../template/write-inputs.js";
import { addCharts } from "../charts/package-parts.js";
import type { PlacedChart } from "../charts/spec.js";
import type { DeferredRows } from "../stream/copy-sheet.js";
import { streamXlsx } from "../stream/stream-workbook.js";
import { deferTableRows } from "../stream/deferred-table.js";
import { HEADER_ROW, TABLES } from "../layout.js";
import { sheetName } from "../labels/sheet-names.js";
import { addDeferredPricesSheet } from "./prices-streamed.js";
import { addBudgetSheet } from "./budget-sheet.js";
import { addChartsSheet } from "./charts-sheet.js";
import { addDepreciationSheet } from "./depreciation-sheet.js";
import { addFlowsSheet } from "./flows-sheet.js";
import { addAllocationSheet, addAuditSheet, addCoverSheet } from "./other-sheets.js";
import { fitCoverSheet, fitResultSheet } from "./fit-sheet.js";
import { addPriceBasisSheet } from "./price-basis-sheet.js";
import { addPricesSheet } from "./prices-sheet.js";
import { addLiveEmrCost } from "./prices-live.js";
import { addScenariosSheet, type AppliedScenario } from "./scenarios-sheet.js";
import { AuditLog } from "./sheet-kit.js";
import { resultSheetName } from "./sheet-names.js";

/** Options of {@link writeWorkbook}. */
export interface WorkbookOptions {
  /** Language of titles, labels and notes. */
  readonly language: Language;
  /**
   * The scenario applied to the model, with the model before it: ScenarioResults then labels
   * the applied row by the scenario's name and runs every other row from the base.
   */
  readonly scenario?: AppliedScenario | undefined;
  /**
   * Writes the package through exceljs's streaming writer (see {@link streamXlsx}) instead of
   * the in-memory one. Default: when the results have more than {@link STREAM_FROM} price
   * entries. Both give the same sheets, cells, formats, charts and print set-up; the bytes differ.
   */
  readonly stream?: boolean | undefined;
}

/**
 * Above this many price entries (service x facility) the workbook is streamed. Below it the
 * in-memory writer keeps the bytes of every workbook written so far (Bac Ninh has 279).
 */
export const STREAM_FROM = 20_000;

/**
 * Writes a model and its results as one workbook that explains itself: a cover (what it
 * is, the legend of source figures and assumptions, headline figures), the input sheets
 * (the same as the template, so the workbook can be read back), and result sheets whose
 * cells are live Excel formulas over the inputs wherever Excel can compute the figure
 * natively, each with costplan's exact value as its cached result. Where Excel cannot
 * (largest-remainder splits, reciprocal solves), the cell holds the value and the Audit
 * sheet says why. The same model gives the same bytes.
 *
 * @param model - a model from `parseModel`
 * @param result - `runModel(model)`
 * @param options - the language, and the applied scenario if any
 * @returns the xlsx file's bytes
 */
export async function writeWorkbook(model: Model, result: RunResult, options: WorkbookOptions): Promise<Uint8Array> {
  const stream = options.stream ?? result.prices.length > STREAM_FROM;
  const { wb, charts, deferred } = buildWorkbook(model, result, options, stream);
  if (stream) return streamXlsx(wb, charts, deferred);
  // exceljs writes no charts: their parts go into the package it wrote.
  const written = await addCharts(new Uint8Array(await wb.xlsx.writeBuffer()), charts);
  return deterministicXlsx(written);
}

/** Every sheet of the workbook in memory, and the charts to draw on them. */
function buildWorkbook(
  model: Model,
  result: RunResult,
  options: WorkbookOptions,
  stream: boolean,
): {
  readonly wb: ExcelJS.Workbook;
  readonly charts: ReadonlyMap<string, readonly PlacedChart[]>;
  readonly deferred: ReadonlyMap<string, DeferredRows>;
} {
  const wb = new ExcelJS.Workbook();
  wb.creator = "costplan";
  wb.lastModifiedBy = "costplan";
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = new Date(Date.UTC(2000, 0, 1));
  const lang = options.language;
  const audit = new AuditLog();
  const cover = wb.addWorksheet(resultSheetName("cover", lang));
  // Streamed, the Services table's rows (one per service) are written as the package streams, not kept in memory.
  const deferred = new Map<string, DeferredRows>();
  const inputs = addInputSheets(wb, model, lang, (key, values) => {
    if (!stream || key !== "services") return;
    const ws = wb.getWorksheet(sheetName(TABLES.services.name, lang))!;
    deferred.set(ws.name, deferTableRows(ws, HEADER_ROW, values));
  });
  // The input sheets keep the template's own layout and print setup.
  const inputSheets = new Set(wb.worksheets.filter((ws) => ws !== cover));
  const depreciation = addDepreciationSheet(wb, model, result, inputs, lang, audit);
  const flows = addFlowsSheet(wb, model, result, inputs, depreciation, lang, audit);
  const budget = addBudgetSheet(wb, model, result, inputs, flows, lang, audit);
  addAllocationSheet(wb, result, lang, audit);
  const basis = addPriceBasisSheet(wb, model, result, inputs, flows, lang, audit);
  // Streamed, the Prices sheet's rows (one per service and facility) are written as the package streams, never all in memory.
  const deferredPrices = stream ? addDeferredPricesSheet(wb, model, result, inputs, lang, audit, basis) : undefined;
  const prices = stream ? deferredPrices?.ws : addPricesSheet(wb, model, result, inputs, lang, audit, basis !== undefined);
  if (!stream && prices !== undefined && basis !== undefined) addLiveEmrCost(prices, result, basis, lang, audit);
  addScenariosSheet(wb, model, result, lang, audit, options.scenario);
  const charts = addChartsSheet(wb, result, budget, prices, lang);
  addCoverSheet(
    cover,
    result,
    inputs,
    budget,
    lang,
    // The hidden Lists sheet is no sheet a person fills in: the cover names the visible ones.
    [...inputSheets].filter((ws) => ws.state !== "hidden").map((ws) => ws.name),
    prices,
  );
  addAuditSheet(wb, result, lang, audit);
  for (const ws of wb.worksheets) {
    if (ws === cover) fitCoverSheet(ws, result.currency);
    else if (!inputSheets.has(ws)) fitResultSheet(ws, result.currency, ws === deferredPrices?.ws ? deferredPrices.measured : undefined);
  }
  if (deferredPrices !== undefined) deferred.set(deferredPrices.ws.name, deferredPrices.rows);
  return { wb, charts: new Map([[charts.sheet, charts.charts]]), deferred };
}
