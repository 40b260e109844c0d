import { Dec, dec, type Decimal, type DecimalInput } from "../internal/decimal.js";
import { shownDecimal } from "../internal/shown-decimal.js";
import { CostplanError } from "../errors/costplan-error.js";

/**
 * Named rounding modes.
 *
 * - `half-up`: half away from zero, what Excel's ROUND does (2.5 -> 3, -2.5 -> -3);
 * - `half-even`: banker's rounding (2.5 -> 2, 3.5 -> 4);
 * - `down`: towards zero, Excel's ROUNDDOWN;
 * - `up`: away from zero, Excel's ROUNDUP.
 */
export type RoundingMode = "half-up" | "half-even" | "down" | "up";

/** The rounding modes, in a stable order. */
export const ROUNDING_MODES: readonly RoundingMode[] = ["half-up", "half-even", "down", "up"];

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Dec.ROUND_HALF_UP,
  "half-even": Dec.ROUND_HALF_EVEN,
  down: Dec.ROUND_DOWN,
  up: Dec.ROUND_UP,
};

/**
 * Rounds a value to a number of decimal places by a named mode.
 *
 * @param value - the value to round
 * @param places - decimal places to keep (negative rounds to tens, hundreds...)
 * @param mode - the rounding mode, `half-up` (Excel ROUND) by default
 * @returns the rounded value
 * @example round("2.345", 2).toString() // "2.35"
 * @example round("1250", -2, "half-even").toString() // "1200"
 */
// Stryker disable next-line StringLiteral: an unnamed mode is decimal.js's default, set to half-up (internal/decimal.ts)
export function round(value: DecimalInput, places: number, mode: RoundingMode = "half-up"): Dec {
  const d = dec(value);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: dividing by 10^-places rounds to the same value; this route is the short one
  if (places >= 0) return d.toDecimalPlaces(places, DECIMAL_MODE[mode]);
  const scale = new Dec(10).pow(-places);
  return d.div(scale).toDecimalPlaces(0, DECIMAL_MODE[mode]).mul(scale);
}

/**
 * Rounds a value to a multiple of a step by a named mode (a price step of 100 đồng, say).
 *
 * @param value - the value to round
 * @param step - a positive step
 * @param mode - the rounding mode, `half-up` by default
 * @returns the multiple of `step` the mode chooses
 * @throws CostplanError `round-step` when `step` is not positive
 * @example roundToStep(12_345, 100).toString() // "12300"
 * @example roundToStep(12_350, 100).toString() // "12400"
 */
// Stryker disable next-line StringLiteral: an unnamed mode is decimal.js's default, set to half-up (internal/decimal.ts)
export function roundToStep(value: DecimalInput, step: DecimalInput, mode: RoundingMode = "half-up"): Dec {
  const s = dec(step);
  if (!s.isFinite() || s.lte(0)) throw new CostplanError("round-step", { received: shownDecimal(s) });
  return dec(value).div(s).toDecimalPlaces(0, DECIMAL_MODE[mode]).mul(s);
}

/** The decimal.js rounding constant of a named mode, for internal callers. */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  return DECIMAL_MODE[mode];
}
