import { describe, expect, it } from "vitest";
import { db } from "./db.js";

describe("db", () => {
  it.each([
    [1, "186083.33"],
    [2, "259639.42"],
    [3, "176814.44"],
    [4, "120410.64"],
    [5, "81999.64"],
    [6, "55841.76"],
    [7, "15845.10"],
  ])("reproduces Microsoft's example for year %i of an asset bought in month 6", (period, expected) => {
    expect(db(1000000, 100000, 6, period, 7).toFixed(2)).toBe(expected);
  });

  it("uses a 12-month first year when month is omitted, undefined or null", () => {
    expect(db(10000, 1000, 5, 1).toString()).toBe("3690");
    expect(db(10000, 1000, 5, 1, undefined).toString()).toBe("3690");
    expect(db(10000, 1000, 5, 1, null).toString()).toBe("3690");
  });

  it("rounds the rate to three decimals before using it, as Excel does", () => {
    // 1 - (1000 / 10000) ^ (1 / 5) = 0.36904...; Excel uses 0.369.
    expect(db(10000, 1000, 5, 1).toString()).toBe("3690");
  });
});

describe("edge cases", () => {
  it("rounds a rate that is exactly half a thousandth up, like Excel's binary arithmetic does", () => {
    // (1 - 0.1235)^2 = 0.76825225, so the exact rate is 0.1235 and rounds to 0.124.
    expect(db(100000000, 76825225, 2, 1).toString()).toBe("12400000");
  });

  it("counts a fractional period or month as its whole part", () => {
    expect(db(10000, 1000, 5, 2.7).toString()).toBe(db(10000, 1000, 5, 2).toString());
    expect(db(10000, 1000, 5, 3, 12.9).toString()).toBe(db(10000, 1000, 5, 3).toString());
  });

  it("treats a period below 1 as the first period, as Excel does", () => {
    expect(db(100, 10, 13, 0.3, 4).toString()).toBe("5.4");
  });

  it("depreciates the rest of the last year in period life + 1 after a short first year", () => {
    expect(db(10000, 1000, 5, 6, 1).toFixed(6)).toBe("519.745876");
  });

  it("writes everything off in the first year when salvage is 0", () => {
    expect(db(50000, 0, 4, 1).toString()).toBe("50000");
    expect(db(50000, 0, 4, 2).toString()).toBe("0");
  });

  it("answers #NUM! for period life + 1 after a full first year", () => {
    expect(() => db(1000000, 100000, 6, 7)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: period must be at most life (6), got 7]`);
  });

  it("answers #NUM! for a period beyond life + 1 or not above 0", () => {
    expect(() => db(10000, 1000, 5, 7, 6)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: DB: period must be at most life + 1 (6) when month is below 12, got 7]`,
    );
    expect(() => db(10000, 1000, 5, 0)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: period must be greater than 0, got 0]`);
  });

  it("answers #NUM! for a life not above 0", () => {
    expect(() => db(10000, 1000, -1, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: life must be greater than 0, got -1]`);
  });

  it("answers #NUM! for a month outside 1 to 12", () => {
    expect(() => db(10000, 1000, 5, 1, 13)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: month must be between 1 and 12, got 13]`);
    expect(() => db(10000, 1000, 5, 1, 0.5)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: month must be between 1 and 12, got 0.5]`);
  });

  it("answers #NUM! for a cost not above 0, a negative salvage or a salvage above cost", () => {
    expect(() => db(0, 0, 5, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: cost must be greater than 0, got 0]`);
    expect(() => db(10000, -1, 5, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: salvage must not be negative, got -1]`);
    expect(() => db(1000, 2000, 5, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DB: salvage (2000) must not be greater than cost (1000)]`);
  });
});
