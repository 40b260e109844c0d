import type { Dec, DecimalInput } from "../internal/decimal.js";
import { fail, finite, num } from "./error.js";

/**
 * Sum-of-years' digits depreciation of an asset for period `per`, like Excel's `SYD`.
 *
 * @param cost - The initial cost of the asset.
 * @param salvage - The value at the end of the depreciation.
 * @param life - The number of periods over which the asset is depreciated; greater than 0.
 * @param per - The period, in the same unit as `life`; greater than 0 and at most `life`
 *   (a fraction is allowed, as in Excel).
 * @returns `(cost - salvage) * (life - per + 1) * 2 / (life * (life + 1))`.
 * @throws {@link FinancialFunctionError} `#NUM!` when `life` <= 0 or `per` is outside (0, life];
 *   `#VALUE!` when an argument is not a number.
 *
 * @example
 * syd(300000, 75000, 10, 1).toFixed(2); // "40909.09"
 * syd(300000, 75000, 10, 10).toFixed(2); // "4090.91"
 */
export function syd(cost: DecimalInput, salvage: DecimalInput, life: DecimalInput, per: DecimalInput): Dec {
  const c = num("SYD", "cost", cost);
  const s = num("SYD", "salvage", salvage);
  const n = num("SYD", "life", life);
  const p = num("SYD", "per", per);
  if (n.lte(0)) fail("#NUM!", "SYD", "finance-greater-than", { name: "life", bound: 0, value: n.toString() });
  // Excel answers #NUM! outside the asset's life; LibreOffice extrapolates the formula instead.
  if (p.lte(0) || p.gt(n)) {
    fail("#NUM!", "SYD", "finance-in-life", { name: "per", limit: n.toString(), value: p.toString() });
  }
  return finite(
    "SYD",
    c
      .minus(s)
      .times(n.minus(p).plus(1))
      .times(2)
      .div(n.times(n.plus(1))),
  );
}
