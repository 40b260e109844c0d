import { Dec } from "../internal/decimal.js";
import type { DecimalInput } from "../internal/decimal.js";
import { fail, finite, num, optionalNum } from "./error.js";

/** Excel stops after 20 Newton steps and answers #NUM!. */
const NEWTON_STEPS = 20;
/** Excel's documented accuracy: 0.00001 percent. */
const EXCEL_ACCURACY = new Dec("1e-7");
/** Once Excel's accuracy is reached, a few more steps give every digit we keep. */
const POLISH_STEPS = 8;
const POLISHED = new Dec("1e-32");
/** Where the fallback looks for a sign change: from just above -100% to 1000%. */
const SEARCH_POINTS: readonly Dec[] = (() => {
  const points: Dec[] = [];
  for (let k = -99; k <= 100; k += 1) points.push(new Dec(k).div(100)); // -0.99 .. 1, by 0.01
  for (let k = 11; k <= 100; k += 1) points.push(new Dec(k).div(10)); // 1.1 .. 10, by 0.1
  return points;
})();

/**
 * The internal rate of return of cash flows at equal periods, like Excel's `IRR`: the rate
 * at which their net present value (first value undiscounted) is 0.
 *
 * Like Excel, it runs Newton's method from `guess` for at most 20 steps, to Excel's accuracy
 * of 0.00001%, so when flows change sign more than once the root nearest the guess is found
 * (pass another guess to get another root). If Newton's method leaves the real rates (below
 * -100%) or stalls, a bracketing search between -99% and 1000% takes over and bisects the
 * sign change nearest the guess; only when that also finds nothing is the answer #NUM!.
 *
 * @param values - The cash flows in order, the first at period 0; at least one must be
 *   positive and one negative.
 * @param guess - A rate near the expected result, greater than -1; omitted (`undefined` or
 *   `null`) means 0.1.
 * @returns The rate per period, e.g. 0.0866 for 8.66%.
 * @throws {@link FinancialFunctionError} `#NUM!` when the values do not change sign, `guess` <= -1,
 *   or no rate is found; `#VALUE!` when an argument is not a number.
 *
 * @example
 * irr([-70000, 12000, 15000, 18000, 21000, 26000]).toFixed(4); // "0.0866"
 * irr([-70000, 12000, 15000, 18000, 21000]).toFixed(4); // "-0.0212"
 * irr([-70000, 12000, 15000], -0.1).toFixed(4); // "-0.4435"
 */
export function irr(values: readonly DecimalInput[], guess: DecimalInput | null = 0.1): Dec {
  const flows = values.map((value, index) => num("IRR", `value ${index + 1}`, value));
  const start = optionalNum("IRR", "guess", guess, 0.1);
  if (!flows.some((v) => v.isPositive() && !v.isZero()) || !flows.some((v) => v.isNegative() && !v.isZero())) {
    fail("#NUM!", "IRR", "finance-no-sign-change");
  }
  if (start.lte(-1)) fail("#NUM!", "IRR", "finance-greater-than", { name: "guess", bound: -1, value: start.toString() });

  const root = newton(flows, start) ?? bracketed(flows, start);
  if (root === undefined) {
    fail("#NUM!", "IRR", "finance-no-rate-found", { steps: NEWTON_STEPS, guess: start.toString() });
  }
  return finite("IRR", root);
}

/** Net present value at `rate` (first flow undiscounted) and its derivative with respect to the rate. */
function presentValue(flows: readonly Dec[], rate: Dec): { value: Dec; slope: Dec } {
  const discount = new Dec(1).div(rate.plus(1));
  let value = new Dec(0);
  let slope = new Dec(0);
  let factor = new Dec(1); // discount ^ i
  flows.forEach((flow, i) => {
    value = value.plus(flow.times(factor));
    slope = slope.minus(flow.times(i).times(factor).times(discount));
    factor = factor.times(discount);
  });
  return { value, slope };
}

function newtonStep(flows: readonly Dec[], rate: Dec): Dec | undefined {
  const { value, slope } = presentValue(flows, rate);
  if (slope.isZero()) return undefined;
  const next = rate.minus(value.div(slope));
  return next.isFinite() && next.gt(-1) ? next : undefined;
}

function newton(flows: readonly Dec[], guess: Dec): Dec | undefined {
  let rate = guess;
  for (let step = 0; step < NEWTON_STEPS; step += 1) {
    const next = newtonStep(flows, rate);
    if (next === undefined) return undefined;
    const moved = next.minus(rate).abs();
    rate = next;
    if (moved.lt(EXCEL_ACCURACY)) return polish(flows, rate);
  }
  return undefined;
}

/** Newton converges quadratically near the root: a few more steps reach full precision. */
function polish(flows: readonly Dec[], rate: Dec): Dec {
  let current = rate;
  for (let step = 0; step < POLISH_STEPS; step += 1) {
    const next = newtonStep(flows, current);
    if (next === undefined) break;
    const moved = next.minus(current).abs();
    current = next;
    if (moved.lt(POLISHED)) break;
  }
  return current;
}

/** The fallback: bisect the sign change of the net present value nearest the guess. */
function bracketed(flows: readonly Dec[], guess: Dec): Dec | undefined {
  const points = [...SEARCH_POINTS, guess].sort((a, b) => a.comparedTo(b));
  const values = points.map((rate) => presentValue(flows, rate).value);
  let best: { low: Dec; high: Dec; distance: Dec } | undefined;
  for (let i = 1; i < points.length; i += 1) {
    const low = points[i - 1];
    const high = points[i];
    const atLow = values[i - 1];
    const atHigh = values[i];
    if (low === undefined || high === undefined || atLow === undefined || atHigh === undefined) continue;
    if (atLow.isZero()) return low;
    if (atLow.isNegative() === atHigh.isNegative() && !atHigh.isZero()) continue;
    const distance = Dec.min(low.minus(guess).abs(), high.minus(guess).abs());
    if (best === undefined || distance.lt(best.distance)) best = { low, high, distance };
  }
  if (best === undefined) return undefined;

  let { low, high } = best;
  const lowNegative = presentValue(flows, low).value.isNegative();
  for (let step = 0; step < 120 && high.minus(low).gt(POLISHED); step += 1) {
    const middle = low.plus(high).div(2);
    const atMiddle = presentValue(flows, middle).value;
    if (atMiddle.isZero()) return middle;
    if (atMiddle.isNegative() === lowNegative) low = middle;
    else high = middle;
  }
  return polish(flows, low.plus(high).div(2));
}
