import { db, pmt, syd, vdb } from "../finance/index.js";
import { finite } from "../finance/error.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { postMinor } from "../money/money.js";
import type { DepreciationMethod } from "../model/vocabulary.js";

/** What a depreciation schedule needs to know of an asset. */
export interface Asset {
  /** Cost in whole minor units. */
  readonly cost: number;
  /** Salvage value in whole minor units, at most the cost. */
  readonly salvage: number;
  /** Useful life in whole years. */
  readonly usefulLife: number;
  /** Month or date put into service, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly inService: string;
  readonly method: DepreciationMethod;
  /** Rate factor of double-declining balance; 2 when absent. */
  readonly factor?: number | undefined;
  /** Depreciate the first year for the months in service only, carrying the rest into one extra year. */
  readonly prorateFirstYear: boolean;
}

/** Depreciation (or amortisation) of one fiscal year, in whole minor units. */
export interface YearAmount {
  readonly year: number;
  readonly amount: number;
}

/**
 * The yearly depreciation schedule of an asset, in whole minor units, summing exactly to
 * cost minus salvage.
 *
 * Straight line is the Vietnamese public-sector rule (Circular 23/2023/TT-BTC). Without
 * proration an asset depreciates a full year from the year it enters service; with it,
 * the first year takes the months in service and one extra year takes the rest. Sum of
 * years' digits and double-declining balance (switching to straight line, as Excel's VDB
 * does, so the asset reaches its salvage value) split each asset year across fiscal
 * years the same way. Declining balance follows Excel's DB, whose `month` argument is
 * itself the proration; because DB rounds its rate to three decimals it does not land on
 * the salvage value, so the last year takes what is left.
 *
 * Exact yearly amounts are posted to whole minor units by largest remainder, so the
 * schedule reconciles to the đồng.
 *
 * @example
 * depreciationSchedule({ cost: 1000, salvage: 0, usefulLife: 3, inService: "2021-01", method: "straight-line", prorateFirstYear: false })
 * // [{ year: 2021, amount: 334 }, { year: 2022, amount: 333 }, { year: 2023, amount: 333 }]
 */
export function depreciationSchedule(asset: Asset): YearAmount[] {
  const startYear = Number(asset.inService.slice(0, 4));
  const month = Number(asset.inService.slice(5, 7));
  const monthsInFirstYear = asset.prorateFirstYear ? 13 - month : 12;
  // Stryker disable next-line all: a route choice; the general route splits by the same equal years
  if (asset.method === "straight-line" && monthsInFirstYear === 12) {
    // Every year's exact amount is the same (C - S) / n, so the split by them is the split
    // by equal whole weights: the same parts without n decimal quotients.
    const amounts = allocate(asset.cost - asset.salvage, new Array<number>(asset.usefulLife).fill(1));
    return amounts.map((amount, i) => ({ year: startYear + i, amount }));
  }
  const exact = asset.method === "declining-balance" ? decliningBalance(asset, monthsInFirstYear) : spread(assetYears(asset), monthsInFirstYear);
  const amounts = allocate(asset.cost - asset.salvage, exact);
  return amounts.map((amount, i) => ({ year: startYear + i, amount }));
}

/** Exact depreciation of each asset year (year 1 = the first twelve months in service). */
function assetYears(asset: Asset): DecValue[] {
  const { cost, salvage, usefulLife: n } = asset;
  const years: DecValue[] = [];
  for (let p = 1; p <= n; p += 1) {
    switch (asset.method) {
      case "straight-line":
        // Stryker disable next-line ArithmeticOperator: every year is the same, so any common amount splits alike
        years.push(new Dec(cost - salvage).div(n));
        break;
      case "sum-of-years":
        years.push(syd(cost, salvage, n, p));
        break;
      case "double-declining":
        years.push(cost === 0 ? new Dec(0) : vdb(cost, salvage, n, p - 1, p, asset.factor ?? 2, false));
        break;
      // Stryker disable next-line all: unreachable; declining balance has its own function (the case keeps the switch exhaustive)
      case "declining-balance":
        throw new Error("declining balance is computed by decliningBalance");
    }
  }
  return years;
}

/** Splits each asset year into the fiscal years it spans when the first fiscal year is partial. */
function spread(years: readonly DecValue[], monthsInFirstYear: number): DecValue[] {
  if (monthsInFirstYear === 12) return [...years];
  const head = new Dec(monthsInFirstYear).div(12);
  const tail = new Dec(1).minus(head);
  const fiscal = years.map((a) => a.mul(head));
  years.forEach((a, j) => {
    if (j + 1 < fiscal.length) fiscal[j + 1] = fiscal[j + 1]!.plus(a.mul(tail));
    else fiscal.push(a.mul(tail));
  });
  return fiscal;
}

function decliningBalance(asset: Asset, monthsInFirstYear: number): DecValue[] {
  const { cost, salvage, usefulLife: n } = asset;
  const depreciable = new Dec(cost - salvage);
  const periods = monthsInFirstYear === 12 ? n : n + 1;
  if (cost === 0 || depreciable.isZero()) return Array.from({ length: periods }, () => new Dec(0));
  const out: DecValue[] = [];
  let taken = new Dec(0);
  for (let p = 1; p <= periods; p += 1) {
    const left = depreciable.minus(taken);
    const amount = p === periods ? left : Dec.min(db(cost, salvage, n, p, monthsInFirstYear), left);
    out.push(Dec.max(amount, 0));
    taken = taken.plus(out[out.length - 1]!);
  }
  return out;
}

/**
 * Equivalent annual cost of an asset: the level yearly payment over its useful life
 * whose present value at `rate` equals the cost less the discounted salvage,
 * EAC = (C - S/(1+r)^n) * r / (1 - (1+r)^-n), or (C - S)/n at a zero rate. Posted to whole
 * minor units, half up.
 *
 * @example equivalentAnnualCost({ cost: 1_000_000, salvage: 0, usefulLife: 5 }, 0.08) // 250456
 */
export function equivalentAnnualCost(asset: Pick<Asset, "cost" | "salvage" | "usefulLife">, rate: number): number {
  // A rate so small that (1 + r)^n is 1 at our precision (5e-324 is valid JSON) is the zero
  // rate in effect: take EAC's limit there, (C - S)/n, where PMT itself rightly has no answer.
  const effective = new Dec(rate).plus(1).pow(asset.usefulLife).eq(1) ? 0 : rate;
  // PMT pays out what PV receives: EAC = -PMT(r, n, C, -S).
  return postMinor(pmt(effective, asset.usefulLife, asset.cost, -asset.salvage).neg());
}

/**
 * {@link equivalentAnnualCost} at one rate for many assets: (1 + r)^n is raised once per useful
 * life, not twice per asset, and each asset takes PMT's remaining steps in the same order, so
 * every result is the same to the last digit. Lives where PMT has no plain answer (a zero
 * effective rate, a growth of 1 or not real) take {@link equivalentAnnualCost} itself.
 *
 * @example equivalentAnnualCostAt(0.08)({ cost: 1_000_000, salvage: 0, usefulLife: 5 }) // 250456
 */
export function equivalentAnnualCostAt(rate: number): (asset: Pick<Asset, "cost" | "salvage" | "usefulLife">) => number {
  const r = new Dec(rate);
  const byLife = new Map<number, { growth: DecValue; annuity: DecValue } | undefined>();
  return (asset) => {
    const n = asset.usefulLife;
    let factors = byLife.get(n);
    // Stryker disable next-line all: a cache; a miss computes the same factors
    if (!byLife.has(n)) {
      const growth = r.plus(1).pow(n);
      const annuity = growth.minus(1);
      // A zero rate or a zero life makes the growth 1, so its annuity is zero and PMT has no plain answer.
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: without factors the general PMT gives the same amount
      factors = !growth.isFinite() || annuity.isZero() ? undefined : { growth, annuity };
      byLife.set(n, factors);
    }
    // Stryker disable next-line ConditionalExpression: the general PMT gives the same amount
    if (factors === undefined) return equivalentAnnualCost(asset, rate);
    // PMT(r, n, C, -S) = -((-S + C (1 + r)^n) r / ((1 + r)^n - 1)), as pmt computes it.
    // Stryker disable next-line StringLiteral: with finite factors the payment is finite, so the name is never shown
    const payment = finite("PMT", new Dec(-asset.salvage).plus(new Dec(asset.cost).times(factors.growth)).times(r).div(factors.annuity).neg());
    return postMinor(payment.neg());
  };
}
