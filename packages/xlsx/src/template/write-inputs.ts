import ExcelJS from "exceljs";
import { DEFAULT_HOSPITAL_CLASSES, modelTextsIn, type Language, type Model } from "@costplan/core";
import { deterministicXlsx } from "../deterministic.js";
import { HEADER_ROW, PRICING, PROGRAMME, TABLES, type InputCells, type TableSheet } from "../layout.js";
import { absolute } from "./address.js";
import { addReadMeSheet } from "./readme-sheet.js";
import { recordsOf, type Row, type TableKey } from "./records.js";
import { SPARE_ROWS, writeKeyValueSheet, writeTableSheet, type WrittenTable } from "./sheet-writers.js";

/** Table sheets in the order they follow the Programme sheet; Pricing comes before Scenarios. */
const BEFORE_PRICING: readonly TableKey[] = ["priceIndex", "fundingSources", "facilities", "pools", "costItems", "savings", "centreSettings", "centres", "usage", "serviceLists", "services"];

/** A fixed date for the workbook's properties, so the same input gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * Adds the input sheets to a workbook, filled from a model or blank for a person to fill
 * in: Programme, PriceIndex, FundingSources, Facilities, Pools, CostItems, Savings,
 * CentreSettings, CostCentres, Usage, ServiceLists, Services, Pricing and Scenarios, laid
 * out as `layout.ts` says. Every input cell holds a plain value (text from the model that
 * begins with `=` stays text), styled as an input; closed lists get drop-downs.
 *
 * @param workbook - the workbook to add the sheets to (it is changed)
 * @param model - a model from `parseModel`, or undefined for a blank template
 * @param language - language of titles, notes and descriptions
 * @returns where each input sits, as absolute addresses for live formulas
 * @example
 * const inputs = addInputSheets(workbook, model, "vi");
 * inputs.programme["discountRate"]; // "Programme!$B$9"
 * inputs.columns["CostItems"]!["cost"]; // "CostItems!$H$3:$H$330"
 */
export function addInputSheets(workbook: ExcelJS.Workbook, model: Model | undefined, language: Language): InputCells {
  // A cell holds one text: provenance texts in the workbook's language (the reader reads them back as plain text).
  const records = model === undefined ? undefined : recordsOf(modelTextsIn(model, language));
  const classes = model?.programme.hospitalClasses ?? DEFAULT_HOSPITAL_CLASSES;
  // A blank template is in đồng, the currency of the programmes costplan is made for.
  const currency = model?.programme.currency ?? "VND";
  const written = new Map<TableKey, WrittenTable>();
  const idRange = (key: TableKey): string => {
    const layout: TableSheet = TABLES[key];
    const column = layout.columns.findIndex((c) => c.key === "id") + 1;
    const rows = Math.max(1, records?.tables[key].length ?? 0);
    return `${absolute(layout.name, HEADER_ROW + 1, column)}:${absolute(layout.name, HEADER_ROW + rows + SPARE_ROWS, column).split("!")[1]!}`;
  };
  const table = (key: TableKey): void => {
    written.set(key, writeTableSheet(workbook, TABLES[key], records?.tables[key] ?? [], language, classes, currency, idRange));
  };
  const programme = writeKeyValueSheet(workbook, PROGRAMME, records?.programme ?? {}, language, currency);
  BEFORE_PRICING.forEach(table);
  const pricing = writeKeyValueSheet(workbook, PRICING, records?.pricing ?? {}, language, currency);
  table("scenarios");

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
