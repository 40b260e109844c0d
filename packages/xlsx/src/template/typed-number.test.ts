import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTypedNumber } from "./typed-number.js";

describe("numbers typed as text", () => {
  it.each([
    ["1234567", 1_234_567],
    ["0.08", 0.08],
    ["1.234.567", 1_234_567],
    ["1,234,567", 1_234_567],
    ["1 234 567", 1_234_567],
    ["1\u00a0234", 1234],
    ["1.234.567,5", 1_234_567.5],
    ["1,234,567.25", 1_234_567.25],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["0,08", 0.08],
    ["12,5", 12.5],
    ["-1.500.000", -1_500_000],
  ])("reads %j as %d, the one reading both conventions share", (text, value) => {
    expect(readTypedNumber(text)).toEqual({ kind: "number", value });
  });

  it.each(["1.234", "1,234", "-12,500"])("calls %j ambiguous: 1234 to a Vietnamese reader, a decimal to an English one", (text) => {
    expect(readTypedNumber(text)).toEqual({ kind: "ambiguous" });
  });

  describe("edge cases", () => {
    it.each(["abc", "1.23.456", "1,2345,678", "1.234,567,8", "12.34.567", "", "1 23", "8%"])("refuses %j, no number in either convention", (text) => {
      expect(readTypedNumber(text)).toEqual({ kind: "none" });
    });
  });

  it("reads any whole number grouped in threes by '.', ',' or a space back as itself, once it has two groups", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(".", ",", " "), (n, separator) => {
        const text = String(n).replace(/\B(?=(\d{3})+$)/g, separator);
        expect(readTypedNumber(text)).toEqual({ kind: "number", value: n });
      }),
    );
  });
});
