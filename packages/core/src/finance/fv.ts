import type { Dec, DecimalInput } from "../internal/decimal.js";
import { fail, finite, flag, num, optionalNum } from "./error.js";

/**
 * The future value of an investment with equal payments at a constant rate, like Excel's `FV`.
 *
 * Excel's sign convention: money paid in (negative `pmt` or `pv`) grows into a positive
 * future value. With `type` 1 payments fall at the start of each period and earn one more
 * period of interest.
 *
 * @param rate - The interest rate per period (0 is allowed).
 * @param nper - The number of payment periods.
 * @param pmt - The payment made each period.
 * @param pv - The amount invested now; omitted (`undefined` or `null`) means 0.
 * @param type - 0 (payments at the end of each period) or 1 (at the start); any non-zero
 *   number or `true` counts as 1; omitted (`undefined` or `null`) means 0.
 * @returns The future value.
 * @throws {@link FinancialFunctionError} `#NUM!` when `(1 + rate) ^ nper` is not a real number
 *   (a rate below -1 with a fractional `nper`); `#VALUE!` when an argument is not a number.
 *
 * @example
 * fv(0.06 / 12, 10, -200, -500, 1).toFixed(2); // "2581.40"
 * fv(0.12 / 12, 12, -1000).toFixed(2); // "12682.50"
 */
export function fv(rate: DecimalInput, nper: DecimalInput, pmt: DecimalInput, pv: DecimalInput | null = 0, type: DecimalInput | boolean | null = 0): Dec {
  const r = num("FV", "rate", rate);
  const n = num("FV", "nper", nper);
  const payment = num("FV", "pmt", pmt);
  const present = optionalNum("FV", "pv", pv, 0);
  const atStart = flag("FV", "type", type);

  if (r.isZero()) return finite("FV", present.plus(payment.times(n)).neg());
  const growth = r.plus(1).pow(n);
  if (growth.isNaN()) {
    fail("#NUM!", "FV", "finance-growth-not-real", { rate: r.toString(), nper: n.toString() });
  }
  const payments = payment
    .times(r.times(atStart ? 1 : 0).plus(1))
    .times(growth.minus(1))
    .div(r);
  return finite("FV", present.times(growth).plus(payments).neg());
}
