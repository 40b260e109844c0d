import { describe, expect, it } from "vitest";
import { npv } from "./npv.js";

describe("npv", () => {
  it("reproduces Microsoft's first example", () => {
    expect(npv(0.1, -10000, 3000, 4200, 6800).toFixed(2)).toBe("1188.44");
  });

  it("reproduces Microsoft's second example, adding the initial investment outside NPV", () => {
    const later = [8000, 9200, 10000, 12000, 14500];
    expect(npv(0.08, later).minus(40000).toFixed(2)).toBe("1922.06");
    expect(npv(0.08, later, -9000).minus(40000).toFixed(2)).toBe("-3749.47");
  });

  it("discounts the first value by one full period", () => {
    expect(npv(0.1, 1000).toFixed(9)).toBe("909.090909091");
  });
});

describe("edge cases", () => {
  it("adds the values up at a rate of 0", () => {
    expect(npv(0, 100, 200, 300).toString()).toBe("600");
  });

  it("handles rates below 0 and even below -1", () => {
    expect(npv(-0.05, 100, 100, 100).toFixed(9)).toBe("332.701559994");
    expect(npv(-1.5, 100, 200).toString()).toBe("600");
  });

  it("answers #DIV/0! at a rate of -1, as Excel does", () => {
    expect(() => npv(-1, 100, 200)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: NPV: rate must not be -1, which discounts every amount by 0]`);
  });

  it("answers #VALUE! without any value", () => {
    expect(() => npv(0.1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: NPV: expected at least one value after the rate]`);
    expect(() => npv(0.1, [])).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: NPV: expected at least one value after the rate]`);
  });

  it("names the value that is not a number", () => {
    expect(() => npv(0.1, 100, "x")).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: NPV: value 2 must be a number, got "x"]`);
  });
});
