import { Dec } from "../internal/decimal.js";
import type { DecimalInput } from "../internal/decimal.js";
import { fail, finite, num, optionalNum } from "./error.js";

/**
 * Fixed-declining balance depreciation of an asset for one period, like Excel's `DB`.
 *
 * Excel's quirks, reproduced: the rate `1 - (salvage / cost) ^ (1 / life)` is rounded to
 * three decimals before use; the first period is prorated to `month / 12`; when the first
 * year is short (`month` < 12) the asset gets a period `life + 1` for the remaining
 * `(12 - month) / 12`. A fractional `period` counts as its whole part, and a period below 1
 * as the first period.
 *
 * @param cost - The initial cost of the asset; greater than 0.
 * @param salvage - The value at the end of the depreciation; 0 up to `cost`.
 * @param life - The number of periods over which the asset is depreciated; greater than 0.
 * @param period - The period, in the same unit as `life`; greater than 0 and at most `life`
 *   (at most `life + 1` when `month` < 12).
 * @param month - Months in the first year, 1 to 12 (a fraction counts as its whole part);
 *   omitted (`undefined` or `null`) means 12.
 * @returns The depreciation for `period`.
 * @throws {@link FinancialFunctionError} `#NUM!` when `cost` <= 0, `salvage` < 0, `salvage` > `cost`,
 *   `life` <= 0, `month` is outside 1..12, or `period` is out of range; `#VALUE!` when an
 *   argument is not a number.
 *
 * @example
 * db(1000000, 100000, 6, 1, 7).toFixed(2); // "186083.33"
 * db(1000000, 100000, 6, 7, 7).toFixed(2); // "15845.10" (the short last year)
 */
export function db(cost: DecimalInput, salvage: DecimalInput, life: DecimalInput, period: DecimalInput, month: DecimalInput | null = 12): Dec {
  const c = num("DB", "cost", cost);
  const s = num("DB", "salvage", salvage);
  const n = num("DB", "life", life);
  const p = num("DB", "period", period);
  const monthGiven = optionalNum("DB", "month", month, 12);
  const m = monthGiven.floor();

  if (m.lt(1) || m.gt(12)) fail("#NUM!", "DB", "finance-between", { name: "month", min: 1, max: 12, value: monthGiven.toString() });
  if (c.lte(0)) fail("#NUM!", "DB", "finance-greater-than", { name: "cost", bound: 0, value: c.toString() });
  if (s.lt(0)) fail("#NUM!", "DB", "finance-not-negative", { name: "salvage", value: s.toString() });
  if (s.gt(c)) fail("#NUM!", "DB", "finance-not-greater-than", { name: "salvage", value: s.toString(), other: "cost", otherValue: c.toString() });
  if (n.lte(0)) fail("#NUM!", "DB", "finance-greater-than", { name: "life", bound: 0, value: n.toString() });
  if (p.lte(0)) fail("#NUM!", "DB", "finance-greater-than", { name: "period", bound: 0, value: p.toString() });
  const shortFirstYear = m.lt(12);
  // Only a short first year leaves a remainder to depreciate in period life + 1.
  const lastPeriod = shortFirstYear ? n.plus(1) : n;
  if (p.gt(lastPeriod)) {
    fail("#NUM!", "DB", shortFirstYear ? "finance-at-most-life-short-year" : "finance-at-most-life", {
      name: "period",
      limit: lastPeriod.toString(),
      value: p.toString(),
    });
  }

  // Excel computes the rate in binary floating point and then rounds it to 3 decimals. Snap to
  // 15 significant digits first, as Excel's and Calc's rounding do, so that a rate that is
  // mathematically x.xxx5 rounds up here too instead of depending on the last digit of a power.
  const rate = new Dec(1)
    .minus(s.div(c).pow(new Dec(1).div(n)))
    .toSignificantDigits(15, Dec.ROUND_HALF_UP)
    .toDecimalPlaces(3, Dec.ROUND_HALF_UP);
  const first = c.times(rate).times(m).div(12);
  if (p.lt(2)) return finite("DB", first);

  // Book value after the first period, then a fixed fraction `rate` of the balance each
  // period: period k (2 <= k <= life) takes (cost - first) * (1 - rate)^(k - 2) * rate.
  const afterFirst = c.minus(first);
  const keep = new Dec(1).minus(rate);
  if (p.lte(n)) {
    return finite("DB", afterFirst.times(keep.pow(p.floor().minus(2))).times(rate));
  }
  // Period life + 1: the rest of the last year the short first year left out.
  const bookAtLife = afterFirst.times(keep.pow(n.floor().minus(1)));
  return finite("DB", bookAtLife.times(rate).times(new Dec(12).minus(m)).div(12));
}
