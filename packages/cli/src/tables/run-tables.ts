import { serviceYear, type PipelineOutput, type RunResult } from "@costplan/core";
import type { Cell, Column, ColumnType, Table } from "./table.js";

// The one module that knows the shape of a run result's per-service detail: the JSON's detail
// switch and the --out tables read it only through these functions, so when core builds
// `prices` another way (from columns, lazily) only this file changes.

const MONEY = "whole minor units of the currency (đồng for VND)";
const col = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });

/** How many service entries (service x facility) a run has: what the JSON's detail limit counts. */
export function serviceEntryCount(servicePrices: PipelineOutput["servicePrices"]): number {
  return servicePrices.facilities.reduce((n, f) => n + f.listed.services.length, 0);
}

const PRICE_COLUMNS: readonly Column[] = [
  col("facility", "VARCHAR", "facility id"),
  col("class", "VARCHAR", "hospital class of the facility's price list; empty when the list is the facility's own"),
  col("list", "VARCHAR", "service list id"),
  col("code", "VARCHAR", "service code"),
  col("name", "VARCHAR", "service name"),
  col("category", "VARCHAR", "examination, bed-day, technical or test"),
  col("centre", "VARCHAR", "operating cost centre that provides the service; empty without cost centres"),
  col("year", "INTEGER", "pricing year"),
  col("volume", "BIGINT", "services a year at the facility"),
  col("currentPrice", "BIGINT", `current price of one service, in ${MONEY}`),
  col("emrCost", "BIGINT", `EMR cost the service carries in the year (its share of its centre's cost by volume x weight), in ${MONEY}`),
  col("emrCapital", "BIGINT", `of emrCost, capital costs (depreciation or equivalent annual cost), in ${MONEY}`),
  col("emrRunning", "BIGINT", `of emrCost, running costs, in ${MONEY}`),
  col("emrComponent", "DECIMAL(18,6)", `EMR component of one service, emrCost / volume, exact to 6 places, in ${MONEY}`),
  col("proposedPrice", "BIGINT", `current price + EMR component, rounded to the price step and capped, in ${MONEY}`),
  col("increase", "BIGINT", `proposedPrice - currentPrice, per service, in ${MONEY}`),
  col("fund", "BIGINT", `the year's increase x volume paid by the insurance fund, in ${MONEY}`),
  col("patients", "BIGINT", `the year's increase x volume paid by patients, in ${MONEY}`),
  col("capped", "BOOLEAN", "true when the proposed price was capped at the regulatory maximum"),
  col("unrecovered", "BIGINT", `EMR cost left unrecovered over the year because of the cap, in ${MONEY}`),
  col("totalIncrease", "BIGINT", `increase x volume over the year = fund + patients, in ${MONEY}`),
  col("roundingDifference", "BIGINT", `what rounding to the price step adds over the year, before any cap, in ${MONEY}`),
  col("weight", "DOUBLE", "relative weight of the service within its centre"),
  col("insuredShare", "DOUBLE", "share of the volume used by insured patients"),
  col("coverage", "DOUBLE", "share of an insured patient's price the fund pays"),
  col("maxPrice", "BIGINT", `regulatory maximum price; empty when none, in ${MONEY}`),
];

// Rows come straight from the facilities' columns, one short-lived record at a time: the
// national detail never exists as one object graph.
function* priceRows(servicePrices: PipelineOutput["servicePrices"]): Generator<readonly Cell[]> {
  for (const f of servicePrices.facilities) {
    const list = f.listed.list;
    for (let i = 0; i < f.listed.services.length; i += 1) {
      const s = f.listed.services[i]!;
      const centre = f.listed.centre[i]!;
      const volume = f.listed.volume[i]!;
      const insuredShare = s.insuredShare ?? list.insuredShare;
      const coverage = s.coverage ?? list.coverage;
      for (let t = 0; t < f.years.length; t += 1) {
        const y = serviceYear(f, i, t);
        yield [
          f.facility.id,
          f.facility.class ?? null,
          list.id,
          s.code,
          s.name,
          s.category,
          centre === "" ? null : centre,
          f.years[t]!,
          volume,
          s.currentPrice,
          y.emrCost,
          y.emrCapital,
          y.emrRunning,
          y.emrComponent,
          y.proposedPrice,
          y.increase,
          y.fund,
          y.patients,
          y.capped,
          y.unrecovered,
          y.totalIncrease,
          y.roundingDifference,
          s.weight,
          insuredShare,
          coverage,
          s.maxPrice ?? null,
        ];
      }
    }
  }
}

function* flowRows(result: RunResult): Generator<readonly Cell[]> {
  for (const a of result.allocation) {
    for (const year of result.years) {
      for (const f of a.byYear[String(year)]?.flows ?? []) yield [a.facility, year, f.from, f.to, f.amount];
    }
  }
}

function* centreRows(result: RunResult): Generator<readonly Cell[]> {
  for (const a of result.allocation) {
    for (const year of result.years) {
      const y = a.byYear[String(year)];
      if (y === undefined) continue;
      for (const c of a.centres) {
        if (c.kind === "operating") yield [a.facility, year, c.id, c.kind, y.emr[c.id] ?? 0, y.full[c.id] ?? null];
        else yield [a.facility, year, c.id, c.kind, y.emrSupport[c.id] ?? 0, null];
      }
    }
  }
}

function* itemRows(result: RunResult): Generator<readonly Cell[]> {
  for (const item of result.items) {
    for (const year of result.years)
      yield [item.id, item.facility, item.category, item.nature, year, item.cash[String(year)] ?? 0, item.accrual[String(year)] ?? 0];
  }
}

const PAYER_FIELDS = [
  "recoverable",
  "assigned",
  "unassigned",
  "roundingDifference",
  "unrecoveredByCap",
  "recovered",
  "fund",
  "patients",
  "excludedStateBudget",
  "savingsOffset",
  "outlay",
] as const;

function* payerRows(result: RunResult): Generator<readonly Cell[]> {
  for (const [facility, f] of Object.entries(result.payers.byFacility)) {
    for (const year of result.pricing.years) {
      const y = f.byYear[String(year)];
      if (y !== undefined) yield [facility, year, ...PAYER_FIELDS.map((k) => y[k])];
    }
  }
}

/**
 * The tables `costplan run --out DIR` writes, each reading the result lazily: `prices` (one
 * row per service x facility x pricing year), `allocation_flows`, `allocation_centres`,
 * `budget_items` and `payers_facility_year`. Money is in whole minor units, as in the JSON.
 */
export function runTables({ result, servicePrices }: PipelineOutput): readonly Table[] {
  const lazy = (rows: (r: RunResult) => Generator<readonly Cell[]>): Iterable<readonly Cell[]> => ({ [Symbol.iterator]: () => rows(result) });
  return [
    {
      name: "prices",
      description: "one row per service, facility and pricing year: the EMR component, the proposed price and who pays the increase",
      columns: PRICE_COLUMNS,
      rows: { [Symbol.iterator]: () => priceRows(servicePrices) },
    },
    {
      name: "allocation_flows",
      description: "EMR cost (accrual) posted from one cost centre to another, per facility with cost centres and programme year",
      columns: [
        col("facility", "VARCHAR", "facility id"),
        col("year", "INTEGER", "programme year"),
        col("from", "VARCHAR", "support centre that allocates"),
        col("to", "VARCHAR", "centre that receives"),
        col("amount", "BIGINT", MONEY),
      ],
      rows: lazy(flowRows),
    },
    {
      name: "allocation_centres",
      description: "per facility with cost centres, programme year and centre: the EMR cost it carries and, for operating centres, its full cost",
      columns: [
        col("facility", "VARCHAR", "facility id"),
        col("year", "INTEGER", "programme year"),
        col("centre", "VARCHAR", "cost centre id"),
        col("kind", "VARCHAR", "support or operating"),
        col(
          "emr",
          "BIGINT",
          `EMR cost reaching an operating centre, or allocated by a support centre (reciprocal: its complete reciprocated cost), in ${MONEY}`,
        ),
        col("full", "BIGINT", `full cost of an operating centre (direct costs, support costs and EMR); empty for support centres, in ${MONEY}`),
      ],
      rows: lazy(centreRows),
    },
    {
      name: "budget_items",
      description: "what each cost item pays (cash) and expenses (accrual) in each programme year; every budget figure adds up these rows",
      columns: [
        col("item", "VARCHAR", "cost item id"),
        col("facility", "VARCHAR", "facility or pool id"),
        col("category", "VARCHAR", "cost category"),
        col("nature", "VARCHAR", "capital, recurring or one-off"),
        col("year", "INTEGER", "programme year"),
        col("cash", "BIGINT", `paid in the year, nominal, in ${MONEY}`),
        col("accrual", "BIGINT", `expensed in the year (depreciation, recurring, one-off), nominal, in ${MONEY}`),
      ],
      rows: lazy(itemRows),
    },
    {
      name: "payers_facility_year",
      description: "per facility with a price list and pricing year: the EMR cost to recover, what the price increases recover and who pays them",
      columns: [
        col("facility", "VARCHAR", "facility id"),
        col("year", "INTEGER", "pricing year"),
        col("recoverable", "BIGINT", `EMR cost to recover through prices (after exclusions, savings offset and phase-in), in ${MONEY}`),
        col("assigned", "BIGINT", `of it, what services carry, in ${MONEY}`),
        col("unassigned", "BIGINT", `cost reaching operating centres with no priced service, in ${MONEY}`),
        col("roundingDifference", "BIGINT", `what rounding to the price step adds, in ${MONEY}`),
        col("unrecoveredByCap", "BIGINT", `left unrecovered because of price caps, in ${MONEY}`),
        col("recovered", "BIGINT", `revenue from the price increases = fund + patients, in ${MONEY}`),
        col("fund", "BIGINT", `paid by the insurance fund, in ${MONEY}`),
        col("patients", "BIGINT", `paid by patients, in ${MONEY}`),
        col("excludedStateBudget", "BIGINT", `state-budget-funded cost left out of prices, in ${MONEY}`),
        col("savingsOffset", "BIGINT", `savings netted off, in ${MONEY}`),
        col("outlay", "BIGINT", `what the facility paid for the recoverable items, in ${MONEY}`),
      ],
      rows: lazy(payerRows),
    },
  ];
}
