import type { Dec, DecimalInput } from "../internal/decimal.js";
import { fail, finite, flag, num, optionalNum } from "./error.js";

/**
 * The present value of a series of equal payments at a constant rate, like Excel's `PV`.
 *
 * Excel's sign convention: payments received (positive `pmt`) are worth a negative amount
 * paid now. With `type` 1 payments fall at the start of each period.
 *
 * @param rate - The interest rate per period (0 is allowed).
 * @param nper - The number of payment periods.
 * @param pmt - The payment made each period.
 * @param fv - The value wanted after the last payment; omitted (`undefined` or `null`) means 0.
 * @param type - 0 (payments at the end of each period) or 1 (at the start); any non-zero
 *   number or `true` counts as 1; omitted (`undefined` or `null`) means 0.
 * @returns The present value.
 * @throws {@link FinancialFunctionError} `#DIV/0!` when `rate` is -1 (every future amount is
 *   discounted by 0 ^ nper); `#NUM!` when `(1 + rate) ^ nper` is not a real number;
 *   `#VALUE!` when an argument is not a number.
 *
 * @example
 * pv(0.08 / 12, 12 * 20, 500, 0, 0).toFixed(2); // "-59777.15"
 * pv(0, 10, 100).toString(); // "-1000"
 */
export function pv(rate: DecimalInput, nper: DecimalInput, pmt: DecimalInput, fv: DecimalInput | null = 0, type: DecimalInput | boolean | null = 0): Dec {
  const r = num("PV", "rate", rate);
  const n = num("PV", "nper", nper);
  const payment = num("PV", "pmt", pmt);
  const future = optionalNum("PV", "fv", fv, 0);
  const atStart = flag("PV", "type", type);

  if (r.isZero()) return finite("PV", future.plus(payment.times(n)).neg());
  const growth = r.plus(1).pow(n);
  if (growth.isNaN()) {
    fail("#NUM!", "PV", "finance-growth-not-real", { rate: r.toString(), nper: n.toString() });
  }
  // Excel answers #DIV/0! here; LibreOffice reports the overflow as #NUM!.
  if (growth.isZero() || !growth.isFinite()) fail("#DIV/0!", "PV", "finance-rate-minus-one");
  const payments = payment
    .times(r.times(atStart ? 1 : 0).plus(1))
    .times(growth.minus(1))
    .div(r);
  return finite("PV", future.plus(payments).div(growth).neg());
}
