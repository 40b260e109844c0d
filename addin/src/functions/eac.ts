import { equivalentAnnualCost } from "@costplan/core";
import { amountArg } from "./amount.js";
import { excelSafe } from "./guard.js";
import { outOfRange } from "./failure.js";
import { numberArg, optionalNumber, wholeArg } from "./values.js";

/**
 * Equivalent annual cost of an asset: the level yearly amount whose present value equals the cost less the discounted salvage, in whole đồng.
 * @customfunction EAC
 * @param cost Cost of the asset in whole đồng.
 * @param life Useful life in whole years.
 * @param rate Discount rate per year, e.g. 0.08.
 * @param [salvage] Salvage value at the end of the life, in whole đồng (default 0).
 * @returns (C - S/(1+r)^n) x r / (1 - (1+r)^-n), rounded half up to whole đồng.
 */
export function eacFunction(cost: unknown, life: unknown, rate: unknown, salvage?: unknown): number | CustomFunctions.Error {
  return excelSafe(() => {
    const c = amountArg(cost, "cost");
    const n = wholeArg(numberArg(life, "life"), "life", 1, 100);
    const r = numberArg(rate, "rate");
    if (r <= -1) throw outOfRange("#NUM!", { arg: "rate", received: r }, "fn-expect-rate");
    const s = optionalNumber(salvage, "salvage") === undefined ? 0 : amountArg(salvage, "salvage");
    return equivalentAnnualCost({ cost: c, salvage: s, usefulLife: n }, r);
  });
}
