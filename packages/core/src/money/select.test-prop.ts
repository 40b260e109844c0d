import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthSmallest, medianOfThree } from "./select.js";

describe("kthSmallest (properties)", () => {
  it("finds the value a sort puts at position k, for any values with repeats and any k", () => {
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 300 }),
      fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => i)),
      fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => n - i)),
    );
    fc.assert(
      fc.property(values, fc.nat(), (list, pick) => {
        const k = pick % list.length;
        const sorted = Float64Array.from(list).sort();
        expect(kthSmallest(Float64Array.from(list), list.length, k)).toBe(sorted[k]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("edge cases", () => {
  it("reads only the first n values of a longer column", () => {
    expect(kthSmallest(Float64Array.of(9, 3, 7, 0, 0), 3, 0)).toBe(3);
    expect(kthSmallest(Float64Array.of(9, 3, 7, 0, 0), 3, 2)).toBe(9);
  });
});

/**
 * Values that defeat the middle-of-three pivot, built as McIlroy's adversary builds them: every
 * value starts undecided, and a comparison that needs one fixes it just above those fixed so far.
 * Each round then splits off only a value or two, so the selection runs out of rounds.
 */
function pivotKiller(n: number, k: number): Float64Array {
  const value: number[] = new Array<number>(n).fill(Infinity);
  let fixed = 0;
  let candidate = -1;
  const less = (x: number, y: number): boolean => {
    if (value[x] === Infinity && value[y] === Infinity) value[x === candidate ? x : y] = fixed++;
    if (value[x] === Infinity) candidate = x;
    else if (value[y] === Infinity) candidate = y;
    return value[x]! < value[y]!;
  };
  const middle = (a: number, b: number, c: number): number => (less(a, b) ? (less(b, c) ? b : less(a, c) ? c : a) : less(a, c) ? a : less(b, c) ? c : b);
  const at = Array.from({ length: n }, (_, i) => i);
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = middle(at[lo]!, at[(lo + hi) >> 1]!, at[hi]!);
    if (value[pivot] === Infinity) value[pivot] = fixed++;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (i <= hi && less(at[i]!, pivot)) i += 1;
      while (j >= lo && less(pivot, at[j]!)) j -= 1;
      if (i <= j) {
        [at[i], at[j]] = [at[j]!, at[i]!];
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return Float64Array.from(value, (v) => (v === Infinity ? fixed++ : v));
}

describe("kthSmallest against a pivot-defeating pattern", () => {
  it("still finds the value a sort puts at position k when the splits keep going badly (the sort that bounds the work)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.nat(), fc.boolean(), (n, pick, last) => {
        // The pattern is at its worst for the largest positions, where the range shrinks from below.
        const k = last ? n - 1 : pick % n;
        const values = pivotKiller(n, k);
        const sorted = Float64Array.from(values).sort();
        // The column is longer than n, as a scratch column is: values past n must not be read.
        const column = Float64Array.of(...values, -1, -1);
        expect(kthSmallest(column, n, k)).toBe(sorted[k]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the one value of a one-value range, and the smaller or larger of two", () => {
    expect(kthSmallest(Float64Array.of(7), 1, 0)).toBe(7);
    expect([kthSmallest(Float64Array.of(8, 3), 2, 0), kthSmallest(Float64Array.of(8, 3), 2, 1)]).toEqual([3, 8]);
    expect([kthSmallest(Float64Array.of(-0.5, -2), 2, 0), kthSmallest(Float64Array.of(5, 5), 2, 1)]).toEqual([-2, 5]);
  });
});

describe("medianOfThree", () => {
  it("gives the middle value in each of the six orders, and a repeated value when two are equal", () => {
    for (const [a, b, c] of [
      [1, 2, 3],
      [1, 3, 2],
      [2, 1, 3],
      [2, 3, 1],
      [3, 1, 2],
      [3, 2, 1],
    ] as const) {
      expect(medianOfThree(a, b, c), `${a} ${b} ${c}`).toBe(2);
    }
    expect([medianOfThree(4, 4, 9), medianOfThree(9, 4, 4), medianOfThree(4, 9, 4), medianOfThree(9, 9, 4)]).toEqual([4, 4, 4, 9]);
    expect(medianOfThree(-1, -1, -1)).toBe(-1);
  });

  it("is the value a sort puts in the middle (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), (a, b, c) => {
        expect(medianOfThree(a, b, c)).toBe([a, b, c].sort((x, y) => x - y)[1]);
      }),
    );
  });
});
