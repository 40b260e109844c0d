import { Dec } from "../internal/decimal.js";
import type { DecimalInput } from "../internal/decimal.js";
import { decliningBalance } from "./ddb.js";
import { fail, finite, flag, num, optionalNum } from "./error.js";

/**
 * Variable declining balance depreciation between two points in an asset's life, like Excel's
 * `VDB`; the start and end may be fractional periods.
 *
 * Each whole period takes the declining balance (`factor / life` of the book value, as DDB),
 * but switches for good to straight line over the remaining life once that is larger, unless
 * `noSwitch` is true. A fractional start or end takes that share of the straddled period, the
 * way Excel and LibreOffice do it: whole periods from `floor(start)` to `ceil(end)`, less the
 * parts of the first and last period outside the range, each part computed on the book value
 * at the start of its own period.
 *
 * @param cost - The initial cost of the asset; not negative.
 * @param salvage - The value at the end of the depreciation; 0 up to `cost`.
 * @param life - The number of periods over which the asset is depreciated; greater than 0.
 * @param startPeriod - Where the depreciation starts, in the same unit as `life`; 0 or more.
 * @param endPeriod - Where it ends; from `startPeriod` up to `life`.
 * @param factor - The rate at which the balance declines, greater than 0; omitted
 *   (`undefined` or `null`) means 2.
 * @param noSwitch - True to stay on the declining balance even when straight line would be
 *   larger; omitted (`undefined` or `null`) means false. Excel reads a non-zero number as true.
 * @returns The depreciation from `startPeriod` to `endPeriod`.
 * @throws {@link FinancialFunctionError} `#NUM!` when `cost` or `salvage` is negative, `salvage` >
 *   `cost`, `life` <= 0, `factor` <= 0, `startPeriod` < 0, `startPeriod` > `endPeriod` or
 *   `endPeriod` > `life`; `#VALUE!` when an argument is not a number.
 *
 * @example
 * vdb(2400, 300, 10, 0, 1).toFixed(2); // "480.00"
 * vdb(2400, 300, 120, 6, 18).toFixed(2); // "396.31"
 * vdb(2400, 300, 10, 0, 0.875, 1.5).toFixed(2); // "315.00"
 */
export function vdb(
  cost: DecimalInput,
  salvage: DecimalInput,
  life: DecimalInput,
  startPeriod: DecimalInput,
  endPeriod: DecimalInput,
  factor: DecimalInput | null = 2,
  noSwitch: DecimalInput | boolean | null = false,
): Dec {
  const c = num("VDB", "cost", cost);
  const s = num("VDB", "salvage", salvage);
  const n = num("VDB", "life", life);
  const start = num("VDB", "start_period", startPeriod);
  const end = num("VDB", "end_period", endPeriod);
  const f = optionalNum("VDB", "factor", factor, 2);
  const stayDeclining = flag("VDB", "no_switch", noSwitch);

  if (c.lt(0)) fail("#NUM!", "VDB", "finance-not-negative", { name: "cost", value: c.toString() });
  if (s.lt(0)) fail("#NUM!", "VDB", "finance-not-negative", { name: "salvage", value: s.toString() });
  if (s.gt(c)) fail("#NUM!", "VDB", "finance-not-greater-than", { name: "salvage", value: s.toString(), other: "cost", otherValue: c.toString() });
  if (n.lte(0)) fail("#NUM!", "VDB", "finance-greater-than", { name: "life", bound: 0, value: n.toString() });
  if (f.lte(0)) fail("#NUM!", "VDB", "finance-greater-than", { name: "factor", bound: 0, value: f.toString() });
  if (start.lt(0)) fail("#NUM!", "VDB", "finance-not-negative", { name: "start_period", value: start.toString() });
  if (start.gt(end)) {
    fail("#NUM!", "VDB", "finance-not-greater-than", { name: "start_period", value: start.toString(), other: "end_period", otherValue: end.toString() });
  }
  if (end.gt(n)) {
    fail("#NUM!", "VDB", "finance-at-most-life", { name: "end_period", limit: n.toString(), value: end.toString() });
  }

  const result = stayDeclining ? withoutSwitch(c, s, n, start, end, f) : withSwitch(c, s, n, start, end, f);
  return finite("VDB", result);
}

/** Declining balance only: whole periods, the straddled first and last taken in proportion. */
function withoutSwitch(cost: Dec, salvage: Dec, life: Dec, start: Dec, end: Dec, factor: Dec): Dec {
  const firstWhole = start.floor();
  const lastWhole = end.ceil();
  let total = new Dec(0);
  for (let i = firstWhole.plus(1); i.lte(lastWhole); i = i.plus(1)) {
    let term = decliningBalance(cost, salvage, life, i, factor);
    if (i.eq(firstWhole.plus(1))) term = term.times(Dec.min(end, firstWhole.plus(1)).minus(start));
    else if (i.eq(lastWhole)) term = term.times(end.plus(1).minus(lastWhole));
    total = total.plus(term);
  }
  return total;
}

/**
 * With the switch to straight line: depreciation over whole periods from `floor(start)` to
 * `ceil(end)`, less the share of the first and last period that lies outside the range.
 */
function withSwitch(cost: Dec, salvage: Dec, life: Dec, start: Dec, end: Dec, factor: Dec): Dec {
  const firstWhole = start.floor();
  const lastWhole = end.ceil();
  const bookAt = (period: Dec): Dec => cost.minus(segment(cost, salvage, life, life, period, factor));
  // Depreciation over one whole period starting at `period`, for an asset already written down to then.
  const periodFrom = (period: Dec): Dec => segment(bookAt(period), salvage, life, life.minus(period), new Dec(1), factor);

  let outside = new Dec(0);
  if (!start.eq(firstWhole)) outside = outside.plus(start.minus(firstWhole).times(periodFrom(firstWhole)));
  if (!end.eq(lastWhole)) outside = outside.plus(lastWhole.minus(end).times(periodFrom(lastWhole.minus(1))));

  const whole = segment(bookAt(firstWhole), salvage, life, life.minus(firstWhole), lastWhole.minus(firstWhole), factor);
  return whole.minus(outside);
}

/**
 * Depreciation of an asset worth `cost` over its first `periods` periods (the last one may be
 * partial), switching to straight line over `remainingLife` once that beats the declining balance.
 */
function segment(cost: Dec, salvage: Dec, life: Dec, remainingLife: Dec, periods: Dec, factor: Dec): Dec {
  const lastWhole = periods.ceil();
  let depreciable = cost.minus(salvage);
  let straightLine: Dec | undefined;
  let total = new Dec(0);
  for (let i = new Dec(1); i.lte(lastWhole); i = i.plus(1)) {
    let term: Dec;
    if (straightLine === undefined) {
      const declining = decliningBalance(cost, salvage, life, i, factor);
      const evenly = depreciable.div(remainingLife.minus(i).plus(1));
      if (evenly.gt(declining)) {
        straightLine = evenly;
        term = evenly;
      } else {
        term = declining;
        depreciable = depreciable.minus(declining);
      }
    } else {
      term = straightLine;
    }
    if (i.eq(lastWhole)) term = term.times(periods.plus(1).minus(lastWhole));
    total = total.plus(term);
  }
  return total;
}
