import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseModel, type Model, type ModelInput } from "@costplan/core";
import { HEADER_ROW, TABLES, type TableSheet } from "../layout.js";
import { columnLetters } from "./address.js";

/**
 * Models and helpers shared by the template tests (not part of the package's API).
 * The small model touches every field the input sheets carry.
 */
export const SMALL: ModelInput = {
  programme: {
    id: "small",
    name: "Small programme",
    currency: "VND",
    firstYear: 2021,
    lastYear: 2023,
    baseYear: 2021,
    discountRate: 0.08,
    priceIndex: { "2021": 100, "2022": 103.5, "2023": 107.1 },
    language: "en",
    prorateFirstYear: true,
    hospitalClasses: ["I", "II"],
    target: { units: 2, description: "two hospitals", source: "plan", assumption: "none" },
    reported: { totalCost: 1_500_000_000, units: 2, byOwnership: { public: 1_000_000_000, private: 500_000_000 }, source: "report", assumption: "rounded" },
    source: "programme decision",
    assumption: "discount rate assumed",
  },
  fundingSources: [
    { id: "budget", name: "Province", kind: "state-budget", source: "decision 1" },
    { id: "own", name: "Own revenue", kind: "own-revenue", assumption: "half" },
  ],
  facilities: [
    {
      id: "H1",
      name: "Hospital 1",
      kind: "public-hospital",
      ownership: "public",
      class: "II",
      beds: 300,
      goLive: "2021-03",
      source: "list",
      costCentres: {
        method: "step-down",
        order: ["ADMIN", "IT"],
        emrCentre: "IT",
        bases: { ADMIN: "employees", IT: "EMR workstations" },
        centres: [
          { id: "ADMIN", name: "Administration", kind: "support", directCost: 1_000_000 },
          { id: "IT", name: "IT", kind: "support", assumption: "small team" },
          { id: "OPD", name: "Outpatients", kind: "operating", directCost: 5_000_000, source: "accounts" },
          { id: "WARD", name: "Ward", kind: "operating", directCost: 7_000_000 },
        ],
        usage: { ADMIN: { IT: 2, OPD: 10, WARD: 12 }, IT: { OPD: 30, WARD: 20.5 } },
        assumption: "representative centres",
      },
    },
    { id: "P1", name: "Private 1", kind: "private-hospital", ownership: "private", beds: 80, goLive: "2022-01-15" },
  ],
  pools: [{ id: "POOL", name: "Provincial data centre", ownership: "public", source: "plan" }],
  costItems: [
    {
      id: "H1-SRV",
      name: "Servers",
      facility: "H1",
      centre: "IT",
      category: "infrastructure",
      funding: [
        { source: "budget", share: 0.6 },
        { source: "own", share: 0.4 },
      ],
      nature: "capital",
      cost: 900_000_000,
      salvage: 50_000_000,
      inService: "2021-03",
      usefulLife: 5,
      method: "double-declining",
      factor: 1.5,
      paidYear: 2021,
      prorateFirstYear: false,
      source: "contract",
    },
    {
      id: "H1-MNT",
      name: "Maintenance",
      facility: "H1",
      category: "maintenance",
      funding: "own",
      nature: "recurring",
      amountPerYear: 60_000_000,
      firstYear: 2022,
      lastYear: 2023,
      escalation: "index",
    },
    {
      id: "H1-NET",
      name: "Network",
      facility: "H1",
      category: "connectivity",
      funding: [{ source: "own", share: 1 }],
      nature: "recurring",
      amountPerYear: 12_000_000,
      firstYear: 2021,
      lastYear: 2023,
      escalation: 0.05,
    },
    {
      id: "P1-TRN",
      name: "Training",
      facility: "P1",
      category: "training",
      funding: "budget",
      nature: "one-off",
      amount: 40_000_000,
      year: 2022,
      assumption: "estimate",
    },
    {
      id: "POOL-DC",
      name: "Data centre",
      facility: "POOL",
      category: "hosting",
      funding: "budget",
      nature: "one-off",
      amount: 1_234_567_890_123_456,
      year: 2023,
    },
  ],
  savings: [
    { id: "S1", facility: "H1", kind: "imaging-film", name: "Film", amountPerYear: 10_000_000, firstYear: 2022, lastYear: 2023, source: "hospital" },
    { id: "S2", facility: "P1", kind: "other", amountPerYear: 1_000_000, firstYear: 2023 },
  ],
  scenarios: [
    {
      name: "low-rate",
      description: "Discount at 5 %",
      overrides: { "programme.discountRate": 0.05, "pricing.costBasis": "equivalent-annual-cost", "costItems[H1-SRV].usefulLife": 8 },
    },
    { name: "nothing", overrides: {} },
    {
      name: "texts",
      description: "Odd values",
      overrides: { "programme.name": "=not a formula", "pricing.capAtMaximum": false, "programme.hospitalClasses": ["I"] },
    },
  ],
  pricing: {
    costBasis: "depreciation",
    recoveryYears: 5,
    offsetSavings: true,
    excludeStateBudget: false,
    phaseIn: 0.5,
    priceStep: 1000,
    rounding: "half-even",
    capAtMaximum: false,
    year: 2023,
    source: "proposal",
  },
  serviceLists: [
    {
      id: "H1-LIST",
      facility: "H1",
      insuredShare: 0,
      coverage: 0.95,
      source: "price table",
      services: [
        {
          code: "KB",
          name: "Examination",
          category: "examination",
          centre: "OPD",
          volume: 100_000,
          currentPrice: 37_000,
          maxPrice: 50_000,
          costElements: { personnel: 20_000, direct: 17_000 },
        },
        {
          code: "NG",
          name: "Bed-day",
          category: "bed-day",
          bedType: "internal medicine",
          centre: "WARD",
          volumePerBed: 150,
          weight: 2.5,
          currentPrice: 199_100,
          insuredShare: 0.8,
          coverage: 1,
          assumption: "illustrative",
        },
      ],
    },
    {
      id: "CLASS-I",
      class: "I",
      services: [
        {
          code: "KB",
          name: "Examination",
          category: "examination",
          volumePerBed: 300,
          currentPrice: 37_000,
          costElements: { personnel: 0, direct: 0, depreciation: 0, generalAdministrative: 0, accumulation: 0 },
        },
      ],
    },
  ],
};

/** Parses a model document that must be valid. */
export function parsed(document: unknown): Model {
  const result = parseModel(document);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return result.model;
}

/** The Bac Ninh example, parsed. */
export function bacNinh(): Model {
  return parsed(JSON.parse(readFileSync(new URL("../../../../examples/bac-ninh/model.json", import.meta.url), "utf8")));
}

/** A model without its `$schema`, which a workbook does not carry. */
export function withoutSchema(model: Model): Omit<Model, "$schema"> {
  const { $schema, ...rest } = model;
  return rest;
}

/** Loads a workbook's bytes with exceljs. */
export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return workbook;
}

/** Changes a workbook as a person would in Excel, and saves it. */
export async function edit(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await load(bytes);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet that must exist. */
export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/**
 * The drop-down of each reference column (`CostItems.facility`), as the range its list
 * resolves to: the validation on the column's first record row names a defined name, and
 * the name's range is looked up. A column without a list validation maps to its formula or "none".
 */
export function referenceDropDowns(workbook: ExcelJS.Workbook): Record<string, string> {
  const names = new Map((workbook.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges.join(",")]));
  const out: Record<string, string> = {};
  for (const layout of Object.values(TABLES) as TableSheet[]) {
    const ws = sheet(workbook, layout.name);
    layout.columns.forEach((column, i) => {
      if (column.refers === undefined) return;
      const validation = (ws as unknown as { dataValidations: { find: (a: string) => ExcelJS.DataValidation | undefined } }).dataValidations.find(
        `${columnLetters(i + 1)}${HEADER_ROW + 1}`,
      );
      const formula: unknown = validation?.type === "list" ? validation.formulae[0] : undefined;
      out[`${layout.name}.${column.key}`] = typeof formula === "string" ? (names.get(formula) ?? `unresolved ${formula}`) : "none";
    });
  }
  return out;
}
