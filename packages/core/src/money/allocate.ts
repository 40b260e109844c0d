import { CostplanError } from "../errors/costplan-error.js";
import { dec, type DecimalInput } from "../internal/decimal.js";
import { shownDecimal } from "../internal/shown-decimal.js";
import { integerWeights, splitInto } from "./integer.js";
import { assertMinor } from "./money.js";

/**
 * Splits a whole amount of minor units in proportion to weights, by largest remainder
 * (Hamilton's method), so that the parts add up to the total exactly.
 *
 * Each part first gets the whole part of its exact quota `total * weight / Σ weights`;
 * the units left over go one each to the parts with the largest fractional remainders.
 * Ties are broken by the larger weight, then by input order (earlier first), so the
 * result never depends on anything but the input. Every part is within one minor unit
 * of its exact quota. A negative total is split as its magnitude and negated, so
 * `allocate(-t, w)` is `allocate(t, w)` with signs flipped.
 *
 * The quotas are compared exactly (integers, never floats), so no rounding drift can
 * move a unit to the wrong part.
 *
 * @param total - a whole number of minor units (a safe integer)
 * @param weights - non-negative weights: numbers, decimal strings or Decimals
 * @returns one whole amount per weight, summing to `total`
 * @throws CostplanError `allocate-bad-weight` for a negative or non-finite weight,
 *   `allocate-no-weight` when all weights are 0 and the total is not
 * @example allocate(100, [1, 1, 1]) // [34, 33, 33]
 * @example allocate(10, [2, 1]) // [7, 3]
 */
export function allocate(total: number, weights: readonly DecimalInput[]): number[] {
  assertMinor(total);
  const fast = allocateNumbers(total, weights);
  // Stryker disable next-line ConditionalExpression: a route choice; the decimal route below gives the same parts
  if (fast !== undefined) return fast;
  const magnitude = Math.abs(total);
  const scaled = scaleWeights(weights);
  const weightSum = scaled.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) {
    if (magnitude === 0) return weights.map(() => 0);
    throw new CostplanError("allocate-no-weight", { total });
  }
  const t = BigInt(magnitude);
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of scaled) {
    const product = t * w;
    const part = product / weightSum;
    parts.push(part);
    remainders.push(product - part * weightSum);
    given += part;
  }
  // Array sort is stable and the positions start in input order, so ties keep it.
  const order = scaled.map((_, i) => i).sort((a, b) => compareDesc(remainders[a]!, remainders[b]!) || compareDesc(scaled[a]!, scaled[b]!));
  for (let k = 0; k < Number(t - given); k += 1) {
    const i = order[k]!;
    parts[i] = parts[i]! + 1n;
  }
  // Stryker disable next-line EqualityOperator: at zero both sides give 0 (+ 0 drops the sign)
  return parts.map((p) => (total < 0 ? -Number(p) : Number(p)) + 0);
}

/**
 * The same split for plain non-negative numbers that scale to safe integers at one power of
 * ten (shares such as 0.5, counts, volumes): exact integer arithmetic without decimals.
 */
function allocateNumbers(total: number, weights: readonly DecimalInput[]): number[] | undefined {
  // Stryker disable next-line all: a route choice; the decimal route gives the same parts
  if (!weights.every((w) => typeof w === "number")) return undefined;
  const scaled = integerWeights(weights);
  // Stryker disable next-line ConditionalExpression: a route choice; the decimal route gives the same parts
  if (scaled === undefined) return undefined;
  let sum = 0;
  // Stryker disable next-line AssignmentOperator: non-negative weights sum to zero exactly when their negated sum does
  for (const w of scaled) sum += w;
  if (sum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new CostplanError("allocate-no-weight", { total });
  }
  const out = new Float64Array(scaled.length);
  splitInto(total, scaled, identity(scaled.length), out, 0, 1);
  return Array.from(out);
}

/** Positions 0..n-1, from one shared column that only grows: splitInto reads its members, never writes them. */
let positions = new Int32Array(0);

function identity(n: number): Int32Array {
  // Stryker disable next-line EqualityOperator: growing a column of exactly n entries changes nothing
  if (positions.length < n) positions = Int32Array.from({ length: Math.max(n, 2 * positions.length) }, (_, i) => i);
  return positions.subarray(0, n);
}

function compareDesc(a: bigint, b: bigint): number {
  // Stryker disable next-line EqualityOperator: a and b differ here
  return a === b ? 0 : a > b ? -1 : 1;
}

/** Turns weights into integers with one common power-of-ten scale, exactly. */
function scaleWeights(weights: readonly DecimalInput[]): bigint[] {
  const decimals = weights.map((w, index) => {
    let d;
    try {
      d = dec(w);
    } catch {
      throw new CostplanError("allocate-bad-weight", { index, received: String(w) });
    }
    if (!d.isFinite() || d.lt(0)) throw new CostplanError("allocate-bad-weight", { index, received: shownDecimal(d) });
    return d;
  });
  const places = decimals.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return decimals.map((d) => BigInt(d.mul(dec(10).pow(places)).toFixed(0)));
}
