import ExcelJS from "exceljs";
import { DEFAULT_HOSPITAL_CLASSES, modelTextsIn, type Language, type Model } from "@costplan/core";
import { deterministicXlsx } from "../deterministic.js";
import { PRICING, PROGRAMME, TABLES, type InputCells } from "../layout.js";
import { addReadMeSheet } from "./readme-sheet.js";
import { addChoiceLists } from "./choice-lists.js";
import { addReferenceLists } from "./reference-lists.js";
import { recordsOf, TABLES_BEFORE_PRICING, type Row, type TableKey } from "./records.js";
import { SPARE_ROWS, writeKeyValueSheet, writeTableSheet, type WrittenTable } from "./sheet-writers.js";

/** A fixed date for the workbook's properties, so the same input gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * Adds the input sheets to a workbook, filled from a model or blank for a person to fill
 * in: Programme, PriceIndex, FundingSources, Facilities, Pools, CostItems, FundingShares,
 * Savings, CentreSettings, CostCentres, Usage, ServiceLists, Services, Pricing, Scenarios and
 * Analysis, laid out as `layout.ts` says, their tabs, headers and drop-downs in the language
 * (`labels/`), then the hidden Lists sheet of the drop-downs. Every input cell holds a plain
 * value (text from the model that begins with `=` stays text), styled as an input; closed
 * lists get drop-downs, and so does every column of ids of another table.
 *
 * @param workbook - the workbook to add the sheets to (it is changed)
 * @param model - a model from `parseModel`, or undefined for a blank template
 * @param language - language of tabs, headers, drop-downs, titles, notes and descriptions
 * @param onTable - called with each table sheet's key and the values of its records' rows, once written
 * @returns where each input sits, as absolute addresses for live formulas (sheet names quoted where needed),
 *   with `columns` keyed by the sheets' stable keys
 * @example
 * const inputs = addInputSheets(workbook, model, "vi");
 * inputs.programme["discountRate"]; // "'Chương trình'!$B$9"
 * inputs.columns["CostItems"]!["cost"]; // "'Khoản chi phí'!$H$3:$H$330"
 */
export function addInputSheets(
  workbook: ExcelJS.Workbook,
  model: Model | undefined,
  language: Language,
  onTable?: (key: TableKey, values: readonly (readonly ExcelJS.CellValue[])[]) => void,
): InputCells {
  // A cell holds one text: provenance texts in the workbook's language (the reader reads them back as plain text).
  const records = model === undefined ? undefined : recordsOf(modelTextsIn(model, language));
  const classes = model?.programme.hospitalClasses ?? DEFAULT_HOSPITAL_CLASSES;
  // A blank template is in đồng, the currency of the programmes costplan is made for.
  const currency = model?.programme.currency ?? "VND";
  const written = new Map<TableKey, WrittenTable>();
  const rowsOf = (key: TableKey): readonly Row[] => records?.tables[key] ?? [];
  const table = (key: TableKey): void => {
    const sheet = writeTableSheet(workbook, TABLES[key], rowsOf(key), language, classes, currency);
    written.set(key, sheet);
    onTable?.(key, sheet.values);
  };
  const programme = writeKeyValueSheet(workbook, PROGRAMME, records?.programme ?? {}, language, currency);
  TABLES_BEFORE_PRICING.forEach(table);
  const pricing = writeKeyValueSheet(workbook, PRICING, records?.pricing ?? {}, language, currency);
  table("scenarios");
  table("analysis");
  // An empty table keeps one empty row (an Excel Table needs one), below which the spare rows start.
  const ids = (key: TableKey): string[] => rowsOf(key).map((row) => String(row["id"]));
  addReferenceLists(workbook, { rows: (key) => Math.max(1, rowsOf(key).length) + SPARE_ROWS, ids }, language);
  addChoiceLists(workbook, classes, language);

  const sheet = (key: TableKey): WrittenTable => written.get(key)!;
  const byId = (key: TableKey, rows: readonly Row[] | undefined, id: (row: Row) => string): Map<string, Readonly<Record<string, string>>> =>
    new Map((rows ?? []).map((row, i) => [id(row), sheet(key).record(i)]));
  const id = (row: Row): string => String(row["id"]);
  return {
    programme,
    pricing,
    priceIndex: new Map((records?.tables.priceIndex ?? []).map((row, i) => [Number(row["year"]), sheet("priceIndex").cell(i, "value")])),
    costItems: byId("costItems", records?.tables.costItems, id),
    facilities: byId("facilities", records?.tables.facilities, id),
    services: byId("services", records?.tables.services, (row) => `${String(row["list"])}/${String(row["code"])}`),
    serviceLists: byId("serviceLists", records?.tables.serviceLists, id),
    columns: Object.fromEntries([...written].map(([key, w]) => [TABLES[key].name, w.columns])),
  };
}

/** Options of {@link writeTemplate}. */
export interface TemplateOptions {
  /** Language of titles, notes and the ReadMe sheet. */
  readonly language: Language;
}

/**
 * Writes the input template: a ReadMe sheet (how to fill it in) and the input sheets,
 * blank or filled from a model. The same input always gives the same bytes.
 *
 * @param model - a model from `parseModel` to fill the template with, or undefined for a blank one
 * @param options - the language
 * @returns the xlsx file's bytes
 * @example
 * await writeFile("budget.xlsx", await writeTemplate(undefined, { language: "vi" }));
 */
export async function writeTemplate(model: Model | undefined, options: TemplateOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "costplan";
  workbook.lastModifiedBy = "costplan";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addReadMeSheet(workbook, options.language);
  addInputSheets(workbook, model, options.language);
  return deterministicXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
