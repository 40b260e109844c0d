import { Dec } from "../internal/decimal.js";
import type { DecimalInput } from "../internal/decimal.js";
import { fail, finite, num, optionalNum } from "./error.js";

/**
 * Double-declining balance (or another factor) depreciation of an asset for one period, like
 * Excel's `DDB`.
 *
 * Each period takes `factor / life` of the book value, but never more than the book value
 * above salvage and never less than 0. A fractional `period` uses the same formula with a
 * fractional exponent, as Excel does; a period below 1 counts as the first period (an Excel
 * special case). A salvage above cost depreciates nothing.
 *
 * @param cost - The initial cost of the asset; not negative.
 * @param salvage - The value at the end of the depreciation; not negative.
 * @param life - The number of periods over which the asset is depreciated; greater than 0.
 * @param period - The period, in the same unit as `life`; greater than 0 and at most `life`.
 * @param factor - The rate at which the balance declines, greater than 0; omitted
 *   (`undefined` or `null`) means 2, the double-declining balance method.
 * @returns The depreciation for `period`.
 * @throws {@link FinancialFunctionError} `#NUM!` when `cost` or `salvage` is negative, `life` <= 0,
 *   `factor` <= 0, or `period` is outside (0, life]; `#VALUE!` when an argument is not a number.
 *
 * @example
 * ddb(2400, 300, 10, 1).toFixed(2); // "480.00"
 * ddb(2400, 300, 10, 10).toFixed(2); // "22.12"
 * ddb(2400, 300, 10, 2, 1.5).toFixed(2); // "306.00"
 */
export function ddb(cost: DecimalInput, salvage: DecimalInput, life: DecimalInput, period: DecimalInput, factor: DecimalInput | null = 2): Dec {
  const c = num("DDB", "cost", cost);
  const s = num("DDB", "salvage", salvage);
  const n = num("DDB", "life", life);
  const p = num("DDB", "period", period);
  const f = optionalNum("DDB", "factor", factor, 2);

  if (c.lt(0)) fail("#NUM!", "DDB", "finance-not-negative", { name: "cost", value: c.toString() });
  if (s.lt(0)) fail("#NUM!", "DDB", "finance-not-negative", { name: "salvage", value: s.toString() });
  if (n.lte(0)) fail("#NUM!", "DDB", "finance-greater-than", { name: "life", bound: 0, value: n.toString() });
  if (f.lte(0)) fail("#NUM!", "DDB", "finance-greater-than", { name: "factor", bound: 0, value: f.toString() });
  if (p.lte(0) || p.gt(n)) {
    fail("#NUM!", "DDB", "finance-in-life", { name: "period", limit: n.toString(), value: p.toString() });
  }
  // Excel treats any period in (0, 1) as the first period (LibreOffice rejects it instead).
  return finite("DDB", decliningBalance(c, s, n, p.lt(1) ? new Dec(1) : p, f));
}

/**
 * @internal DDB's formula without argument checks, for a period >= 1; VDB sums it period by
 * period. The balance before the period is `cost * (1 - rate)^(period - 1)`.
 */
export function decliningBalance(cost: Dec, salvage: Dec, life: Dec, period: Dec, factor: Dec): Dec {
  let rate = factor.div(life);
  let before: Dec;
  if (rate.gte(1)) {
    // A rate of 100% or more writes everything off in the first period.
    rate = new Dec(1);
    before = period.eq(1) ? cost : new Dec(0);
  } else {
    before = cost.times(new Dec(1).minus(rate).pow(period.minus(1)));
  }
  const after = cost.times(new Dec(1).minus(rate).pow(period));
  return Dec.max(before.minus(Dec.max(after, salvage)), 0);
}
