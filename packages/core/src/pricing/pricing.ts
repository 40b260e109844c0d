import { idRecord } from "../internal/id-record.js";
import type { ItemFlows } from "../budget/item-flows.js";
import type { CompiledCentres } from "../costing/centre-allocation.js";
import type { Model, PricingOptions } from "../model/schema.js";
import { priceEntries, type PriceEntry } from "./entries.js";
import { classBasisReport, type ClassBasis } from "./class-basis.js";
import { classPools } from "./class-pool.js";
import { costFacilities, priceCosted, type CostedFacility, type FacilityPrices, type FacilityPriceYear } from "./facility-prices.js";
import { lastRecoveryYear } from "./recoverable.js";

/** Who pays for the proposal: the insurance fund and patients, by year and facility. */
export interface Payers {
  readonly byYear: Readonly<
    Record<
      string,
      {
        readonly increase: number;
        readonly fund: number;
        readonly patients: number;
        readonly recoverable: number;
        readonly recovered: number;
        readonly unrecoveredByCap: number;
        readonly roundingDifference: number;
        readonly unassigned: number;
      }
    >
  >;
  readonly byFacility: Readonly<
    Record<
      string,
      {
        readonly byYear: Readonly<Record<string, FacilityPriceYear>>;
        readonly breakEvenYear: number | null;
        readonly totalOutlay: number;
        readonly totalRecovered: number;
      }
    >
  >;
}

/** The pricing part of a run. */
export interface PricingResult {
  readonly options: PricingOptions;
  /** Years of the price schedule: the programme years, extended until every cost is recovered. */
  readonly years: readonly number[];
  readonly priceYear: number;
  /** Every priced facility's services as columns: the per-service detail, whatever its size. */
  readonly facilities: readonly FacilityPrices[];
  readonly payers: Payers;
  /** On the class basis only: what each facility's uniform class prices recover against its own cost. */
  readonly classBasis?: ClassBasis;
}

/** Every priced facility's services with the EMR cost each carries, over the pricing years: what both price bases start from. */
export interface ModelCosting {
  readonly years: readonly number[];
  readonly costed: readonly CostedFacility[];
}

/**
 * The EMR cost each service of each priced facility carries, year by year (pricing steps 1-3).
 * It reads no option of the price basis, so runs on both bases can share it.
 */
export function costModel(model: Model, flows: readonly ItemFlows[], centres: CompiledCentres): ModelCosting {
  const first = model.programme.firstYear;
  const last = lastRecoveryYear(model, flows);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { years, costed: costFacilities(model, model.facilities, flows, years, centres) };
}

/**
 * Builds EMR cost into the price of every listed service at every facility with a price
 * list, for every pricing year, and totals the effect on the insurance fund and patients.
 * On the class basis every facility's services are costed first, then priced from their
 * class's pools, and the class report says who gains and who loses.
 */
export function priceModel(
  model: Model,
  flows: readonly ItemFlows[],
  centres: CompiledCentres,
  costing: ModelCosting = costModel(model, flows, centres),
): PricingResult {
  return pricingOf(model, costing);
}

/**
 * {@link priceModel} from the costed facilities; on the facility basis each facility's prices may
 * come already made (`priced`, aligned with `costing.costed`: from worker threads, say).
 */
export function pricingOf(model: Model, costing: ModelCosting, priced?: readonly FacilityPrices[]): PricingResult {
  const { years, costed } = costing;
  const priceYear = model.pricing.year ?? model.programme.lastYear;
  const pooled = model.pricing.basis === "class" ? classPools(costed, years.length) : undefined;
  const facilities = pooled === undefined && priced !== undefined ? priced : costed.map((c, k) => priceCosted(model, c, years, pooled?.bases[k]));

  const byYear: Record<string, Payers["byYear"][string]> = {};
  for (const year of years) {
    const rows = facilities.map((f) => f.byYear[String(year)]!);
    const sum = (pick: (r: FacilityPriceYear) => number): number => rows.reduce((a, r) => a + pick(r), 0);
    byYear[String(year)] = {
      increase: sum((r) => r.recovered),
      fund: sum((r) => r.fund),
      patients: sum((r) => r.patients),
      recoverable: sum((r) => r.recoverable),
      recovered: sum((r) => r.recovered),
      unrecoveredByCap: sum((r) => r.unrecoveredByCap),
      roundingDifference: sum((r) => r.roundingDifference),
      unassigned: sum((r) => r.unassigned),
    };
  }
  const byFacility = idRecord<Payers["byFacility"][string]>();
  for (const f of facilities)
    byFacility[f.facility.id] = { byYear: f.byYear, breakEvenYear: f.breakEvenYear, totalOutlay: f.totalOutlay, totalRecovered: f.totalRecovered };
  const payers = { byYear, byFacility };
  if (pooled === undefined) return { options: model.pricing, years, priceYear, facilities, payers };
  return { options: model.pricing, years, priceYear, facilities, payers, classBasis: classBasisReport(pooled.pools, facilities, years, model.pricing) };
}

/**
 * The per-service price entries of every priced facility for the price year (the `prices` of
 * a run), built from the columns: for a run made with `detail: false` whose entries are wanted after all.
 *
 * @example allPriceEntries(runPipeline(model, { detail: false }).servicePrices).length // 279 for Bac Ninh
 */
export function allPriceEntries(pricing: Pick<PricingResult, "facilities" | "priceYear">): PriceEntry[] {
  return pricing.facilities.flatMap((f) => priceEntries(f, pricing.priceYear));
}
