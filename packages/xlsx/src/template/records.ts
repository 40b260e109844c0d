import type { Model } from "@costplan/core";
import { PRICING, PROGRAMME, type TABLES } from "../layout.js";
import { formatBases } from "./cell-values.js";
import { fundingCell, fundingShareRows } from "./funding-shares.js";
import { analysisRows } from "./analysis-rows.js";

/** The key of a table sheet in the layout. */
export type TableKey = keyof typeof TABLES;

/** The table sheets in the order they follow the Programme sheet; then come Pricing, Scenarios and Analysis. */
export const TABLES_BEFORE_PRICING: readonly TableKey[] = [
  "priceIndex",
  "fundingSources",
  "facilities",
  "pools",
  "costItems",
  "fundingShares",
  "savings",
  "centreSettings",
  "centres",
  "usage",
  "serviceLists",
  "services",
];

/** One row of a sheet: model values by column key, before they become cell values. */
export type Row = Readonly<Record<string, unknown>>;

/** A model laid out as the input sheets hold it. */
export interface SheetRecords {
  readonly programme: Row;
  readonly pricing: Row;
  readonly tables: Readonly<Record<TableKey, readonly Row[]>>;
}

/**
 * Flattens a model into sheet rows: the programme's nested fields under dotted keys,
 * the price index as rows, funding shares as rows of their own, cost centres into settings, centres and usage rows,
 * services with their cost elements as columns, and one row per scenario override.
 */
export function recordsOf(model: Model): SheetRecords {
  const { priceIndex, ...programme } = model.programme;
  const withCentres = model.facilities.flatMap((f) => (f.costCentres === undefined ? [] : [{ facility: f.id, centres: f.costCentres }]));
  return {
    programme: dotted(
      programme,
      PROGRAMME.fields.map((f) => f.key),
    ),
    pricing: dotted(
      model.pricing,
      PRICING.fields.map((f) => f.key),
    ),
    tables: {
      priceIndex: Object.entries(priceIndex ?? {}).map(([year, value]) => ({ year: Number(year), value })),
      fundingSources: model.fundingSources,
      facilities: model.facilities.map(({ costCentres, ...facility }) => facility),
      pools: model.pools,
      costItems: model.costItems.map((item) => ({ ...item, funding: fundingCell(item.funding) })),
      fundingShares: fundingShareRows(model.costItems),
      savings: model.savings,
      centreSettings: withCentres.map(({ facility, centres: { centres, usage, bases, ...settings } }) => ({
        facility,
        ...settings,
        bases: bases === undefined ? undefined : formatBases(inCentreOrder(centres, bases)),
      })),
      centres: withCentres.flatMap(({ facility, centres }) => centres.centres.map((centre) => ({ facility, ...centre }))),
      usage: withCentres.flatMap(({ facility, centres }) =>
        inCentreOrder(centres.centres, centres.usage).flatMap(([support, uses]) =>
          inCentreOrder(centres.centres, uses).map(([receiver, value]) => ({ facility, support, receiver, value })),
        ),
      ),
      serviceLists: model.serviceLists.map(({ services, ...list }) => list),
      services: model.serviceLists.flatMap((list) => list.services.map(({ costElements, ...service }) => ({ list: list.id, ...service, ...costElements }))),
      scenarios: model.scenarios.flatMap((scenario): Row[] => {
        const overrides = Object.entries(scenario.overrides);
        const head = {
          name: scenario.name,
          description: scenario.description,
          descriptionEn: scenario.descriptions?.en,
          descriptionVi: scenario.descriptions?.vi,
          reason: scenario.reason,
        };
        // A scenario without overrides still needs its row, with path and value left empty.
        if (overrides.length === 0) return [head];
        return overrides.map(([path, value], i) => ({ ...(i === 0 ? head : { name: scenario.name }), path, value }));
      }),
      analysis: analysisRows(model),
    },
  };
}

/**
 * A record keyed by centre id, in the order of the facility's centres (ids it does not list
 * last, by id): the key order of the model file is not data, and the same model must give the
 * same workbook bytes however its keys were written (the determinism test found usage rows and
 * bases following the file's key order).
 */
function inCentreOrder<T>(centres: readonly { readonly id: string }[], record: Readonly<Record<string, T>>): [string, T][] {
  const position = new Map(centres.map((c, i) => [c.id, i]));
  const rank = (id: string): number => position.get(id) ?? centres.length;
  return Object.entries(record).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Picks nested fields by dotted key (`target.units`). */
function dotted(source: object, keys: readonly string[]): Row {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    let node: unknown = source;
    for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    out[key] = node;
  }
  return out;
}
