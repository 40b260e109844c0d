import { round, roundToStep, ROUNDING_MODES, type RoundingMode } from "@costplan/core";
import { excelSafe } from "./guard.js";
import { FunctionFailure, outOfRange } from "./failure.js";
import { numberArg, optionalNumber, optionalWord, shownValue } from "./values.js";

/**
 * Proposed price of a service: current price plus EMR component, rounded to a price step by a named rule and capped at the regulatory maximum.
 * @customfunction PRICE
 * @param current Current price in đồng.
 * @param component EMR component per service in đồng (e.g. from COSTPLAN.EMRCOMPONENT).
 * @param [step] Price step (default 100 đồng).
 * @param [rounding] "half-up" (default, Excel ROUND), "half-even", "down" or "up".
 * @param [cap] Maximum price; the proposal never goes above it. Empty for no cap.
 * @returns The proposed price in đồng.
 */
export function priceFunction(current: unknown, component: unknown, step?: unknown, rounding?: unknown, cap?: unknown): number | CustomFunctions.Error {
  return excelSafe(() => {
    const base = numberArg(current, "current");
    const add = numberArg(component, "component");
    const s = optionalNumber(step, "step") ?? 100;
    if (s <= 0) throw outOfRange("#NUM!", { arg: "step", received: s }, "fn-expect-positive-step");
    const word = optionalWord(rounding, "rounding") ?? "half-up";
    if (!(ROUNDING_MODES as readonly string[]).includes(word))
      throw new FunctionFailure("#VALUE!", "fn-unknown-option", {
        arg: "rounding",
        options: ROUNDING_MODES.map((m) => `"${m}"`).join(", "),
        received: shownValue(word),
      });
    const max = optionalNumber(cap, "cap");
    // Adding on the decimal digits: 37000 + 0.1 + 0.2 must not pick up binary noise before rounding.
    const proposed = roundToStep(round(base, 15).plus(round(add, 15)), s, word as RoundingMode).toNumber();
    return max === undefined ? proposed : Math.min(proposed, max);
  });
}
