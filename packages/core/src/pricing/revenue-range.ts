import { problem, type Problem } from "../model/problem.js";
import type { Model } from "../model/schema.js";
import { listFor } from "./facility-prices.js";

/**
 * Half the exact range: the price table and the payers add current revenue (price x volume over
 * every facility of a class), proposed revenue (at most current revenue, one price step per
 * service and the EMR cost, which the budget's own check bounds by the programme total) and the
 * increase. Current revenue with a step per service within half the range leaves the other half
 * for the EMR cost, so every such sum stays exact.
 */
export const REVENUE_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 2); // 4,503,599,627,370,495, as the message writes it

/**
 * The first service at which the revenue of the model's priced services, (current price + price
 * step) x volume summed over every facility that prices it, passes {@link REVENUE_LIMIT}: past it
 * a class's revenue would no longer be a whole number a double holds, and the price table would
 * print it rounded. Linear in the services; real models are below the limit by orders of magnitude
 * (all of Vietnam's insured services are about 10^14 đồng a year).
 */
export function revenueRangeProblem(model: Model): Problem | undefined {
  const step = model.pricing.priceStep;
  const listIndex = new Map(model.serviceLists.map((list, i) => [list, i] as const));
  let revenue = 0;
  for (const facility of model.facilities) {
    const list = listFor(model, facility);
    if (list === undefined) continue;
    const services = list.services;
    for (let j = 0; j < services.length; j += 1) {
      const s = services[j]!;
      const volume = s.volume ?? Math.round((s.volumePerBed ?? 0) * (facility.beds ?? 0));
      revenue += (s.currentPrice + step) * volume;
      if (!(revenue <= REVENUE_LIMIT)) {
        const path = `$.serviceLists[${listIndex.get(list)!}].services[${j}]`;
        return problem(path, "amount-revenue-beyond-exact-range", { code: s.code, facility: facility.id });
      }
    }
  }
  return undefined;
}
