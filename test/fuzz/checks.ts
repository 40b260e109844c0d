import { CostplanError, MoneyRangeError, type AllocationResult, type RunResult } from "@costplan/core";

/*
 * What every fuzzed output must satisfy. Each check throws a plain Error naming what broke,
 * so fast-check shrinks to the smallest input that breaks it.
 */

// A bare NaN or Infinity (not inside quotes, where a user's own text may hold the word).
const NON_FINITE = /(?<!["\w])-?(NaN|Infinity)(?!["\w])/;
const INTERNAL = /internal error|lỗi nội bộ|Cannot read properties|is not a function|is not iterable|Maximum call stack/i;
const STACK = /\n\s+at .+:\d+:\d+|\bat (?:async )?[\w.<>]+ \(.+:\d+:\d+\)/;

/** Text shown to a user: no NaN, no Infinity, no internal error, no stack trace. */
export function assertCleanText(text: string, where: string): void {
  for (const [pattern, what] of [
    [NON_FINITE, "NaN or Infinity"],
    [INTERNAL, "an internal error"],
    [STACK, "a stack trace"],
  ] as const) {
    const found = pattern.exec(text);
    if (found !== null)
      throw new Error(`${where} shows ${what} (${JSON.stringify(found[0])}) in: ${text.slice(Math.max(0, found.index - 200), found.index + 200)}`);
  }
}

/** Every string inside a document: a user's own names may say "Infinity", and are echoed as written. */
export function stringsOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) stringsOf(v, into.add(k));
  return into;
}

/** A result object: every number finite, every computed string clean (the user's own strings are theirs). */
export function assertFiniteJson(value: unknown, own: ReadonlySet<string> = new Set(), path = "$"): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (typeof value === "string") {
    if (!own.has(value)) assertCleanText(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      assertFiniteJson(v, own, `${path}[${i}]`);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) assertFiniteJson(v, own, `${path}.${k}`);
  }
}

/** The only errors an entry point may throw: costplan's typed ones, with clean messages. */
export function assertTypedError(error: unknown): void {
  if (error instanceof CostplanError) {
    assertCleanText(error.messages.en, "error (en)");
    assertCleanText(error.messages.vi, "error (vi)");
    return;
  }
  if (error instanceof MoneyRangeError) {
    assertCleanText(error.messages.en, "money range error (en)");
    assertCleanText(error.messages.vi, "money range error (vi)");
    return;
  }
  throw error;
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

function equal(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new Error(`${what}: ${actual} is not ${expected} (off by ${actual - expected})`);
}

function wholeMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new Error(`${what} is ${value}, not whole minor units`);
}

type Series = { readonly total: number; readonly byYear: Readonly<Record<string, number>> };

/** Σ of a breakdown's parts equals its total, over the programme and in each year. */
function reconcileBreakdown(total: Series, parts: Readonly<Record<string, Series>>, what: string): void {
  equal(sum(Object.values(total.byYear)), total.total, `${what} by year`);
  equal(sum(Object.values(parts).map((p) => p.total)), total.total, what);
  for (const year of Object.keys(total.byYear)) equal(sum(Object.values(parts).map((p) => p.byYear[year] ?? 0)), total.byYear[year]!, `${what} in ${year}`);
}

/** Every figure of a run adds up to its total to the minor unit. */
export function reconcileRun(result: RunResult): void {
  const s = result.summary;
  equal(s.byOwnership.public + s.byOwnership.private, s.totalCost, "public + private");
  equal(sum(Object.values(s.byYear)), s.totalCost, "summary by year");
  equal(sum(result.items.flatMap((i) => Object.values(i.cash))), s.totalCost, "items' cash");
  for (const view of ["cash", "accrual"] as const) {
    for (const prices of ["nominal", "constant"] as const) {
      const b = result.budget[view][prices];
      // Constant prices exist only where the model has a price index.
      if (b === undefined) continue;
      for (const [dimension, parts] of Object.entries(b)) {
        if (dimension !== "total") reconcileBreakdown(b.total, parts as Record<string, Series>, `${view} ${prices} ${dimension}`);
      }
    }
  }
  equal(result.budget.cash.nominal.total.total, s.totalCost, "cash budget");
  for (const facility of result.allocation) {
    const accrual = result.budget.accrual.nominal.byFacility[facility.facility];
    for (const [year, y] of Object.entries(facility.byYear)) {
      // Every đồng of the facility's accrual EMR cost reaches an operating centre.
      equal(sum(Object.values(y.emr)), accrual?.byYear[year] ?? 0, `${facility.facility} EMR reaching operating centres in ${year}`);
      for (const [support, sent] of Object.entries(y.emrSupport)) {
        equal(sum(y.flows.filter((f) => f.from === support).map((f) => f.amount)), sent, `${facility.facility} ${support} flows in ${year}`);
      }
    }
  }
  for (const [year, p] of Object.entries(result.payers.byYear)) {
    equal(p.fund + p.patients, p.increase, `fund + patients in ${year}`);
    equal(p.recovered, p.increase, `recovered in ${year}`);
    equal(sum(Object.values(result.payers.byFacility).map((f) => f.byYear[year]?.fund ?? 0)), p.fund, `facilities' fund in ${year}`);
    equal(sum(Object.values(result.payers.byFacility).map((f) => f.byYear[year]?.patients ?? 0)), p.patients, `facilities' patients in ${year}`);
  }
  for (const entry of result.prices) {
    for (const [year, y] of Object.entries(entry.byYear)) {
      const what = `${entry.facility}/${entry.code} in ${year}`;
      wholeMinor(y.proposedPrice, `${what} proposed price`);
      equal(y.fund + y.patients, y.totalIncrease, `${what} fund + patients`);
      equal(y.increase * entry.volume, y.totalIncrease, `${what} increase x volume`);
    }
  }
}

/** An allocation's final costs add up to the sum of the centres' costs, and each sender sends what it holds. */
export function reconcileAllocation(result: AllocationResult, costsInMinor: readonly number[]): void {
  equal(result.total, sum(costsInMinor), "total of the centres' costs");
  equal(sum(Object.values(result.final)), result.total, "Σ final");
  for (const f of result.flows) wholeMinor(f.amount, `flow ${f.from} -> ${f.to}`);
  for (const [support, sent] of Object.entries(result.support)) {
    equal(sum(result.flows.filter((f) => f.from === support).map((f) => f.amount)), sent, `${support} flows`);
  }
}
