import { allocate } from "@costplan/core";
import { excelSafeSpill } from "./guard.js";
import { FunctionFailure, outOfRange } from "./failure.js";
import { numberArg, optionalNumber, shownValue, spill, vectorArg, wholeArg } from "./values.js";

/**
 * Splits a total in proportion to weights by largest remainder, so the parts add up to the total exactly.
 * @customfunction ALLOCATE
 * @param total The amount to split, e.g. a cost in đồng.
 * @param weights One row or one column of weights (volumes, m², staff); empty cells count as 0.
 * @param [decimals] Decimal places of the parts: 0 (default) gives whole đồng, 2 gives cents, -3 gives thousands.
 * @returns One part per weight, spilled in the shape of weights.
 */
export function allocateFunction(total: unknown, weights: unknown[][], decimals?: unknown): Array<Array<number | CustomFunctions.Error>> {
  return excelSafeSpill(() => {
    const amount = numberArg(total, "total");
    const places = wholeArg(optionalNumber(decimals, "decimals") ?? 0, "decimals", -12, 6);
    const w = vectorArg(weights, "weights");
    const units = scaleToUnits(amount, places);
    const parts = allocate(units, w.values).map((p) => fromUnits(p, places));
    return spill(parts, w.orientation);
  });
}

/** The total as a whole number of units of 10^-places, exactly, or a failure when it has finer digits. */
function scaleToUnits(amount: number, places: number): number {
  // Through the decimal text, not by multiplying a binary float: 0.1 * 100 is not 10 in binary.
  const scaled = shift(amount, places);
  if (!Number.isInteger(scaled)) throw new FunctionFailure("#VALUE!", "fn-too-many-decimals", { received: shownValue(amount), decimals: places });
  if (!Number.isSafeInteger(scaled)) throw outOfRange("#NUM!", { arg: "total", received: shownValue(amount) }, "fn-expect-signed-amount");
  return scaled;
}

function fromUnits(units: number, places: number): number {
  return shift(units, -places) + 0;
}

/** amount x 10^places, computed on the decimal digits so that no binary rounding creeps in. */
function shift(amount: number, places: number): number {
  const [mantissa, exponent = "0"] = amount.toExponential().split("e");
  return Number(`${mantissa!}e${Number(exponent) + places}`);
}
