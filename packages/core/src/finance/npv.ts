import { Dec } from "../internal/decimal.js";
import type { DecimalInput } from "../internal/decimal.js";
import { fail, finite, num } from "./error.js";

/** A cash flow for NPV: one value, or a list of them in order (an Excel range). */
export type CashFlows = DecimalInput | readonly DecimalInput[];

/**
 * The net present value of cash flows at the end of equal periods, like Excel's `NPV`.
 *
 * Excel's quirk, reproduced: the first value is discounted one full period, as if it were paid
 * at the end of period 1. For an investment made today, add it outside NPV:
 * `npv(rate, ...later).plus(initial)`.
 *
 * @param rate - The discount rate per period; not -1.
 * @param values - The cash flows in order, one per period; a list counts as its values in
 *   order, like a range in Excel. Payments out are negative.
 * @returns The sum of `values[i] / (1 + rate) ^ (i + 1)`.
 * @throws {@link FinancialFunctionError} `#DIV/0!` when `rate` is -1; `#VALUE!` when there is no
 *   value or an argument is not a number.
 *
 * @example
 * npv(0.1, -10000, 3000, 4200, 6800).toFixed(2); // "1188.44"
 * npv(0.08, [8000, 9200, 10000, 12000, 14500]).minus(40000).toFixed(2); // "1922.06"
 */
export function npv(rate: DecimalInput, ...values: readonly CashFlows[]): Dec {
  const r = num("NPV", "rate", rate);
  const flows = values.flat().map((value, index) => num("NPV", `value ${index + 1}`, value));
  if (flows.length === 0) fail("#VALUE!", "NPV", "finance-no-values");
  // Excel answers #DIV/0! here; LibreOffice reports the overflow as #NUM!.
  if (r.eq(-1)) fail("#DIV/0!", "NPV", "finance-rate-minus-one");

  // Horner's rule from the last period back: each step discounts everything after it once more.
  const growth = r.plus(1);
  let total = new Dec(0);
  for (let i = flows.length - 1; i >= 0; i -= 1) {
    total = total.plus(flows[i] ?? 0).div(growth);
  }
  return finite("NPV", total);
}
