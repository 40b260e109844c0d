import type { ItemFlows } from "../budget/item-flows.js";
import { Dec } from "../internal/decimal.js";
import type { Model, PricingOptions } from "../model/schema.js";
import { priceFacility, type FacilityPriceYear, type FacilityPrices, type ServicePrice, type ServiceYear } from "./prices.js";
import { lastRecoveryYear } from "./recoverable.js";

/** Cost elements of one unit in the structure of Law 15/2023/QH15 Art. 110, as decimal strings. */
export interface PriceStructure {
  readonly personnel: string;
  readonly direct: string;
  readonly depreciation: string;
  readonly generalAdministrative: string;
  readonly accumulation: string;
}

/** One service's price proposal in the price year (the table's year), with every year beside it. */
export interface PriceEntry extends Omit<ServicePrice, "byYear" | "costElements"> {
  readonly year: number;
  readonly emrComponent: string;
  readonly proposedPrice: number;
  readonly increase: number;
  /** Increase over the current price, in per cent, as a decimal string with 2 places. */
  readonly increasePct: string;
  readonly fundImpact: number;
  readonly patientImpact: number;
  readonly capped: boolean;
  readonly unrecovered: number;
  /** The EMR component split into Art. 110 elements: capital costs are depreciation, running costs are general & administrative (IT). */
  readonly structure: {
    readonly current: PriceStructure | undefined;
    readonly emr: { readonly depreciation: string; readonly generalAdministrative: string };
    readonly proposed: PriceStructure | undefined;
  };
  readonly byYear: Readonly<Record<string, ServiceYear>>;
}

/** Who pays for the proposal: the insurance fund and patients, by year and facility. */
export interface Payers {
  readonly byYear: Readonly<Record<string, { readonly increase: number; readonly fund: number; readonly patients: number; readonly recoverable: number; readonly recovered: number; readonly unrecoveredByCap: number; readonly roundingDifference: number; readonly unassigned: number }>>;
  readonly byFacility: Readonly<Record<string, { readonly byYear: Readonly<Record<string, FacilityPriceYear>>; readonly breakEvenYear: number | null; readonly totalOutlay: number; readonly totalRecovered: number }>>;
}

/** The pricing part of a run. */
export interface PricingResult {
  readonly options: PricingOptions;
  /** Years of the price schedule: the programme years, extended until every cost is recovered. */
  readonly years: readonly number[];
  readonly priceYear: number;
  readonly prices: readonly PriceEntry[];
  readonly payers: Payers;
}

/**
 * Builds EMR cost into the price of every listed service at every facility with a price
 * list, for every pricing year, and totals the effect on the insurance fund and patients.
 */
export function priceModel(model: Model, flows: readonly ItemFlows[]): PricingResult {
  const first = model.programme.firstYear;
  const last = lastRecoveryYear(model, flows);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const priceYear = model.pricing.year ?? model.programme.lastYear;
  const facilities = model.facilities.flatMap((f) => priceFacility(model, f, flows, years) ?? []);

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
  const byFacility: Record<string, Payers["byFacility"][string]> = {};
  for (const f of facilities) byFacility[f.facility] = { byYear: f.byYear, breakEvenYear: f.breakEvenYear, totalOutlay: f.totalOutlay, totalRecovered: f.totalRecovered };

  return { options: model.pricing, years, priceYear, prices: facilities.flatMap((f: FacilityPrices) => f.services.map((s) => entry(s, priceYear))), payers: { byYear, byFacility } };
}

function entry(s: ServicePrice, year: number): PriceEntry {
  const y = s.byYear[String(year)]!;
  const perUnit = (amount: number): string => (s.volume > 0 ? new Dec(amount).div(s.volume).toDecimalPlaces(6).toString() : "0");
  const emr = { depreciation: perUnit(y.emrCapital), generalAdministrative: perUnit(y.emrRunning) };
  const e = s.costElements;
  const current: PriceStructure | undefined =
    e === undefined ? undefined : { personnel: String(e.personnel), direct: String(e.direct), depreciation: String(e.depreciation), generalAdministrative: String(e.generalAdministrative), accumulation: String(e.accumulation) };
  const proposed: PriceStructure | undefined =
    current === undefined
      ? undefined
      : { ...current, depreciation: new Dec(current.depreciation).plus(emr.depreciation).toString(), generalAdministrative: new Dec(current.generalAdministrative).plus(emr.generalAdministrative).toString() };
  const { byYear, costElements, ...identity } = s;
  return {
    ...identity,
    year,
    emrComponent: y.emrComponent,
    proposedPrice: y.proposedPrice,
    increase: y.increase,
    increasePct: s.currentPrice > 0 ? new Dec(y.increase).mul(100).div(s.currentPrice).toDecimalPlaces(2).toFixed(2) : "0.00",
    fundImpact: y.fund,
    patientImpact: y.patients,
    capped: y.capped,
    unrecovered: y.unrecovered,
    structure: { current, emr, proposed },
    byYear,
  };
}
