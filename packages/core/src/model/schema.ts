import * as z from "zod";
import { CATEGORIES, DEPRECIATION_METHODS, FACILITY_KINDS, FUNDING_KINDS, OWNERSHIPS, SAVING_KINDS } from "./vocabulary.js";
import { CURRENCY_CODES } from "../money/currency.js";
import { analysisSchema } from "./analysis-schema.js";
import { localTextSchema as localText } from "./localised-text.js";

/*
 * The model document, validated once at the boundary. Each leaf carries an
 * `expect:KEY` error so that problems name what is expected in the reader's language
 * (see `expectations.ts`), whatever zod's own wording is.
 */

const expect = (key: string) => ({ error: `expect:${key}` });

const text = z.string(expect("text")).trim().min(1, expect("text"));
const id = z.string(expect("id")).regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, expect("id"));
const year = z.number(expect("year")).int(expect("year")).min(1900, expect("year")).max(2200, expect("year"));
const amount = z
  .number(expect("amount"))
  .int(expect("amount"))
  .min(0, expect("amount"))
  .max(Number.MAX_SAFE_INTEGER, expect("amount"))
  .meta({ description: "Whole amount in the currency's minor unit (đồng for VND, cents for USD)." });
const yearMonth = z
  .string(expect("yearMonth"))
  // The same years as `year` (1900-2200): fuzzing found an item in service in 2200 refused.
  .regex(/^(19\d{2}|2[01]\d{2}|2200)-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, expect("yearMonth"))
  .meta({ description: "Month (YYYY-MM) or date (YYYY-MM-DD) the asset was put into service." });
const rate = z.number(expect("rate")).min(-0.99, expect("rate")).max(10, expect("rate"));
const share = z.number(expect("share")).gt(0, expect("share")).max(1, expect("share"));
const positiveYears = z.number(expect("usefulLife")).int(expect("usefulLife")).min(1, expect("usefulLife")).max(100, expect("usefulLife"));
const count = z.number(expect("count")).int(expect("count")).min(0, expect("count"));
const indexValue = z.number(expect("index")).gt(0, expect("index"));

/**
 * A text a person reads, in one language or in both: a plain string (every model before
 * texts had two languages), or `{ en, vi }` with at least one of them. `textIn` picks one.
 */

/** Where a figure comes from: a citation of the source, or the reason for an assumption. */
const provenance = {
  source: localText.optional().meta({ description: 'Citation of the source this figure is quoted from: text, or { "en", "vi" }.' }),
  assumption: localText
    .optional()
    .meta({ description: 'Short reason: this figure is NOT from the source, and is shown as an assumption. Text, or { "en", "vi" }.' }),
};

const target = z.strictObject(
  {
    units: count.meta({ description: "Number of units the programme aims to bring onto EMR." }),
    description: localText.optional().meta({ description: 'What the target counts: text, or { "en", "vi" }.' }),
    ...provenance,
  },
  expect("object"),
);

const reported = z
  .strictObject(
    {
      totalCost: amount.optional(),
      units: count.optional().meta({ description: "Units the source says took part." }),
      byOwnership: z.strictObject({ public: amount.optional(), private: amount.optional() }, expect("object")).optional(),
      ...provenance,
    },
    expect("object"),
  )
  .meta({ description: "Figures the source reports; each run checks the model reproduces them." });

const programme = z.strictObject(
  {
    id,
    name: text,
    currency: z.enum(CURRENCY_CODES as [string, ...string[]], expect("currency")),
    firstYear: year,
    lastYear: year,
    baseYear: year.optional().meta({ description: "Year of constant prices and of discounting; the first year when absent." }),
    discountRate: rate
      .default(0)
      .meta({ description: "Annual discount rate applied to nominal amounts for present values and equivalent annual cost, e.g. 0.08." }),
    priceIndex: z
      .record(z.string().regex(/^\d{4}$/, expect("yearKey")), indexValue, expect("object"))
      .optional()
      .meta({ description: "Price index by year (any base), e.g. CPI; needed for constant prices and index escalation." }),
    language: z.enum(["vi", "en"], expect("language")).default("vi"),
    prorateFirstYear: z
      .boolean(expect("boolean"))
      .default(false)
      .meta({ description: "Depreciate the first year in proportion to the months in service (default: a full year)." }),
    hospitalClasses: z.array(text, expect("list")).min(1, expect("list")).optional(),
    target: target.optional(),
    reported: reported.optional(),
    ...provenance,
  },
  expect("object"),
);

const costCentre = z.strictObject(
  {
    id,
    name: text,
    kind: z.enum(["support", "operating"], expect("centreKind")),
    directCost: amount.default(0).meta({ description: "Yearly cost of the centre other than EMR (salaries, supplies...), for its full cost." }),
    ...provenance,
  },
  expect("object"),
);

const costCentres = z
  .strictObject(
    {
      method: z.enum(["direct", "step-down", "reciprocal"], expect("allocationMethod")).default("step-down"),
      order: z.array(id, expect("list")).optional().meta({ description: "Step-down order of the support centres; the default rule applies when absent." }),
      emrCentre: id.meta({ description: "Centre that carries EMR cost items that name no centre (usually IT)." }),
      centres: z.array(costCentre, expect("list")).min(2, expect("list")),
      usage: z
        .record(z.string(), z.record(z.string(), z.number(expect("nonNegative")).min(0, expect("nonNegative")), expect("object")), expect("object"))
        .meta({
          description: "Allocation bases: usage[support][centre] = how much of the support centre's base the centre uses (employees, m², EMR users...).",
        }),
      bases: z
        .record(z.string(), text, expect("object"))
        .optional()
        .meta({ description: 'What each support centre\'s base measures, e.g. {"IT": "EMR workstations"}.' }),
      ...provenance,
    },
    expect("object"),
  )
  .meta({ description: "The facility's cost centres, their direct costs and allocation bases; EMR cost is allocated through them." });

const facility = z.strictObject(
  {
    id,
    name: text,
    kind: z.enum(FACILITY_KINDS, expect("facilityKind")),
    ownership: z.enum(OWNERSHIPS, expect("ownership")),
    class: text.optional().meta({ description: "Hospital class (special, I, II, III, IV...)." }),
    beds: count.optional(),
    goLive: yearMonth.optional(),
    costCentres: costCentres.optional(),
    ...provenance,
  },
  expect("object"),
);

const pool = z
  .strictObject(
    {
      id,
      name: text,
      ownership: z.enum(OWNERSHIPS, expect("ownership")),
      ...provenance,
    },
    expect("object"),
  )
  .meta({ description: "A shared or provincial pool of cost that belongs to no single facility." });

const fundingSource = z.strictObject(
  {
    id,
    name: text,
    kind: z.enum(FUNDING_KINDS, expect("fundingKind")),
    ...provenance,
  },
  expect("object"),
);

const fundingShare = z.strictObject({ source: id, share }, expect("object"));
const funding = z.union([id, z.array(fundingShare, expect("fundingList")).min(1, expect("fundingList"))], expect("funding"));

const itemBase = {
  id,
  name: text,
  facility: id.meta({ description: "Id of the facility or pool that carries the cost." }),
  centre: id.optional().meta({ description: "Cost centre of the facility that carries the cost; the facility's emrCentre when absent." }),
  category: z.enum(CATEGORIES, expect("category")),
  funding,
  ...provenance,
};

const capitalItem = z.strictObject(
  {
    ...itemBase,
    nature: z.literal("capital"),
    cost: amount,
    salvage: amount.default(0),
    inService: yearMonth,
    usefulLife: positiveYears.meta({ description: "Useful life in years." }),
    method: z.enum(DEPRECIATION_METHODS, expect("method")).default("straight-line"),
    factor: z
      .number(expect("factor"))
      .gt(0, expect("factor"))
      .max(10, expect("factor"))
      .optional()
      .meta({ description: "Rate factor of double-declining balance (Excel DDB), 2 by default." }),
    paidYear: year.optional().meta({ description: "Year the cost is paid (cash view); the in-service year when absent." }),
    prorateFirstYear: z.boolean(expect("boolean")).optional(),
  },
  expect("object"),
);

const recurringItem = z.strictObject(
  {
    ...itemBase,
    nature: z.literal("recurring"),
    amountPerYear: amount.meta({ description: "Amount per year at the prices of the first year." }),
    firstYear: year,
    lastYear: year,
    escalation: z
      .union([rate, z.literal("index")], expect("escalation"))
      .default(0)
      .meta({ description: 'Yearly growth rate (0.05 = 5 %), or "index" to follow the programme\'s price index.' }),
  },
  expect("object"),
);

const oneOffItem = z.strictObject(
  {
    ...itemBase,
    nature: z.literal("one-off"),
    amount,
    year,
  },
  expect("object"),
);

const costItem = z.discriminatedUnion("nature", [capitalItem, recurringItem, oneOffItem], expect("nature"));

const saving = z.strictObject(
  {
    id,
    facility: id,
    kind: z.enum(SAVING_KINDS, expect("savingKind")),
    name: text.optional(),
    amountPerYear: amount,
    firstYear: year,
    lastYear: year.optional(),
    ...provenance,
  },
  expect("object"),
);

const scenario = z.strictObject(
  {
    name: id,
    description: text.optional(),
    descriptions: z.strictObject({ en: text, vi: text }, expect("object")).optional().meta({
      description: 'What the scenario asks, in English and Vietnamese; a report in either language reads it ("description" stays for one-language models).',
    }),
    reason: localText.optional().meta({ description: 'The assumption or source behind the scenario, e.g. the proposal it answers: text, or { "en", "vi" }.' }),
    overrides: z
      .record(z.string(), z.unknown(), expect("object"))
      .meta({ description: 'Path -> value, e.g. {"programme.discountRate": 0.05, "costItems[PH01-SW].usefulLife": 8}.' }),
  },
  expect("object"),
);

const list = <T extends z.ZodType>(item: T) => z.array(item, expect("list"));

const costElements = z
  .strictObject(
    {
      personnel: amount.default(0),
      direct: amount.default(0),
      depreciation: amount.default(0),
      generalAdministrative: amount.default(0),
      accumulation: amount.default(0),
    },
    expect("object"),
  )
  .meta({
    description:
      "Current cost elements of one unit of service (Law 15/2023/QH15 Art. 110): personnel; direct costs; depreciation; general & administrative " +
      "(incl. IT); accumulation.",
  });

const service = z.strictObject(
  {
    code: id,
    name: text,
    category: z.enum(["examination", "bed-day", "technical", "test"], expect("serviceCategory")),
    bedType: text.optional().meta({ description: "For bed-days: the kind of bed (internal medicine, ICU...)." }),
    centre: id.optional().meta({ description: "Operating cost centre that provides the service (needed where the facility declares cost centres)." }),
    volume: count.optional().meta({ description: "Services a year at the facility." }),
    volumePerBed: z
      .number(expect("nonNegative"))
      .min(0, expect("nonNegative"))
      .optional()
      .meta({ description: "Services a year per bed, for lists that apply to a hospital class." }),
    weight: z
      .number(expect("weight"))
      .gt(0, expect("weight"))
      .default(1)
      .meta({ description: "Relative weight: how much of its centre's cost one unit takes, against the centre's other services." }),
    currentPrice: amount.meta({ description: "Current price of one unit (the insurance price where one is set)." }),
    costElements: costElements.optional(),
    maxPrice: amount.optional().meta({ description: "Regulatory maximum price of one unit." }),
    insuredShare: share.or(z.literal(0)).optional().meta({ description: "Share of the volume used by insured patients (0..1); the list's value when absent." }),
    coverage: share
      .optional()
      .meta({ description: "Share of the price the insurance fund pays for insured patients: 0.8, 0.95 or 1; the list's value when absent." }),
    ...provenance,
  },
  expect("object"),
);

const serviceRows = z.array(service, expect("list"));

const serviceList = z.strictObject(
  {
    id,
    facility: id.optional().meta({ description: "The facility this price list is for." }),
    class: text.optional().meta({ description: "Hospital class this list applies to, for facilities of that class without a list of their own." }),
    insuredShare: share.or(z.literal(0)).default(0.9),
    coverage: share.default(0.8),
    services: serviceRows.min(1, expect("list")),
    ...provenance,
  },
  expect("object"),
);

const pricing = z
  .strictObject(
    {
      costBasis: z
        .enum(["depreciation", "equivalent-annual-cost"], expect("costBasis"))
        .default("depreciation")
        .meta({ description: "Annual cost of capital items: accounting depreciation, or equivalent annual cost at the discount rate." }),
      recoveryYears: positiveYears.optional().meta({
        description: "Years over which capital and one-off EMR costs are recovered through prices; each item's useful life (one-off: its year) when absent.",
      }),
      offsetSavings: z.boolean(expect("boolean")).default(false).meta({ description: "Subtract the facility's EMR savings from the cost to be recovered." }),
      excludeStateBudget: z
        .boolean(expect("boolean"))
        .default(true)
        .meta({ description: "Leave out costs the state budget paid (Circular 21/2024/TT-BYT excludes them from prices)." }),
      phaseIn: z
        .number(expect("share"))
        .min(0, expect("share"))
        .max(1, expect("share"))
        .default(1)
        .meta({ description: "Share of the EMR cost built into prices, 0..1." }),
      phaseInYears: positiveYears.optional().meta({
        description:
          "Phase the cost in over this many pricing years: the share recovered rises linearly, 1/n of it in the first pricing year, all of it from " +
          "year n (times phaseIn).",
      }),
      includeCategories: z
        .array(z.enum(CATEGORIES, expect("category")), expect("list"))
        .min(1, expect("list"))
        .optional()
        .meta({
          description:
            "Recover only the cost items of these categories through prices (e.g. the source's proposal: software deployment, maintenance, " +
            "infrastructure); every category when absent.",
        }),
      // A step of 0 would divide by zero: prices are whole minor units, so the finest step is 1.
      priceStep: z
        .number(expect("priceStep"))
        .int(expect("priceStep"))
        .min(1, expect("priceStep"))
        .max(Number.MAX_SAFE_INTEGER, expect("priceStep"))
        .default(100)
        .meta({ description: "Prices are rounded to a multiple of this (whole minor units, at least 1), e.g. 100 đồng." }),
      rounding: z.enum(["half-up", "half-even", "down", "up"], expect("rounding")).default("half-up"),
      capAtMaximum: z
        .boolean(expect("boolean"))
        .default(true)
        .meta({ description: "Cap proposed prices at the service's regulatory maximum and report what is not recovered." }),
      // Optional without a default, so that a run on the facility basis writes the same options as before the option existed.
      basis: z
        .enum(["facility", "class"], expect("basis"))
        .optional()
        .meta({
          description:
            'Price basis: each facility\'s own EMR cost ("facility", when absent), or one EMR component per service and hospital class pooled over ' +
            'the class\'s facilities ("class", as Circular 22/2023/TT-BYT sets one price per class).',
        }),
      year: year.optional().meta({ description: "Year whose prices the price table shows; the programme's last year when absent." }),
      ...provenance,
    },
    expect("object"),
  )
  .meta({ description: "How EMR cost is built into service prices; every option may be overridden by a scenario." });

/** The zod schema of a model document. */
export const modelSchema = z
  .strictObject(
    {
      $schema: z.string().optional(),
      programme,
      fundingSources: list(fundingSource).min(1, expect("list")),
      facilities: list(facility).min(1, expect("list")),
      pools: list(pool).default([]),
      costItems: list(costItem),
      savings: list(saving).default([]),
      scenarios: list(scenario).default([]),
      pricing: pricing.default({
        costBasis: "depreciation",
        offsetSavings: false,
        excludeStateBudget: true,
        phaseIn: 1,
        priceStep: 100,
        rounding: "half-up",
        capAtMaximum: true,
      }),
      serviceLists: list(serviceList).default([]),
      analysis: analysisSchema.optional(),
    },
    expect("object"),
  )
  .meta({ title: "costplan model", description: "A healthcare IT programme: facilities, cost items, funding, savings and scenarios." });

/**
 * A large table kept in a CSV or Parquet file beside the model, in place of the list (or the
 * usage) written out: `{ "file": "services-2025.parquet" }`, its path relative to the model
 * file. The command line reads it (a national model's 5.1 million services are no JSON string);
 * the JSON Schema lets editors accept it where the command line does.
 */
export const tableReferenceSchema = z
  .strictObject({ file: z.string(expect("tableFile")).regex(/\.([cC][sS][vV]|[pP][aA][rR][qQ][uU][eE][tT])$/, expect("tableFile")) }, expect("object"))
  .meta({
    title: "table file",
    description:
      'A CSV or Parquet file beside the model that holds this table, e.g. { "file": "services.parquet" }: one row per entry, a column per field ' +
      '(see the README, "Large tables in CSV or Parquet").',
  });
// Spelled out letter by letter rather than with the `i` flag, which a JSON Schema pattern cannot carry.
const orTable = <T extends z.ZodType>(inline: T, description: string) => z.union([inline, tableReferenceSchema]).meta({ description });

/**
 * The model document as a file may write it: the schema of {@link modelSchema}, except that the
 * services of a price list, and a facility's cost centres and usage, may each be a table file
 * ({@link tableReferenceSchema}). For the published JSON Schema; the command line reads the
 * tables in before validating with {@link modelSchema}.
 */
export const modelDocumentSchema = modelSchema.extend({
  facilities: list(
    facility.extend({
      costCentres: costCentres
        .extend({
          centres: orTable(
            costCentres.shape.centres,
            "The cost centres: a list, or a table file with columns id, name, kind, directCost (and facility, when the file holds several).",
          ),
          usage: orTable(
            costCentres.shape.usage,
            "Allocation bases: usage[support][centre], or a table file in long form with columns support, centre, value (and facility, when the " +
              "file holds several).",
          ),
        })
        .meta({ description: "The facility's cost centres, their direct costs and allocation bases; EMR cost is allocated through them." })
        .optional(),
    }),
  ).min(1, expect("list")),
  serviceLists: list(
    serviceList.extend({
      services: orTable(
        serviceList.shape.services,
        "The services: a list, or a table file with a column per field (cost elements as columns personnel, direct, ...; and list, when the file " +
          "holds several lists).",
      ),
    }),
  ).default([]),
});

/** A price list's rows, without the list's own length check: for a list checked apart from the rest of its document. */
export const serviceRowsSchema = serviceRows;

/** One price-list service row's schema: the reference the hand-written row check is tested against. */
export const serviceSchema = service;

/**
 * The model schema with the service rows left unchecked (the lists still checked), for a
 * document whose rows the hand-written check has accepted: `model/service-rows.ts`.
 */
export const modelSchemaWithoutServiceRows = modelSchema.extend({
  serviceLists: list(serviceList.extend({ services: z.array(z.unknown(), expect("list")).min(1, expect("list")) })).default([]),
});

/** A model document as written (defaults not yet applied). */
export type ModelInput = z.input<typeof modelSchema>;
/** A validated model with defaults applied. */
export type Model = z.output<typeof modelSchema>;
export type Programme = Model["programme"];
export type Facility = Model["facilities"][number];
export type CostCentres = NonNullable<Facility["costCentres"]>;
export type Pool = Model["pools"][number];
export type FundingSource = Model["fundingSources"][number];
export type CostItem = Model["costItems"][number];
export type CapitalItem = Extract<CostItem, { nature: "capital" }>;
export type RecurringItem = Extract<CostItem, { nature: "recurring" }>;
export type OneOffItem = Extract<CostItem, { nature: "one-off" }>;
export type Saving = Model["savings"][number];
export type Scenario = Model["scenarios"][number];
export type PricingOptions = Model["pricing"];
export type ServiceList = Model["serviceLists"][number];
export type Service = ServiceList["services"][number];
