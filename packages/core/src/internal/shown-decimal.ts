import type { Dec } from "./decimal.js";

/**
 * A decimal as a message shows it: NaN and the infinities as YAML spells them (.nan, .inf, -.inf),
 * as model/problem.ts's `shown` does for numbers, never as JavaScript's "NaN", which reads as a bug.
 */
export function shownDecimal(d: Dec): string {
  if (d.isFinite()) return d.toString();
  if (d.isNaN()) return ".nan";
  return d.isNegative() ? "-.inf" : ".inf";
}
