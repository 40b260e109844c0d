import { postAllocation } from "../allocation/compiled.js";
import type { CompiledCentres } from "../costing/centre-allocation.js";
import type { ItemFlows } from "../budget/item-flows.js";
import type { Facility, Model, ServiceList } from "../model/schema.js";
import { listedServices, type ListedServices } from "./listed-services.js";
import { splitPayers, type PayerSplit } from "./payer-split.js";
import { priceServices, type ComponentBase, type ServicePrices } from "./price-services.js";
import { recoverableCost, type Recoverable } from "./recoverable.js";
import { costServices, type CentreCost, type ServiceCost } from "./service-costing.js";

/** A facility's EMR cost and its recovery through prices, in one year. */
export interface FacilityPriceYear {
  /** EMR cost to recover through prices (after exclusions, savings offset and phase-in). */
  readonly recoverable: number;
  /** Of it, what services carry: Σ emrCost = Σ EMR component x volume, exactly. */
  readonly assigned: number;
  /** Cost reaching operating centres that offer no priced service: not recovered through prices. */
  readonly unassigned: number;
  readonly roundingDifference: number;
  readonly unrecoveredByCap: number;
  /** Revenue from the price increases: Σ increase x volume = assigned + rounding - unrecovered by caps. */
  readonly recovered: number;
  readonly fund: number;
  readonly patients: number;
  readonly excludedStateBudget: number;
  readonly savingsOffset: number;
  /** What the facility paid for the recoverable items (less savings when they offset cost). */
  readonly outlay: number;
}

/** One facility's services priced over the pricing years: columns of services x years (row i*years + t). */
export interface FacilityPrices {
  readonly facility: Facility;
  readonly listed: ListedServices;
  readonly years: readonly number[];
  readonly cost: ServiceCost;
  readonly prices: ServicePrices;
  readonly payers: PayerSplit;
  readonly byYear: Readonly<Record<string, FacilityPriceYear>>;
  /** First year in which the cumulative revenue from the increases reaches the cumulative outlay; null if never within the pricing years. */
  readonly breakEvenYear: number | null;
  readonly totalOutlay: number;
  readonly totalRecovered: number;
}

/** The price list that applies to a facility: its own, else its hospital class's. */
export function listFor(model: Model, facility: Facility): ServiceList | undefined {
  return (
    model.serviceLists.find((l) => l.facility === facility.id) ??
    model.serviceLists.find((l) => l.facility === undefined && l.class !== undefined && l.class === facility.class)
  );
}

/** A facility's services with the EMR cost each carries: steps 1-3 of pricing, before any price is set. */
export interface CostedFacility {
  readonly facility: Facility;
  readonly listed: ListedServices;
  readonly recoverable: Recoverable;
  readonly cost: ServiceCost;
}

/**
 * Steps 1-3 of pricing one facility:
 * 1. the EMR cost it recovers through prices (after exclusions, savings and phase-in);
 * 2. that cost through its cost centres to its operating centres, capital and running apart;
 * 3. each centre's cost to its services by volume x weight (service costing).
 * Undefined for a facility with no price list.
 */
export function costFacility(
  model: Model,
  facility: Facility,
  flows: readonly ItemFlows[],
  years: readonly number[],
  centres: CompiledCentres,
): CostedFacility | undefined {
  const list = listFor(model, facility);
  if (list === undefined) return undefined;
  const listed = listedServices(facility, list);
  const recoverable = recoverableCost(model, facility, flows, years);
  const cost = costServices(listed, centreCosts(facility, recoverable, years.length, centres));
  return { facility, listed, recoverable, cost };
}

/**
 * {@link costFacility} for each of `facilities` that has a price list, in their order. The flows
 * are grouped by facility once, so each facility's costing reads its own items only (a model
 * of 56 facilities and 328 items would otherwise look at every item 56 times per run).
 */
export function costFacilities(
  model: Model,
  facilities: readonly Facility[],
  flows: readonly ItemFlows[],
  years: readonly number[],
  centres: CompiledCentres,
): CostedFacility[] {
  const own = new Map<string, ItemFlows[]>();
  for (const flow of flows) {
    const list = own.get(flow.item.facility);
    if (list === undefined) own.set(flow.item.facility, [flow]);
    else list.push(flow);
  }
  return facilities.flatMap((f) => costFacility(model, f, own.get(f.id) ?? [], years, centres) ?? []);
}

/**
 * Steps 4-6 of pricing one facility:
 * 4. the proposed prices: current + component (its own, or its pool's on the class basis), rounded to the price step, capped;
 * 5. the increases split between the insurance fund and patients;
 * 6. the year's totals and the break-even year.
 */
export function priceCosted(model: Model, costed: CostedFacility, years: readonly number[], pool?: ComponentBase): FacilityPrices {
  const { facility, listed, recoverable, cost } = costed;
  const prices = priceServices(listed, cost, years.length, model.pricing, pool);
  const payers = splitPayers(listed, prices.proposed, years, facility.id);
  const byYear = yearTotals(listed, recoverable, cost, prices, payers, years);
  return { facility, listed, years, cost, prices, payers, byYear, ...breakEven(byYear, years) };
}

/** Step 2: the recoverable cost at each centre, allocated to the operating centres (linear, so capital and running apart). */
function centreCosts(facility: Facility, recoverable: Recoverable, years: number, centres: CompiledCentres): CentreCost[] {
  const cc = facility.costCentres;
  if (cc === undefined) {
    const at = recoverable.atCentre.get("")!;
    return Array.from({ length: years }, (_, t) => ({ capital: new Map([["", at.capital[t]!]]), running: new Map([["", at.running[t]!]]) }));
  }
  const compiled = centres.get(facility.id)!;
  const operating = cc.centres.flatMap((c, i) => (c.kind === "operating" ? [i] : []));
  const at = cc.centres.map((c) => recoverable.atCentre.get(c.id)!);
  // Posting is a pure function of the cost vector, and a facility's vectors repeat: every year
  // past the recovery of its items is zero, and a straight-line item gives the same vector year
  // after year (Bac Ninh: 18 distinct vectors of 80). Each distinct one is posted once.
  const posted = new Map<string, Float64Array>();
  const reach = (kind: "capital" | "running", t: number): Map<string, number> => {
    const costs = at.map((a) => a[kind][t]!);
    const key = costs.join(",");
    let final = posted.get(key);
    if (final === undefined) {
      final = postAllocation(compiled, costs).final;
      posted.set(key, final);
    }
    return new Map(operating.map((i) => [cc.centres[i]!.id, final[i]!]));
  };
  return Array.from({ length: years }, (_, t) => ({ capital: reach("capital", t), running: reach("running", t) }));
}

/** Step 6a: the facility's figures for each year, summed over its services. */
function yearTotals(
  listed: ListedServices,
  recoverable: Recoverable,
  cost: ServiceCost,
  prices: ServicePrices,
  payers: PayerSplit,
  years: readonly number[],
): Record<string, FacilityPriceYear> {
  const n = listed.services.length;
  const y = years.length;
  // One pass over the services for every year at once (rows i*years + t lie side by side);
  // each year's sums still add its services in list order, so every total is the same.
  const assigned = new Float64Array(y);
  const rounding = new Float64Array(y);
  const unrecoveredByCap = new Float64Array(y);
  const recovered = new Float64Array(y);
  const fund = new Float64Array(y);
  const patients = new Float64Array(y);
  for (let i = 0; i < n; i += 1) {
    const current = listed.currentPrice[i]!;
    const volume = listed.volume[i]!;
    for (let t = 0; t < y; t += 1) {
      const row = i * y + t;
      assigned[t] = assigned[t]! + (cost.emrCapital[row]! + cost.emrRunning[row]!);
      rounding[t] = rounding[t]! + prices.roundingDifference[row]!;
      unrecoveredByCap[t] = unrecoveredByCap[t]! + prices.unrecovered[row]!;
      recovered[t] = recovered[t]! + ((prices.proposed[row]! - current) * volume + 0);
      fund[t] = fund[t]! + payers.fund[row]!;
      patients[t] = patients[t]! + payers.patients[row]!;
    }
  }
  const byYear: Record<string, FacilityPriceYear> = {};
  years.forEach((year, t) => {
    byYear[String(year)] = {
      recoverable: recoverable.total[t]!,
      assigned: assigned[t]!,
      unassigned: cost.unassigned[t]!,
      roundingDifference: rounding[t]!,
      unrecoveredByCap: unrecoveredByCap[t]!,
      recovered: recovered[t]!,
      fund: fund[t]!,
      patients: patients[t]!,
      excludedStateBudget: recoverable.excludedStateBudget[t]!,
      savingsOffset: recoverable.savingsOffset[t]!,
      outlay: recoverable.outlay[t]!,
    };
  });
  return byYear;
}

/** Step 6b: the first year the cumulative revenue from the increases covers the cumulative outlay. */
function breakEven(
  byYear: Readonly<Record<string, FacilityPriceYear>>,
  years: readonly number[],
): { breakEvenYear: number | null; totalOutlay: number; totalRecovered: number } {
  let totalOutlay = 0;
  let totalRecovered = 0;
  let breakEvenYear: number | null = null;
  for (const year of years) {
    totalOutlay += byYear[String(year)]!.outlay;
    totalRecovered += byYear[String(year)]!.recovered;
    if (breakEvenYear === null && totalOutlay > 0 && totalRecovered >= totalOutlay) breakEvenYear = year;
  }
  return { breakEvenYear, totalOutlay, totalRecovered };
}
