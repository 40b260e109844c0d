import { kthSmallest } from "./select.js";
import type { RoundingMode } from "./rounding.js";

/**
 * Exact arithmetic on whole numbers for the hot loops: safe integers where a stated bound
 * holds, BigInt where it does not. Every function here gives the same answer as the
 * decimal.js route it replaces (same rounding modes, same tie-breaks), and tests drive
 * both paths to the same result.
 */

/** 2^53: a product below this is exact in a double. */
export const SAFE_PRODUCT = 2 ** 53;

/**
 * n / d rounded to a whole number by a named mode, exactly; d > 0, n and d safe integers.
 * Modes act on the magnitude, as decimal.js does: half-up is half away from zero.
 *
 * @example divRound(7, 2, "half-up") // 4
 * @example divRound(-7, 2, "half-up") // -4
 * @example divRound(5, 2, "half-even") // 2
 */
export function divRound(n: number, d: number, mode: RoundingMode): number {
  const { quotient, remainder: r } = floorDiv(Math.abs(n), d);
  let q = quotient;
  switch (mode) {
    // Stryker disable next-line StringLiteral: with no case matched the quotient is the floor, as down wants
    case "down":
      break;
    case "up":
      if (r > 0) q += 1;
      break;
    case "half-up":
      if (2 * r >= d) q += 1;
      break;
    case "half-even":
      if (2 * r > d || (2 * r === d && q % 2 === 1)) q += 1;
      break;
  }
  // Stryker disable next-line EqualityOperator: at zero both sides give 0 (+ 0 drops the sign)
  return (n < 0 ? -q : q) + 0;
}

/**
 * floor(n / d) and its remainder, exactly, for a non-negative safe integer n and d > 0.
 *
 * The double quotient never rounds across a whole number when n < 2^53: if n / d is not whole,
 * the next whole number m is at least 1/d above it, while rounding up to m needs a gap of at
 * most half an ulp, n / d x 2^-53; so 1/d <= n / d x 2^-53, that is n >= 2^53. Rounding down
 * cannot pass floor(n / d) either, which is itself a double. So Math.floor gives the exact
 * floor, and the remainder n - q x d is exact (both terms are below 2^53); a property test
 * checks this against BigInt, on the numerators just below a multiple of d where it is tightest.
 */
export function floorDiv(n: number, d: number): { readonly quotient: number; readonly remainder: number } {
  const q = Math.floor(n / d);
  return { quotient: q, remainder: n - q * d };
}

/**
 * floor(a * b / c) and its remainder, exactly, for non-negative safe integers a, b and c > 0
 * whose quotient is a safe integer. A product past 2^53 is carried as two doubles (Dekker's
 * exact product, no BigInt) while c < 2^50, so the remainder stays exact; beyond that, BigInt.
 */
export function mulDivFloor(a: number, b: number, c: number): { readonly quotient: number; readonly remainder: number } {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a route choice, every route exact
  if (a * b < SAFE_PRODUCT) return floorDiv(a * b, c);
  // Stryker disable next-line all: a route choice: BigInt is exact, and so is Dekker's past 2^50 as far as tests reach
  if (c < 2 ** 50) {
    const [p, e] = twoProduct(a, b);
    let q = Math.floor(p / c);
    const [p2, e2] = twoProduct(q, c);
    // Both products are whole numbers; p - p2 is exact (they are within a factor of two) and
    // so is e - e2 (each below 2^52), and the remainder they make is below a few c.
    let r = p - p2 + (e - e2);
    while (r < 0) {
      q -= 1;
      r += c;
    }
    while (r >= c) {
      q += 1;
      r -= c;
    }
    return { quotient: q, remainder: r };
  }
  const product = BigInt(a) * BigInt(b);
  const big = BigInt(c);
  const q = product / big;
  return { quotient: Number(q), remainder: Number(product - q * big) };
}

/** a * b as a double and its exact error (Dekker's product with Veltkamp's split): a * b = p + e exactly. */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function split(x: number): [number, number] {
  const t = 134217729 * x; // 2^27 + 1
  const high = t - (t - x);
  return [high, x - high];
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * A non-negative finite number as an integer over a power of ten, exactly as written in its
 * shortest decimal form (0.1 is 1/10, not the binary fraction nearest it).
 *
 * @example decimalParts(2.5) // { digits: 25, places: 1 }
 * @example decimalParts(1e-7) // { digits: 1, places: 7 }
 */
export function decimalParts(x: number): { readonly digits: number; readonly places: number } {
  if (Number.isInteger(x)) return { digits: x, places: 0 };
  // Most weights and shares have a few decimals (0.9, 1.25): the fewest places p at which
  // x * 10^p rounds to a whole m with m / 10^p === x is the shortest form's, since that
  // form's digits are such an m and any shorter one would be a shorter form.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut to the exponent form's digits
  for (let p = 1; p <= 8; p += 1) {
    const scale = POWERS[p]!;
    // Stryker disable next-line ArithmeticOperator: a wrong guess falls through to the exact form
    const m = Math.round(x * scale);
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: a wrong guess falls through to the exact form
    if (m < 2 ** 50 && m / scale === x) return { digits: m, places: p };
  }
  const text = x.toExponential();
  const [mantissa, exponentText] = text.split("e") as [string, string];
  const [whole, fraction = ""] = mantissa.split(".") as [string, string?];
  // x is not a whole number, so its shortest form has more digits after the point than its exponent moves.
  return { digits: Number(whole + fraction), places: fraction.length - Number(exponentText) };
}

/** A non-negative number scaled to a whole number at a given number of decimal places (at least its own), exactly. */
export function scaledTo(x: number, places: number): number {
  const parts = decimalParts(x);
  return parts.digits * 10 ** (places - parts.places);
}

/**
 * num / den written as a decimal with at most `places` decimals, rounded half away from zero,
 * with trailing zeros dropped: what decimal.js's `div(...).toDecimalPlaces(places).toString()`
 * gives. den > 0.
 *
 * @example ratioText(10, 3, 6) // "3.333333"
 * @example ratioText(1, 2, 6) // "0.5"
 */
export function ratioText(num: number, den: number, places: number): string {
  const { whole, fraction, negative } = roundedRatio(num, den, places);
  let text = String(whole);
  if (fraction > 0) {
    // Trailing zeros dropped by arithmetic (a price entry writes several of these per service and year).
    let digits = fraction;
    let width = places;
    while (digits % 10 === 0) {
      digits /= 10;
      width -= 1;
    }
    text += `.${String(digits).padStart(width, "0")}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * num / den with exactly `places` decimals, rounded half away from zero: what decimal.js's
 * `div(...).toDecimalPlaces(places).toFixed(places)` gives (a result that rounds to zero has no sign).
 *
 * @example fixedText(-1, 200, 2) // "-0.01"
 */
export function fixedText(num: number, den: number, places: number): string {
  const { whole, fraction, negative } = roundedRatio(num, den, places);
  const text = places > 0 ? `${String(whole)}.${String(fraction).padStart(places, "0")}` : String(whole);
  return negative ? `-${text}` : text;
}

/**
 * part / whole in per cent with 2 decimals, rounded half away from zero, as {@link fixedText} writes
 * part x 100 / whole, exact also when part x 100 passes 2^53 (a class's increase over its revenue). whole > 0.
 *
 * @example percentText(1, 3) // "33.33"
 */
export function percentText(part: number, whole: number): string {
  if (Math.abs(part) * 100 < SAFE_PRODUCT) return fixedText(part * 100, whole, 2);
  const n = BigInt(Math.abs(part)) * 10_000n;
  const d = BigInt(whole);
  const hundredths = (2n * n + d) / (2n * d);
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
  return part < 0 && hundredths > 0n ? `-${text}` : text;
}

function roundedRatio(num: number, den: number, places: number): { whole: number; fraction: number; negative: boolean } {
  const scale = 10 ** places;
  const { quotient, remainder: rest } = floorDiv(Math.abs(num), den);
  let whole = quotient;
  let fraction =
    rest * scale < SAFE_PRODUCT ? divRound(rest * scale, den, "half-up") : Number((BigInt(rest) * BigInt(scale) * 2n + BigInt(den)) / (2n * BigInt(den)));
  if (fraction === scale) {
    whole += 1;
    fraction = 0;
  }
  // Stryker disable next-line EqualityOperator: at zero both sides give 0 (+ 0 drops the sign)
  return { whole, fraction, negative: num < 0 && (whole > 0 || fraction > 0) };
}

/**
 * Splits a whole amount among integer weights by largest remainder, writing the parts into
 * `out[offset + k * stride]`: the same parts, tie-breaks included (larger remainder, then
 * larger weight, then input order), as {@link allocate}. Products stay in safe integers
 * while total x largest weight < 2^53, else the split runs in BigInt.
 *
 * @param total - a safe integer (a negative total is split as its magnitude and negated)
 * @param weights - non-negative safe integers, not all zero unless total is zero
 */
export function splitInto(total: number, weights: ArrayLike<number>, members: ArrayLike<number>, out: Float64Array, offset: number, stride: number): void {
  const n = members.length;
  const magnitude = Math.abs(total);
  // Stryker disable next-line EqualityOperator: a zero total is all zeros, whatever the sign
  const sign = total < 0 ? -1 : 1;
  let sum = 0;
  let largest = 0;
  for (let k = 0; k < n; k += 1) {
    const w = weights[members[k]!]!;
    sum += w;
    // Stryker disable next-line EqualityOperator: an equal weight is already the largest
    if (w > largest) largest = w;
  }
  // Stryker disable next-line ConditionalExpression: with a zero total and some weight, the quotas below are zeros too
  if (magnitude === 0 || sum === 0) {
    // Stryker disable next-line EqualityOperator: members[n] is undefined, so the extra write goes to no index of the column
    for (let k = 0; k < n; k += 1) out[offset + members[k]! * stride] = 0;
    return;
  }
  if (!(sum < SAFE_PRODUCT)) {
    splitBig(magnitude, sign, weights, members, out, offset, stride);
    return;
  }
  // Quotas are total x w / Σw; dividing total and Σw by their common factor changes no quota
  // and scales every remainder alike, and keeps the products small (a total split over a
  // schedule that sums to it, or half of it, becomes w / 1 or w / 2).
  // Euclid's divisions were the split's dearest step: skip them when the plain products are
  // already exact with room for the floor's check (every quota and tie the same, remainders
  // all scaled by the same factor).
  // Stryker disable next-line all: the common factor changes no quota or ranking
  const common = magnitude * largest < 2 ** 52 && sum < 2 ** 52 ? 1 : gcd(magnitude, sum);
  const reducedTotal = magnitude / common;
  const reducedSum = sum / common;
  const scratch = scratchFor(n);
  const remainders = scratch.remainders;
  const ranked = scratch.weights;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a route choice, every route exact
  const small = reducedTotal * largest < SAFE_PRODUCT;
  let given = 0;
  for (let k = 0; k < n; k += 1) {
    const i = members[k]!;
    const w = weights[i]!;
    let quotient: number;
    let remainder: number;
    // Stryker disable next-line ConditionalExpression: a route choice, every route exact
    if (small) {
      // The common case, inlined: one exact product below 2^53 and its exact floor (see floorDiv), no result object.
      const product = reducedTotal * w;
      quotient = Math.floor(product / reducedSum);
      remainder = product - quotient * reducedSum;
    } else {
      const exact = mulDivFloor(reducedTotal, w, reducedSum);
      quotient = exact.quotient;
      remainder = exact.remainder;
    }
    out[offset + i * stride] = quotient;
    remainders[k] = remainder;
    ranked[k] = w;
    given += quotient;
  }
  const left = magnitude - given;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: nothing is left to give when left is 0
  if (left > 0) {
    const order = rankByRemainder(n, left, remainders, ranked, scratch.order);
    for (let j = 0; j < left; j += 1) {
      const i = members[order[j]!]!;
      out[offset + i * stride] = out[offset + i * stride]! + 1;
    }
  }
  // Stryker disable next-line EqualityOperator: sign is 1 or -1
  if (sign < 0) for (let k = 0; k < n; k += 1) out[offset + members[k]! * stride] = -out[offset + members[k]! * stride]! + 0;
}

/** Greatest common divisor of two positive safe integers (Euclid). */
function gcd(a: number, b: number): number {
  while (b > 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

function splitBig(
  magnitude: number,
  sign: number,
  weights: ArrayLike<number>,
  members: ArrayLike<number>,
  out: Float64Array,
  offset: number,
  stride: number,
): void {
  const n = members.length;
  const t = BigInt(magnitude);
  let sum = 0n;
  for (let k = 0; k < n; k += 1) sum += BigInt(weights[members[k]!]!);
  const remainders: bigint[] = [];
  let given = 0n;
  for (let k = 0; k < n; k += 1) {
    const product = t * BigInt(weights[members[k]!]!);
    const part = product / sum;
    out[offset + members[k]! * stride] = Number(part);
    remainders.push(product - part * sum);
    given += part;
  }
  const left = Number(t - given);
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    // Stryker disable next-line EqualityOperator: ra and rb differ here
    if (ra !== rb) return ra > rb ? -1 : 1;
    // Array sort is stable and the positions start in input order, so ties keep it.
    return weights[members[b]!]! - weights[members[a]!]!;
  });
  for (let j = 0; j < left; j += 1) {
    const i = members[order[j]!]!;
    out[offset + i * stride] = out[offset + i * stride]! + 1;
  }
  // Stryker disable next-line EqualityOperator: sign is 1 or -1
  if (sign < 0) for (let k = 0; k < n; k += 1) out[offset + members[k]! * stride] = -out[offset + members[k]! * stride]! + 0;
}

/**
 * Scratch columns for {@link splitInto}, grown as needed and reused: a split runs for every
 * item, year and centre, and a fresh array each time was most of its garbage. The functions
 * here never call each other while one is in use, so one set suffices.
 */
const scratchColumns = { remainders: new Float64Array(64), weights: new Float64Array(64), order: new Int32Array(64) };

function scratchFor(n: number): typeof scratchColumns {
  // Stryker disable next-line EqualityOperator: growing a column of exactly n entries changes nothing
  if (scratchColumns.remainders.length < n) {
    // Stryker disable next-line ArithmeticOperator: the size is at least n either way
    const size = Math.max(n, 2 * scratchColumns.remainders.length);
    scratchColumns.remainders = new Float64Array(size);
    scratchColumns.weights = new Float64Array(size);
    scratchColumns.order = new Int32Array(size);
  }
  return scratchColumns;
}

/** Below this many parts an insertion sort beats the engine's sort (no comparator calls, no copy). */
const INSERTION_LIMIT = 24;

/**
 * The `left` positions of 0..n-1 that come first by larger remainder, then larger weight,
 * then earlier position, written into `order[0..left)` (in no particular order beyond that:
 * each gets one unit, so only which ones matters). 0 < left < n.
 */
function rankByRemainder(n: number, left: number, remainder: Float64Array, weight: Float64Array, order: Int32Array): Int32Array {
  // Stryker disable next-line all: a route choice, every route exact
  if (n <= INSERTION_LIMIT) {
    // Stryker disable next-line EqualityOperator: the scratch column is longer than n; order[n] is never read
    for (let k = 0; k < n; k += 1) order[k] = k;
    for (let k = 1; k < n; k += 1) {
      const r = remainder[k]!;
      const w = weight[k]!;
      let j = k - 1;
      // k comes after every earlier position it ties with, so ties keep input order.
      while (j >= 0) {
        const o = order[j]!;
        const ro = remainder[o]!;
        if (ro > r || (ro === r && weight[o]! >= w)) break;
        order[j + 1] = o;
        j -= 1;
      }
      order[j + 1] = k;
    }
    return order;
  }
  // Many parts: find the remainder at the cut by selection (no full sort, no comparator),
  // take every position above it, and rank only the positions that tie at the cut.
  const sorted = scratchSorted(n);
  sorted.set(remainder.subarray(0, n));
  const cut = kthSmallest(sorted, n, n - left);
  let chosen = 0;
  const tied: number[] = [];
  for (let k = 0; k < n; k += 1) {
    const r = remainder[k]!;
    if (r > cut) order[chosen++] = k;
    else if (r === cut) tied.push(k);
  }
  // The ties are pushed in input order and Array sort is stable, so equal weights keep it.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: ties that are all taken need no order
  if (chosen + tied.length > left) tied.sort((a, b) => weight[b]! - weight[a]!);
  // Stryker disable next-line EqualityOperator: a write past order[left) is never read
  for (let j = 0; chosen < left; j += 1) order[chosen++] = tied[j]!;
  return order;
}

let sortedColumn = new Float64Array(64);

function scratchSorted(n: number): Float64Array {
  // Stryker disable next-line EqualityOperator: growing a column of exactly n entries changes nothing
  if (sortedColumn.length < n) sortedColumn = new Float64Array(Math.max(n, 2 * sortedColumn.length));
  return sortedColumn.subarray(0, n);
}

/**
 * Splits a whole amount in two by largest remainder with weights f and s - f (integers over
 * the same scale s): the fund's and the patients' parts of an increase. Same parts as
 * `allocate(total, [f, s - f])`.
 */
export function splitTwo(total: number, f: number, s: number): readonly [number, number] {
  const out = new Float64Array(2);
  splitTwoInto(total, f, s, out, out, 0, 1);
  return [out[0]!, out[1]!];
}

/**
 * {@link splitTwo} writing its parts into `first[at]` and `second[atSecond]`, with no array
 * per split: the payer split makes one for every service and year.
 */
export function splitTwoInto(total: number, f: number, s: number, first: Float64Array, second: Float64Array, at: number, atSecond: number = at): void {
  const magnitude = Math.abs(total);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a route choice, every route exact
  if (!(magnitude * s < SAFE_PRODUCT)) {
    const [x, y] = splitTwoBig(total, BigInt(f), BigInt(s));
    first[at] = x;
    second[atSecond] = y;
    return;
  }
  const g = s - f;
  // Both products are below 2^53 here, so they are exact, and so are their floors (see
  // floorDiv), written out without a result object per split.
  let a = Math.floor((magnitude * f) / s);
  const ra = magnitude * f - a * s;
  let b = Math.floor((magnitude * g) / s);
  const rb = magnitude * g - b * s;
  if (a + b < magnitude) {
    if (ra > rb || (ra === rb && f >= g)) a += 1;
    else b += 1;
  }
  // Stryker disable next-line EqualityOperator: at zero both sides give 0 (+ 0 drops the sign)
  first[at] = total < 0 ? -a + 0 : a;
  // Stryker disable next-line EqualityOperator: at zero both sides give 0 (+ 0 drops the sign)
  second[atSecond] = total < 0 ? -b + 0 : b;
}

/**
 * {@link splitTwo} for a rate written with more digits than a double holds (a varied share
 * such as 0.8783999…, times a coverage rate): f over s as BigInt, 0 <= f <= s, s > 0. The
 * same parts as `allocate(total, [f, s - f])`, without a decimal per split.
 */
export function splitTwoBig(total: number, f: bigint, s: bigint): readonly [number, number] {
  const t = BigInt(Math.abs(total));
  const g = s - f;
  const qa = (t * f) / s;
  const qb = (t * g) / s;
  const ra = t * f - qa * s;
  const rb = t * g - qb * s;
  let a = Number(qa);
  let b = Number(qb);
  if (a + b < Math.abs(total)) {
    if (ra > rb || (ra === rb && f >= g)) a += 1;
    else b += 1;
  }
  // Stryker disable next-line EqualityOperator: at zero both sides give 0 (+ 0 drops the sign)
  return total < 0 ? [-a + 0, -b + 0] : [a, b];
}

/**
 * Non-negative numbers as whole numbers at one power of ten (their exact decimal values,
 * scaled alike), or undefined when that needs more than 15 decimals or passes 2^53: weights
 * to split by {@link splitInto} many times over.
 *
 * @example integerWeights([0.5, 0.25]) // Float64Array [50, 25]
 */
export function integerWeights(weights: readonly number[]): Float64Array | undefined {
  let places = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) return undefined;
    // Stryker disable next-line ConditionalExpression: a whole number has 0 places
    if (!Number.isInteger(w)) places = Math.max(places, decimalParts(w).places);
  }
  if (places > 15) return undefined;
  const scaled = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i += 1) {
    // Stryker disable next-line ConditionalExpression: a whole number scaled to 0 places is itself
    const w = places === 0 ? weights[i]! : scaledTo(weights[i]!, places);
    if (!Number.isSafeInteger(w)) return undefined;
    // + 0 turns a weight of -0 into 0, so that its part is 0, not -0.
    scaled[i] = w + 0;
  }
  return scaled;
}
