import { FunctionFailure, outOfRange } from "./failure.js";
import { numberArg, shownValue } from "./values.js";

/** A whole amount of đồng, at least 0 and exact (a safe integer). @throws FunctionFailure #VALUE! or #NUM! */
export function amountArg(value: unknown, arg: string): number {
  const n = numberArg(value, arg);
  if (!Number.isInteger(n)) throw new FunctionFailure("#VALUE!", "fn-not-whole", { arg, received: shownValue(n) });
  if (n < 0 || !Number.isSafeInteger(n)) throw outOfRange("#NUM!", { arg, received: shownValue(n) }, "fn-expect-amount");
  return n;
}
