import { idRecord } from "../internal/id-record.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { postMinor } from "../money/money.js";
import { addInto, byYearRecord, sum, zeros, type YearVector } from "./years.js";

/** A figure by year: its total, its value in each year, and whether it rests on assumptions. */
export interface Series {
  readonly total: number;
  readonly byYear: Readonly<Record<string, number>>;
  /** True when any part of the figure comes from an assumption rather than the source. */
  readonly assumption: boolean;
}

/** A budget broken down every way a finance officer asks for it; each breakdown sums to `total`. */
export interface Breakdown {
  readonly total: Series;
  readonly byFacility: Readonly<Record<string, Series>>;
  readonly byKind: Readonly<Record<string, Series>>;
  readonly byOwnership: Readonly<Record<string, Series>>;
  readonly byCategory: Readonly<Record<string, Series>>;
  readonly byFundingSource: Readonly<Record<string, Series>>;
  readonly byFundingKind: Readonly<Record<string, Series>>;
}

/** What a breakdown groups: a vector of amounts, its keys and its provenance. */
export interface Grouped {
  readonly amounts: YearVector;
  readonly assumption: boolean;
  readonly keys: Readonly<Record<Exclude<keyof Breakdown, "total">, string>>;
}

/** Writes a year vector as a series. */
export function series(years: readonly number[], amounts: readonly number[], assumption: boolean): Series {
  return { total: sum(amounts), byYear: byYearRecord(years, amounts), assumption };
}

/**
 * Groups amounts every way at once. `order` fixes the order of keys in each group (the
 * model's order), so the same model always gives the same document, byte for byte.
 */
export function breakdown(
  years: readonly number[],
  rows: readonly Grouped[],
  order: Readonly<Record<Exclude<keyof Breakdown, "total">, readonly string[]>>,
): Breakdown {
  // Whether a row's assumption shows is the same in every dimension: decide it once per row.
  const assumed = rows.map((r) => r.assumption && sum(r.amounts) !== 0);
  const group = (dimension: Exclude<keyof Breakdown, "total">): Record<string, Series> => {
    const vectors = new Map<string, { amounts: YearVector; assumption: boolean }>();
    for (const key of order[dimension]) vectors.set(key, { amounts: zeros(years.length), assumption: false });
    rows.forEach((row, r) => {
      const key = row.keys[dimension];
      let entry = vectors.get(key);
      if (entry === undefined) {
        entry = { amounts: zeros(years.length), assumption: false };
        vectors.set(key, entry);
      }
      addInto(entry.amounts, row.amounts);
      if (assumed[r]!) entry.assumption = true;
    });
    const out = idRecord<Series>();
    for (const [key, entry] of vectors) out[key] = series(years, entry.amounts, entry.assumption);
    return out;
  };
  const total = zeros(years.length);
  for (const row of rows) addInto(total, row.amounts);
  return {
    total: series(years, total, assumed.includes(true)),
    byFacility: group("byFacility"),
    byKind: group("byKind"),
    byOwnership: group("byOwnership"),
    byCategory: group("byCategory"),
    byFundingSource: group("byFundingSource"),
    byFundingKind: group("byFundingKind"),
  };
}

/**
 * Restates rows in constant prices of the base year: each year's total is deflated by
 * index[base] / index[year] and posted half up, then shared among the rows by largest
 * remainder in proportion to their nominal amounts, so the restated rows still add up
 * to the restated total exactly.
 */
export function deflate(rows: readonly Grouped[], factors: readonly DecValue[]): Grouped[] {
  const restated = rows.map((r) => ({ ...r, amounts: zeros(r.amounts.length) }));
  factors.forEach((factor, t) => {
    const nominal = rows.map((r) => r.amounts[t]!);
    const parts = allocate(postMinor(new Dec(sum(nominal)).mul(factor)), nominal);
    parts.forEach((p, i) => (restated[i]!.amounts[t] = p));
  });
  return restated;
}

/**
 * Present value of a year vector at the start of the base year: an amount in year t is
 * divided by (1 + rate)^(t - base). The total is posted half up and shared among the
 * years by largest remainder, so the yearly present values add up to it exactly.
 */
export function presentValue(
  years: readonly number[],
  amounts: readonly number[],
  rate: number,
  baseYear: number,
): { total: number; byYear: Record<string, number> } {
  const growth = new Dec(1).plus(rate);
  const exact = amounts.map((a, i) => new Dec(a).div(growth.pow(years[i]! - baseYear)));
  const total = postMinor(exact.reduce((a, b) => a.plus(b), new Dec(0)));
  const parts = allocate(
    total,
    exact.map((e) => Dec.max(e, 0)),
  );
  return { total, byYear: byYearRecord(years, parts) };
}
