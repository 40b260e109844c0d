import { describe, expect, it } from "vitest";
import { pv } from "./pv.js";

describe("pv", () => {
  it("reproduces Microsoft's annuity example", () => {
    expect(pv(0.08 / 12, 12 * 20, 500, null, 0).toFixed(2)).toBe("-59777.15");
  });

  it("values payments at the start of each period one period of interest higher", () => {
    const atEnd = pv(0.05, 10, -1000);
    expect(pv(0.05, 10, -1000, 0, 1).toFixed(12)).toBe(atEnd.times(1.05).toFixed(12));
  });

  it("discounts a future value", () => {
    expect(pv(0.1, 2.5, 100, 1000).toFixed(9)).toBe("-1000.000000000");
  });
});

describe("edge cases", () => {
  it("adds the amounts up at a rate of 0", () => {
    expect(pv(0, 10, 100).toString()).toBe("-1000");
    expect(pv(0, 10, 100, 50, 1).toString()).toBe("-1050");
  });

  it("accepts true for payments at the start", () => {
    expect(pv(0.04, 20, -500, null, true).toString()).toBe(pv(0.04, 20, -500, 0, 1).toString());
  });

  it("answers #DIV/0! at a rate of -1, as Excel does", () => {
    expect(() => pv(-1, 5, 100)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: PV: rate must not be -1, which discounts every amount by 0]`);
  });

  it("answers #NUM! when (1 + rate) ^ nper is not a real number", () => {
    expect(() => pv(-1.5, 2.5, 100)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: PV: (1 + rate) ^ nper is not a real number for rate -1.5 and nper 2.5]`,
    );
  });
});
