import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.js";
import { decimalParts, divRound, fixedText, integerWeights, mulDivFloor, ratioText, scaledTo, splitInto, splitTwo, splitTwoBig } from "./integer.js";

describe("exact integer arithmetic", () => {
  it("rounds ratios by every mode, on the magnitude", () => {
    expect([divRound(7, 2, "half-up"), divRound(-7, 2, "half-up"), divRound(5, 2, "half-even"), divRound(7, 2, "half-even")]).toEqual([4, -4, 2, 4]);
    expect([divRound(7, 3, "down"), divRound(7, 3, "up"), divRound(-7, 3, "up"), divRound(0, 3, "up")]).toEqual([2, 3, -3, 0]);
  });

  it("rounds a tie to the even whole number in half-even, for a remainder other than 1", () => {
    expect([divRound(30, 4, "half-even"), divRound(-30, 4, "half-even"), divRound(10, 4, "half-even"), divRound(90, 12, "half-even")]).toEqual([8, -8, 2, 8]);
  });

  it("writes a ratio at an exact tie of its last place, where the remainder times the scale is past 2^53 and not a double", () => {
    // 585000001365 / 6000000014000000 = 0.0000975 exactly: half up is 0.000098. The remainder
    // times 10^6 falls halfway between two doubles, and rounding it to one loses the tie.
    expect(ratioText(585_000_001_365, 6_000_000_014_000_000, 6)).toBe("0.000098");
    expect(fixedText(-597_000_001_393, 6_000_000_014_000_000, 6)).toBe("-0.000100");
  });

  it("multiplies and divides past 2^53 without losing a unit", () => {
    expect(mulDivFloor(9_007_199_254_740_991, 3, 7)).toEqual({ quotient: 3_860_228_252_031_853, remainder: 2 });
    expect(mulDivFloor(10, 10, 7)).toEqual({ quotient: 14, remainder: 2 });
  });

  it("reads numbers as they are written in decimals", () => {
    expect(decimalParts(2.5)).toEqual({ digits: 25, places: 1 });
    expect(decimalParts(1e-7)).toEqual({ digits: 1, places: 7 });
    expect(decimalParts(123.45)).toEqual({ digits: 12345, places: 2 });
    expect(scaledTo(1.15, 2)).toBe(115);
  });

  it("writes ratios as decimal.js writes them", () => {
    expect([ratioText(10, 3, 6), ratioText(1, 2, 6), ratioText(-1, 3, 6), ratioText(-1, 3_000_000, 6), ratioText(2, 1, 6)]).toEqual([
      "3.333333",
      "0.5",
      "-0.333333",
      "0",
      "2",
    ]);
    expect([fixedText(-1, 200, 2), fixedText(-1, 300, 2), fixedText(1, 8, 2)]).toEqual(["-0.01", "0.00", "0.13"]);
  });

  it("gives the unit left over to the larger remainder, then to the larger weight, then to the fund", () => {
    expect(splitTwo(1, 72, 100)).toEqual([1, 0]);
    expect(splitTwo(1, 50, 100)).toEqual([1, 0]);
    expect(splitTwo(3, 50, 100)).toEqual([2, 1]);
    expect(splitTwo(-3, 50, 100)).toEqual([-2, -1]);
    // Quotas 0.5 and 1.5: the remainders tie and the patients' larger weight takes the unit.
    expect([splitTwo(2, 25, 100), splitTwo(2, 75, 100), splitTwo(2, 50, 100), splitTwo(-2, 25, 100)]).toEqual([
      [0, 2],
      [2, 0],
      [1, 1],
      [0, -2],
    ]);
  });

  it("breaks ties the same way for a rate held in BigInt", () => {
    expect([splitTwoBig(2, 25n, 100n), splitTwoBig(2, 75n, 100n), splitTwoBig(1, 50n, 100n), splitTwoBig(-1, 50n, 100n)]).toEqual([
      [0, 2],
      [2, 0],
      [1, 0],
      [-1, 0],
    ]);
  });

  it("breaks ties by the larger weight, then input order, when the weights sum past 2^53 (the BigInt split)", () => {
    const split = (total: number, weights: number[]): number[] => {
      const out = new Float64Array(weights.length);
      splitInto(total, weights, Int32Array.from(weights.keys()), out, 0, 1);
      return Array.from(out);
    };
    // Quotas 0.5 and 1.5 of 2, then 0.5 and 0.5 of 1.
    expect(split(2, [2 ** 51, 3 * 2 ** 51])).toEqual([0, 2]);
    expect(split(2, [3 * 2 ** 51, 2 ** 51])).toEqual([2, 0]);
    expect(split(1, [2 ** 52, 2 ** 52])).toEqual([1, 0]);
    expect(split(-3, [2 ** 52, 2 ** 52, 2 ** 52])).toEqual([-1, -1, -1]);
  });

  it("mends a quotient that the division of the rounded product put one too low (Dekker's route)", () => {
    // Products past 2^53 over divisors below 2^50 whose first quotient is short by one or more.
    for (const [a, b, c] of [
      [4_409_143_030_292, 557_102_201, 298_765],
      [8_733_448_620_075, 546_904_383, 768_915],
      [1_099_384_058_977, 757_359_053, 107_997],
    ] as const) {
      const product = BigInt(a) * BigInt(b);
      const { quotient, remainder } = mulDivFloor(a, b, c);
      expect([BigInt(quotient), BigInt(remainder)]).toEqual([product / BigInt(c), product % BigInt(c)]);
      expect(remainder).toBeGreaterThanOrEqual(0);
      expect(remainder).toBeLessThan(c);
    }
  });

  it("writes a ratio that rounds up to the next whole number as that number, and a ratio with no decimals without a point", () => {
    expect([ratioText(9_999_999, 10_000_000, 6), ratioText(-9_999_999, 10_000_000, 6), ratioText(19_999_999, 10_000_000, 6)]).toEqual(["1", "-1", "2"]);
    expect([fixedText(999, 1000, 2), fixedText(7, 2, 0), fixedText(-7, 2, 0), fixedText(-1, 3, 0)]).toEqual(["1.00", "4", "-4", "0"]);
  });

  it("writes ratios over denominators so large that the remainder times the scale passes 2^53", () => {
    const den = 9_007_199_254_740_881;
    expect(ratioText(den - 1, den, 6)).toBe("1");
    expect(ratioText(Math.floor(den / 3), den, 6)).toBe("0.333333");
    // Just below and just above an eighth: the half-up rounding sees the digits past 2^53.
    expect([fixedText(-Math.floor(den / 8), den, 2), fixedText(-Math.ceil(den / 8), den, 2)]).toEqual(["-0.12", "-0.13"]);
  });

  it("reads integers as themselves, with no decimal places", () => {
    expect([decimalParts(0), decimalParts(42), decimalParts(2 ** 60)]).toEqual([
      { digits: 0, places: 0 },
      { digits: 42, places: 0 },
      { digits: 2 ** 60, places: 0 },
    ]);
    // More places than the few-decimals shortcut tries, and digits past its 2^50 bound.
    expect(decimalParts(1.234567891)).toEqual({ digits: 1_234_567_891, places: 9 });
    expect(decimalParts(12_345_678.12345678)).toEqual({ digits: 1_234_567_812_345_678, places: 8 });
  });
});

describe("integerWeights", () => {
  it("scales weights to whole numbers at the places of the most precise one", () => {
    expect(integerWeights([0.5, 0.25])).toEqual(Float64Array.of(50, 25));
    expect(integerWeights([1.5, 0.125, 2])).toEqual(Float64Array.of(1500, 125, 2000));
    expect(integerWeights([3, 0, 7])).toEqual(Float64Array.of(3, 0, 7));
    expect(integerWeights([])).toEqual(new Float64Array(0));
  });

  it("scales at up to 15 places and gives up past them", () => {
    expect(integerWeights([1e-15, 1])).toEqual(Float64Array.of(1, 1e15));
    expect(integerWeights([1e-16, 1])).toBeUndefined();
    // Past 15 places even when the scaled weights would be small.
    expect(integerWeights([1e-16])).toBeUndefined();
    expect(integerWeights([2.5e-16, 0])).toBeUndefined();
  });

  it("gives up on a weight that is negative, not a number or infinite", () => {
    for (const bad of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(integerWeights([1, bad])).toBeUndefined();
    expect(Object.is(integerWeights([-0, 2])![0], 0)).toBe(true);
  });

  it("gives up when a scaled weight would pass the safe integers", () => {
    expect(integerWeights([2 ** 53])).toBeUndefined();
    expect(integerWeights([0.5, 2 ** 52])).toBeUndefined();
    expect(integerWeights([Number.MAX_SAFE_INTEGER])).toEqual(Float64Array.of(Number.MAX_SAFE_INTEGER));
  });
});

describe("splitInto", () => {
  it("writes nothing but zeros, and only at its members' places, for a zero total or all-zero weights", () => {
    for (const [total, weights] of [
      [0, [1, 5, 3]],
      [-0, [1, 5, 3]],
      [7, [0, 0, 0]],
    ] as const) {
      const out = Float64Array.of(9, 9, 9, 9, 9, 9);
      // Members 2 and 0 of three weights, in a column of stride 2 starting at 1.
      splitInto(total, weights, Int32Array.of(2, 0), out, 1, 2);
      expect(Array.from(out)).toEqual([9, 0, 9, 9, 9, 0]);
      expect(Object.is(out[1], -0) || Object.is(out[5], -0)).toBe(false);
    }
  });

  it("splits among its members only, written at offset + member x stride, with sums past 2^53 too", () => {
    const cases: [number, number[]][] = [
      [-1_001, [4, 9, 1, 6]],
      [123_456_789, [Number.MAX_SAFE_INTEGER, 7, Number.MAX_SAFE_INTEGER - 2, 3]],
      [-5, [Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER, 2]],
    ];
    for (const [total, weights] of cases) {
      const members = [3, 0, 2];
      const out = new Float64Array(1 + 3 * weights.length).fill(9);
      splitInto(total, weights, Int32Array.from(members), out, 1, 3);
      const expected = allocate(
        total,
        members.map((m) => String(weights[m])),
      );
      expect(members.map((m) => out[1 + 3 * m])).toEqual(expected);
      // Places that are not members' are left as they were.
      expect([0, 2, 3, 4, 5, 6, 8, 9, 11, 12].map((k) => out[k])).toEqual(new Array(10).fill(9));
    }
  });

  it("gives a unit left over to the earliest of parts tied in remainder and weight, in the BigInt split and among many parts", () => {
    const big = 2 ** 52;
    expect(splitAlone(2, [big, big, big])).toEqual([1, 1, 0]);
    expect(splitAlone(-1, [big, big, big, big])).toEqual([-1, 0, 0, 0]);
    // 30 equal parts: past the insertion sort, where the ties at the cut are ranked.
    expect(splitAlone(7, new Array<number>(30).fill(1))).toEqual([...new Array<number>(7).fill(1), ...new Array<number>(23).fill(0)]);
    expect(splitAlone(37, new Array<number>(30).fill(5))).toEqual([...new Array<number>(7).fill(2), ...new Array<number>(23).fill(1)]);
  });

  it("writes the BigInt split into a strided column at offset + member x stride", () => {
    const weights = [Number.MAX_SAFE_INTEGER, 3, Number.MAX_SAFE_INTEGER];
    const out = new Float64Array(10).fill(9);
    splitInto(1_000_001, weights, Int32Array.of(0, 1, 2), out, 1, 4);
    expect([out[1], out[5], out[9]]).toEqual(allocate(1_000_001, weights.map(String)));
    expect([0, 2, 3, 4, 6, 7, 8].map((k) => out[k])).toEqual(new Array(7).fill(9));
  });

  it("splits among 100,000 parts as allocate does (its scratch columns grow to fit)", () => {
    const weights = Array.from({ length: 100_000 }, (_, i) => 1 + ((i * 7919) % 1000));
    expect(splitAlone(123_456_789, weights)).toEqual(allocate(123_456_789, weights.map(String)));
  });
});

function splitAlone(total: number, weights: readonly number[]): number[] {
  const out = new Float64Array(weights.length);
  splitInto(total, weights, Int32Array.from(weights.keys()), out, 0, 1);
  return Array.from(out);
}
