import type { Dec, DecimalInput } from "../internal/decimal.js";
import { fail, finite, num } from "./error.js";

/**
 * Straight-line depreciation of an asset for one period, like Excel's `SLN`.
 *
 * Like Excel, SLN checks nothing but the division: a salvage above cost or a negative life
 * gives a negative depreciation rather than an error.
 *
 * @param cost - The initial cost of the asset.
 * @param salvage - The value at the end of the depreciation.
 * @param life - The number of periods over which the asset is depreciated.
 * @returns `(cost - salvage) / life`.
 * @throws {@link FinancialFunctionError} `#DIV/0!` when `life` is 0; `#VALUE!` when an argument is not a number.
 *
 * @example
 * sln(30000, 7500, 10).toString(); // "2250"
 */
export function sln(cost: DecimalInput, salvage: DecimalInput, life: DecimalInput): Dec {
  const c = num("SLN", "cost", cost);
  const s = num("SLN", "salvage", salvage);
  const n = num("SLN", "life", life);
  if (n.isZero()) fail("#DIV/0!", "SLN", "finance-not-zero", { name: "life" });
  return finite("SLN", c.minus(s).div(n));
}
