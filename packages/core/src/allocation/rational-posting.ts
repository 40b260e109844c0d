import type { CompiledAllocation, PostedAllocation } from "./compiled.js";
import { allocate } from "../money/allocate.js";
import { Dec } from "../internal/decimal.js";
import { postBalancedColumns, type PlaceColumns } from "./posting.js";

/** 10^15: the decimal route quantises every amount to 15 decimal places of the minor unit before posting. */
const QUANTUM = 10n ** 15n;
const HALF_QUANTUM = QUANTUM / 2n;
/**
 * The exact route for direct and step-down allocations with whole costs and whole usage: every
 * amount is a ratio of integers, computed in BigInt with one common denominator that grows by
 * each sender's usage total. Each amount is quantised to 15 decimal places as the decimal route
 * quantises its 40-digit value, and posted from there, so the posting is the decimal route's.
 * Used where the floats cannot decide (an amount within their error of a whole unit or a half,
 * or the largest remainders too close), which is where the decimal route took milliseconds.
 *
 * @returns the posting, or undefined where this route does not apply (reciprocal, a negative or
 *   fractional cost, a fractional usage, an amount past 2^52, a total past 2^53) or an exact amount lies too close
 *   to a half step of 10^-15 for the decimal route's rounding to be certain (see guardFor)
 */
export function postFromRationals(c: CompiledAllocation, costs: readonly number[]): PostedAllocation | undefined {
  if (c.inverse !== undefined) return undefined;
  const n = c.ids.length;
  const { flowFrom, flowTo, flowUsage, flowUsageTotal, sequence, operating } = c;
  const flowCount = flowFrom.length;
  for (let k = 0; k < flowCount; k += 1) if (!(flowUsageTotal[k]! > 0)) return undefined;
  // Read as one typed column, as the float route reads them (arrays of several element kinds arrive).
  const column = c.scratch.costColumn;
  column.set(costs);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const cost = column[i]!;
    if (!(Number.isSafeInteger(cost) && cost >= 0)) return undefined;
    total += cost;
  }
  // A total past the safe range is the decimal route's to report.
  if (!Number.isSafeInteger(total)) return undefined;
  // received[i] / denominator is centre i's exact amount so far.
  const received = Array.from(column, (cost) => BigInt(cost));
  const sentNumerator: bigint[] = [];
  const sentDenominator: bigint[] = [];
  const flowNumerator: bigint[] = [];
  const flowDenominator: bigint[] = [];
  let denominator = 1n;
  let k = 0;
  for (const s of sequence) {
    const sent = received[s]!;
    sentNumerator.push(sent);
    sentDenominator.push(denominator);
    if (k >= flowCount || flowFrom[k] !== s) continue;
    // Each flow is sent x usage / total; over the new denominator (the old one x total) every
    // other amount is scaled by the total.
    const total = BigInt(flowUsageTotal[k]!);
    denominator *= total;
    for (let i = 0; i < n; i += 1) received[i] = received[i]! * total;
    for (; k < flowCount && flowFrom[k] === s; k += 1) {
      const amount = sent * BigInt(flowUsage[k]!);
      flowNumerator.push(amount);
      flowDenominator.push(denominator);
      received[flowTo[k]!] = received[flowTo[k]!]! + amount;
    }
  }
  const guard = guardFor(total, flowCount, n);
  if (guard === undefined) return undefined;
  const places = c.scratch.places;
  for (let i = 0; i < flowCount; i += 1) if (!placeExact(flowNumerator[i]!, flowDenominator[i]!, guard, places, i)) return undefined;
  let at = flowCount;
  const finals: InstanceType<typeof Dec>[] = [];
  for (const t of operating) {
    if (!placeExact(received[t]!, denominator, guard, places, at)) return undefined;
    finals.push(quantisedDecimal(places, at));
    at += 1;
  }
  for (let j = 0; j < sequence.length; j += 1) {
    if (!placeExact(sentNumerator[j]!, sentDenominator[j]!, guard, places, at)) return undefined;
    // The nearest whole unit, half up, of the quantised amount (postMinor of it).
    places.pin[at] = places.side[at] === 2 ? places.floor[at]! + 1 : places.floor[at]!;
    at += 1;
  }
  // The preferred finals: the largest-remainder split of the total over the quantised finals, as the decimal route makes it.
  const preferred = allocate(total, finals);
  for (let j = 0; j < preferred.length; j += 1) places.pin[flowCount + j] = preferred[j]!;
  const posted = postBalancedColumns(c.plan, column, places, c.scratch.posting);
  const final = new Float64Array(n);
  const allocated = new Float64Array(n);
  operating.forEach((t, j) => (final[t] = posted[flowCount + j]!));
  sequence.forEach((s, j) => (allocated[s] = posted[flowCount + operating.length + j]!));
  return { final, allocated, flows: posted.slice(0, flowCount) };
}

/**
 * How close to a half step of 10^-15 an exact amount may lie and still be quantised as the
 * decimal route quantises it, as the power of ten g such that the amount must be more than
 * 10^-(15+g) from the half step; undefined when no amount can be certain. Every amount lies
 * within the total (costs and usage are non-negative), so each 40-digit operation of the
 * decimal route errs by at most one unit in the 40th digit of the total, ulp = 10^(digits(total) - 40);
 * a flow takes a share (relative error 10^-39, at most 10 ulp on the amount), a product and a
 * sum, and errors pass on through shares that add up to 1, so no amount is off by more than
 * (12 x flows + centres) ulp. The guard is a hundred times that.
 */
function guardFor(total: number, flows: number, centres: number): bigint | undefined {
  const digits = (x: number): number => String(Math.max(1, x)).length;
  const g = 40 - 15 - 2 - digits(total) - digits(12 * flows + centres);
  return g < 0 ? undefined : 10n ** BigInt(g);
}

/**
 * Writes the place of numerator / denominator quantised to 15 decimals (half up) into the
 * columns at `at`: its whole units in `floor`, and its 15 decimals, kept in `pin` until the
 * caller sets the pin. False when the amount is within the guard of a half step, or past 2^52.
 */
function placeExact(numerator: bigint, denominator: bigint, guard: bigint, places: PlaceColumns, at: number): boolean {
  const scaled = numerator * QUANTUM;
  let steps = scaled / denominator;
  const rest = scaled - steps * denominator;
  // |rest / denominator - 1/2| x 10^-15 must pass 10^-(15+g): |2 rest - denominator| x 10^g > 2 denominator.
  const offHalf = 2n * rest - denominator;
  if ((offHalf < 0n ? -offHalf : offHalf) * guard <= 2n * denominator) return false;
  if (offHalf >= 0n) steps += 1n;
  const whole = steps / QUANTUM;
  if (whole >= 2n ** 52n) return false;
  const fraction = steps - whole * QUANTUM;
  places.floor[at] = Number(whole);
  // 15 decimals hold no amount within 10^-20 of a whole unit but a whole one.
  places.side[at] = fraction === 0n ? 0 : fraction < HALF_QUANTUM ? 1 : 2;
  places.nearWhole[at] = fraction === 0n ? 1 : 0;
  places.pin[at] = Number(fraction);
  return true;
}

/** The quantised amount at `at` (whole units in `floor`, decimals in `pin`) as a decimal. */
function quantisedDecimal(places: PlaceColumns, at: number): InstanceType<typeof Dec> {
  return new Dec(`${String(places.floor[at])}.${String(places.pin[at]).padStart(15, "0")}`);
}
