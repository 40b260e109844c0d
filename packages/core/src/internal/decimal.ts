import Decimal from "decimal.js";

/**
 * The one Decimal constructor costplan uses.
 *
 * A private clone, never `Decimal.set`: a host page or an Excel add-in may load another
 * copy of decimal.js and change its global settings under us. 40 significant digits hold
 * 10^15 đồng times long chains of ratios with room to spare; ROUND_HALF_UP is what
 * Excel's ROUND does (half away from zero).
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** A value of the private constructor. */
export type Dec = InstanceType<typeof Dec>;

/** What callers may pass where a decimal is expected. */
export type DecimalInput = number | string | Decimal;

/** Converts any accepted input to the private constructor, exactly (numbers via their shortest decimal form). */
export function dec(value: DecimalInput): Dec {
  return new Dec(value);
}

export { Decimal };
