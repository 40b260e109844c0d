import { describe, expect, it } from "vitest";
import { decimalParts, divRound, fixedText, mulDivFloor, ratioText, scaledTo, splitTwo } from "./integer.js";

describe("exact integer arithmetic", () => {
  it("rounds ratios by every mode, on the magnitude", () => {
    expect([divRound(7, 2, "half-up"), divRound(-7, 2, "half-up"), divRound(5, 2, "half-even"), divRound(7, 2, "half-even")]).toEqual([4, -4, 2, 4]);
    expect([divRound(7, 3, "down"), divRound(7, 3, "up"), divRound(-7, 3, "up"), divRound(0, 3, "up")]).toEqual([2, 3, -3, 0]);
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
  });
});
