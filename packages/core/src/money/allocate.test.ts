import { describe, expect, it } from "vitest";
import { CostplanError } from "../errors/costplan-error.js";
import { allocate } from "./allocate.js";

describe("allocate", () => {
  it("splits evenly and gives the leftover units to the earliest parts on equal remainders", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it("gives leftover units by largest remainder, not by largest weight", () => {
    // quotas 4.7, 2.6, 2.7: wholes 4+2+2 = 8, two units go to remainders .7 and .7 -> first and third
    expect(allocate(10, [47, 26, 27])).toEqual([5, 2, 3]);
  });

  it("breaks equal remainders by the larger weight before input order", () => {
    // quotas 1.5 and 0.5 have the same remainder; the larger weight wins the unit
    expect(allocate(2, [1, 3])).toEqual([0, 2]);
    expect(allocate(3, [1, 1, 4])).toEqual([1, 0, 2]);
  });

  it("accepts decimal strings and numbers with fractions as weights", () => {
    expect(allocate(1_000, ["0.1", 0.2, "0.7"])).toEqual([100, 200, 700]);
  });

  it("follows the same tie-break for weights written as decimals, at any number of places", () => {
    // remainders tie at 2/4: the larger weight takes the unit, whatever the weights' form
    expect(allocate(2, ["1", "3"])).toEqual([0, 2]);
    expect(allocate(2, ["0.25", "0.75"])).toEqual([0, 2]);
    expect(allocate(3, ["1", "1", "4.0"])).toEqual([1, 0, 2]);
    // one weight with more places scales them all: 0.5 : 1.25 : 0.25 is 10 : 25 : 5
    expect(allocate(40, ["0.5", "1.25", "0.25"])).toEqual([10, 25, 5]);
    expect(allocate(-2, ["1", "3"])).toEqual([0, -2]);
  });

  it("splits a negative total as the mirror of the positive one", () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it("is exact for the Bac Ninh total split by ownership", () => {
    expect(allocate(292_600_000_000, [2123, 803])).toEqual([212_300_000_000, 80_300_000_000]);
  });

  describe("edge cases", () => {
    it("returns zeros for a zero total, even when all weights are zero", () => {
      expect(allocate(0, [0, 0])).toEqual([0, 0]);
      expect(allocate(0, [1, 2])).toEqual([0, 0]);
    });

    it("returns an empty list for no weights and a zero total", () => {
      expect(allocate(0, [])).toEqual([]);
    });

    it("never returns negative zero", () => {
      expect(Object.is(allocate(-1, [0, 1])[0], 0)).toBe(true);
    });

    it("refuses a non-zero total with no positive weight", () => {
      expect(() => allocate(5, [0, 0])).toThrowErrorMatchingInlineSnapshot(
        `[CostplanError: cannot split 5: every weight is 0; expected at least one weight greater than 0]`,
      );
    });

    it("refuses a non-zero total whose weights, written as decimals, are all zero, naming the total", () => {
      const refusal = (): unknown => {
        try {
          allocate(-5, ["0", "0.00", 0]);
        } catch (error) {
          return error;
        }
        return undefined;
      };
      expect(refusal()).toBeInstanceOf(CostplanError);
      expect(refusal()).toMatchObject({ code: "allocate-no-weight", params: { total: -5 } });
      expect(allocate(0, ["0", "0.00"])).toEqual([0, 0]);
    });

    it("gives a weight of -0 a part of 0, not -0", () => {
      expect(allocate(5, [-0, 2]).map((part) => Object.is(part, 0))).toEqual([true, false]);
      expect(allocate(-5, [-0, 2]).map((part) => Object.is(part, 0))).toEqual([true, false]);
    });

    it("refuses negative and non-finite weights, naming the weight", () => {
      expect(() => allocate(5, [1, -1])).toThrowErrorMatchingInlineSnapshot(`[CostplanError: weight 1 is -1; expected a finite number at least 0]`);
      expect(() => allocate(5, [Number.NaN])).toThrowErrorMatchingInlineSnapshot(`[CostplanError: weight 0 is .nan; expected a finite number at least 0]`);
      expect(() => allocate(5, [1, "-Infinity"])).toThrowErrorMatchingInlineSnapshot(`[CostplanError: weight 1 is -.inf; expected a finite number at least 0]`);
      expect(() => allocate(5, ["1", "abc"])).toThrowErrorMatchingInlineSnapshot(`[CostplanError: weight 1 is abc; expected a finite number at least 0]`);
    });

    it("refuses a total that is not a whole number of minor units", () => {
      expect(() => allocate(1.5, [1])).toThrowErrorMatchingInlineSnapshot(
        `[MoneyRangeError: expected a whole number of minor units within ±9,007,199,254,740,991, got 1.5]`,
      );
    });
  });
});
