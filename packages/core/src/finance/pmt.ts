import { Dec } from "../internal/decimal.js";
import type { DecimalInput } from "../internal/decimal.js";
import { fail, finite, flag, num, optionalNum } from "./error.js";

/**
 * The payment per period for a loan or annuity with a constant rate, like Excel's `PMT`.
 *
 * Excel's sign convention: money paid out is negative, so borrowing 10000 (`pv` = 10000)
 * gives a negative payment. With `type` 1 payments fall at the start of each period and so
 * earn one period less interest.
 *
 * @param rate - The interest rate per period (0 is allowed: the amount is spread evenly).
 * @param nper - The number of payment periods; not 0.
 * @param pv - The present value, the amount borrowed or invested now.
 * @param fv - The value wanted after the last payment; omitted (`undefined` or `null`) means 0.
 * @param type - 0 (payments at the end of each period) or 1 (at the start); any non-zero
 *   number or `true` counts as 1, as in Excel; omitted (`undefined` or `null`) means 0.
 * @returns The payment per period (negative when `pv` is positive).
 * @throws {@link FinancialFunctionError} `#NUM!` when `nper` is 0, when payments at the start of
 *   the period meet a rate of -1, or when `(1 + rate) ^ nper` is not a real number;
 *   `#VALUE!` when an argument is not a number.
 *
 * @example
 * pmt(0.08 / 12, 10, 10000).toFixed(2); // "-1037.03"
 * pmt(0.08 / 12, 10, 10000, 0, 1).toFixed(2); // "-1030.16"
 * pmt(0.06 / 12, 18 * 12, 0, 50000).toFixed(2); // "-129.08"
 */
export function pmt(rate: DecimalInput, nper: DecimalInput, pv: DecimalInput, fv: DecimalInput | null = 0, type: DecimalInput | boolean | null = 0): Dec {
  const r = num("PMT", "rate", rate);
  const n = num("PMT", "nper", nper);
  const present = num("PMT", "pv", pv);
  const future = optionalNum("PMT", "fv", fv, 0);
  const atStart = flag("PMT", "type", type);

  if (n.isZero()) fail("#NUM!", "PMT", "finance-not-zero", { name: "nper" });
  if (r.isZero()) return finite("PMT", present.plus(future).div(n).neg());
  const growth = r.plus(1).pow(n);
  if (growth.isNaN()) {
    fail("#NUM!", "PMT", "finance-growth-not-real", { rate: r.toString(), nper: n.toString() });
  }
  // Paying at the start of each period divides by (1 + rate): at rate -1 there is nothing to divide by.
  let annuity = growth.minus(1);
  if (atStart) annuity = annuity.times(r.plus(1));
  if (annuity.isZero()) {
    if (atStart && r.eq(-1)) fail("#NUM!", "PMT", "finance-rate-minus-one-at-start");
    fail("#NUM!", "PMT", "finance-growth-is-one", { rate: r.toString(), nper: n.toString() });
  }
  return finite("PMT", future.plus(present.times(growth)).times(r).div(annuity).neg());
}
