import { problem, type Problem } from "../model/problem.js";
import type { Facility, Model, Service, ServiceList } from "../model/schema.js";
import { listFor } from "./facility-prices.js";

/**
 * Half the exact range: a row of the price table adds, over the facilities of a hospital class,
 * each facility's current revenue of one service (price x volume) and its proposed revenue (at most
 * the current revenue, one price step a service and the facility's EMR cost, which the budget's own
 * check bounds by the programme total). Current revenue with a step within half the range leaves the
 * other half for the EMR cost, so every such sum stays exact.
 */
export const REVENUE_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 2); // 4,503,599,627,370,495, as the message writes it

/**
 * The first service whose revenue over the facilities of its price-table row, (current price +
 * price step) x volume summed over the facilities of a class (or one facility without a class),
 * passes {@link REVENUE_LIMIT}: past it the row's revenue would no longer be a whole number a
 * double holds, and the table would print it rounded. Real models are orders of magnitude below
 * it, so a bound comes first (the sum over a class of each facility's largest service revenue,
 * one pass with no lookups); only a model past that bound is checked row by row.
 */
export function revenueRangeProblem(model: Model): Problem | undefined {
  const priced = pricedFacilities(model);
  const bound = new Map<string, number>();
  for (const { facility, list } of priced) {
    let largest = 0;
    for (const s of list.services) largest = Math.max(largest, revenueOf(s, facility, model.pricing.priceStep));
    const label = rowLabel(facility);
    bound.set(label, (bound.get(label) ?? 0) + largest);
  }
  if ([...bound.values()].every((sum) => sum <= REVENUE_LIMIT)) return undefined;
  return rowProblem(model, priced);
}

interface PricedFacility {
  readonly facility: Facility;
  readonly list: ServiceList;
}

function pricedFacilities(model: Model): PricedFacility[] {
  return model.facilities.flatMap((facility) => {
    const list = listFor(model, facility);
    return list === undefined ? [] : [{ facility, list }];
  });
}

/** The row by row check: the first service, in facility order, at which its row's sum passes the limit. */
function rowProblem(model: Model, priced: readonly PricedFacility[]): Problem | undefined {
  const listIndex = new Map(model.serviceLists.map((list, i) => [list, i] as const));
  const rows = new Map<string, Map<string, number>>();
  for (const { facility, list } of priced) {
    const label = rowLabel(facility);
    let byCode = rows.get(label);
    if (byCode === undefined) {
      byCode = new Map();
      rows.set(label, byCode);
    }
    for (let j = 0; j < list.services.length; j += 1) {
      const s = list.services[j]!;
      const sum = (byCode.get(s.code) ?? 0) + revenueOf(s, facility, model.pricing.priceStep);
      byCode.set(s.code, sum);
      if (!(sum <= REVENUE_LIMIT)) {
        return problem(`$.serviceLists[${listIndex.get(list)!}].services[${j}]`, "amount-revenue-beyond-exact-range", {
          code: s.code,
          facility: facility.id,
          row: facility.class ?? facility.id,
        });
      }
    }
  }
  return undefined;
}

/** A price-table row groups a class, or a facility without one (the same key price-table.ts uses). */
function rowLabel(facility: Facility): string {
  return facility.class ?? `\u0001${facility.id}`;
}

function revenueOf(s: Service, facility: Facility, step: number): number {
  const volume = s.volume ?? Math.round((s.volumePerBed ?? 0) * (facility.beds ?? 0));
  return (s.currentPrice + step) * volume;
}
