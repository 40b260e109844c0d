import { Dec } from "../internal/decimal.js";
import { divRound, SAFE_PRODUCT } from "../money/integer.js";
import { roundToStep } from "../money/rounding.js";
import type { PricingOptions } from "../model/schema.js";
import type { ListedServices } from "./listed-services.js";
import type { ServiceCost } from "./service-costing.js";

/**
 * The EMR cost and volume a service's component is taken from, by service and year (cost: row
 * i*years + t; volume: row i): the facility's own on the facility basis, its class's pool on the
 * class basis.
 */
export interface ComponentBase {
  readonly cost: Float64Array;
  /** Of `cost`, the capital costs (depreciation or equivalent annual cost); the rest is running cost. */
  readonly capital: Float64Array;
  readonly volume: Float64Array;
}

/** Proposed prices by service and year (row i*years + t), and what rounding and caps did to them. */
export interface ServicePrices {
  /** Current price + EMR component, rounded to the price step, capped at the maximum. */
  readonly proposed: Float64Array;
  /** (rounded - current) x volume - EMR cost: what the price step's rounding adds, before any cap. */
  readonly roundingDifference: Float64Array;
  /** (rounded - proposed) x volume: EMR cost left unrecovered because the price was capped. */
  readonly unrecovered: Float64Array;
  readonly capped: Uint8Array;
  /** The pool the component came from, on the class basis; absent on the facility basis (the facility's own cost and volume). */
  readonly pool?: ComponentBase;
}

/**
 * The proposed price of every service in every year: current price + EMR cost / volume,
 * rounded to the price step by the chosen mode and capped at the service's maximum when
 * capping is on. The rounding is exact: (current x volume + EMR cost) / (volume x step) is
 * rounded as a ratio of whole numbers, as decimal.js would round the decimal quotient.
 * With a pool (the class basis) the component is the pool's cost over the pool's volume, so
 * every facility of the pool gets the same price; the rounding difference stays the
 * facility's own, (rounded - current) x its volume - its EMR cost, so that a facility's
 * revenue is still its cost + rounding - what caps cut.
 */
export function priceServices(listed: ListedServices, cost: ServiceCost, years: number, options: PricingOptions, pool?: ComponentBase): ServicePrices {
  const n = listed.services.length;
  const proposed = new Float64Array(n * years);
  const roundingDifference = new Float64Array(n * years);
  const unrecovered = new Float64Array(n * years);
  const capped = new Uint8Array(n * years);
  const step = options.priceStep;
  for (let i = 0; i < n; i += 1) {
    const volume = listed.volume[i]!;
    const current = listed.currentPrice[i]!;
    const maxPrice = listed.maxPrice[i]!;
    const cap = options.capAtMaximum && !Number.isNaN(maxPrice) ? maxPrice : undefined;
    for (let t = 0; t < years; t += 1) {
      const row = i * years + t;
      const emrCost = cost.emrCapital[row]! + cost.emrRunning[row]!;
      const baseCost = pool === undefined ? emrCost : pool.cost[row]!;
      const baseVolume = pool === undefined ? volume : pool.volume[i]!;
      // proposedPrice, inlined: no result object per service and year.
      const rounded = baseVolume > 0 ? roundedPrice(current, baseCost, baseVolume, step, options.rounding) : current;
      const isCapped = cap !== undefined && rounded > cap;
      const price = isCapped ? cap : rounded;
      proposed[row] = price;
      capped[row] = isCapped ? 1 : 0;
      // `+ 0` turns the -0 of a negative difference times a zero volume into 0.
      roundingDifference[row] = (rounded - current) * volume - emrCost + 0;
      unrecovered[row] = (rounded - price) * volume + 0;
    }
  }
  return pool === undefined ? { proposed, roundingDifference, unrecovered, capped } : { proposed, roundingDifference, unrecovered, capped, pool };
}

/**
 * One proposed price: current + cost / volume rounded to the step (the current price when there
 * is no volume), then capped. The one rule for the facility basis and the class pools alike.
 */
export function proposedPrice(
  current: number,
  cost: number,
  volume: number,
  cap: number | undefined,
  step: number,
  mode: PricingOptions["rounding"],
): { readonly rounded: number; readonly price: number; readonly isCapped: boolean } {
  const rounded = volume > 0 ? roundedPrice(current, cost, volume, step, mode) : current;
  const isCapped = cap !== undefined && rounded > cap;
  return { rounded, price: isCapped ? cap : rounded, isCapped };
}

function roundedPrice(current: number, emrCost: number, volume: number, step: number, mode: PricingOptions["rounding"]): number {
  const numerator = current * volume + emrCost;
  const denominator = volume * step;
  if (step > 0 && Math.abs(current * volume) < SAFE_PRODUCT && Math.abs(numerator) < SAFE_PRODUCT && denominator < SAFE_PRODUCT) {
    return divRound(numerator, denominator, mode) * step;
  }
  return roundToStep(new Dec(current).plus(new Dec(emrCost).div(volume)), step, mode).toNumber();
}
