import { FunctionFailure } from "./failure.js";
import { numberArg, shownValue } from "./values.js";

/** A whole amount of đồng, at least 0 and exact (a safe integer). @throws FunctionFailure #VALUE! or #NUM! */
export function amountArg(value: unknown, arg: string): number {
  const n = numberArg(value, arg);
  if (!Number.isInteger(n)) throw new FunctionFailure("#VALUE!", "fn-not-whole", { arg, received: shownValue(n) });
  if (n < 0 || !Number.isSafeInteger(n)) throw new FunctionFailure("#NUM!", "fn-out-of-range", { arg, received: shownValue(n), expected: "a whole amount from 0 to 9,007,199,254,740,991", expectedVi: "số tiền nguyên từ 0 đến 9.007.199.254.740.991" });
  return n;
}
