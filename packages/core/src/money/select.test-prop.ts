import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthSmallest } from "./select.js";

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
