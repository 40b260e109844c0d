/** The fiscal years of a programme, first to last. */
export function yearsOf(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A vector of whole minor units, one per programme year. */
export type YearVector = number[];

/** A vector of zeros, one per year. */
export function zeros(length: number): YearVector {
  return new Array<number>(length).fill(0);
}

/** Adds b into a, in place; used only on vectors a function owns. */
export function addInto(a: YearVector, b: readonly number[]): void {
  for (let i = 0; i < a.length; i += 1) a[i] = a[i]! + b[i]!;
}

/** The sum of a vector. */
export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * Values by year as a record keyed by the year ("2025": amount), the shape every by-year figure
 * of a result takes; one loop, with no entry pairs or key texts built on the way.
 */
export function byYearRecord(years: readonly number[], values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let t = 0; t < years.length; t += 1) out[years[t]!] = values[t]!;
  return out;
}
