import { describe, expect, it } from "vitest";
import { pmt } from "./pmt.js";

describe("pmt", () => {
  it("reproduces Microsoft's loan example, paid at the end and at the start of each month", () => {
    expect(pmt(0.08 / 12, 10, 10000).toFixed(2)).toBe("-1037.03");
    expect(pmt(0.08 / 12, 10, 10000, 0, 1).toFixed(2)).toBe("-1030.16");
  });

  it("reproduces Microsoft's savings example", () => {
    expect(pmt(0.06 / 12, 18 * 12, 0, 50000).toFixed(2)).toBe("-129.08");
  });

  it("treats omitted, undefined and null fv and type as 0", () => {
    const expected = pmt(0.05, 10, 1000, 0, 0).toString();
    expect(pmt(0.05, 10, 1000).toString()).toBe(expected);
    expect(pmt(0.05, 10, 1000, null, null).toString()).toBe(expected);
    expect(pmt(0.05, 10, 1000, undefined, false).toString()).toBe(expected);
  });
});

describe("edge cases", () => {
  it("spreads the amounts evenly at a rate of 0", () => {
    expect(pmt(0, 12, 1200).toString()).toBe("-100");
    expect(pmt(0, 12, 1200, 300, 1).toString()).toBe("-125");
  });

  it("reads any non-zero type as payments at the start, as Excel does", () => {
    expect(pmt(0.1, 5, 100, 0, 2).toString()).toBe(pmt(0.1, 5, 100, 0, 1).toString());
    expect(pmt(0.1, 5, 100, 0, true).toString()).toBe(pmt(0.1, 5, 100, 0, 1).toString());
  });

  it("handles negative rates and fractional periods", () => {
    expect(pmt(-0.02, 12, 10000).toFixed(6)).toBe("-729.008530");
    expect(pmt(0.1, 2.5, 1000).toFixed(6)).toBe("-471.666100");
  });

  it("pays back only the future value at a rate of -1", () => {
    expect(pmt(-1, 5, 100, 50).toString()).toBe("-50");
  });

  it("answers #NUM! for 0 periods", () => {
    expect(() => pmt(0.1, 0, 100)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: PMT: nper must not be 0]`);
  });

  it("answers #NUM! for payments at the start at a rate of -1", () => {
    expect(() => pmt(-1, 5, 100, 50, 1)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: PMT: rate must not be -1 when payments fall at the start of each period (type 1)]`,
    );
  });

  it("answers #NUM! when (1 + rate) ^ nper is not a real number", () => {
    expect(() => pmt(-1.5, 2.5, 100)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: PMT: (1 + rate) ^ nper is not a real number for rate -1.5 and nper 2.5]`,
    );
  });
});
