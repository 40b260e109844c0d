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
