import { describe, expect, it } from "vitest";
import { ddb } from "./ddb.js";

describe("ddb", () => {
  it.each([
    ["the first day", [2400, 300, 3650, 1], "1.32"],
    ["the first month", [2400, 300, 120, 1, 2], "40.00"],
    ["the first year", [2400, 300, 10, 1, 2], "480.00"],
    ["the second year with factor 1.5", [2400, 300, 10, 2, 1.5], "306.00"],
    ["the tenth year", [2400, 300, 10, 10], "22.12"],
  ] as const)("reproduces Microsoft's example for %s", (_label, args, expected) => {
    const [cost, salvage, life, period, factor] = args;
    expect(ddb(cost, salvage, life, period, factor).toFixed(2)).toBe(expected);
  });

  it("uses factor 2 when factor is omitted, undefined or null", () => {
    expect(ddb(2400, 300, 10, 3, null).toString()).toBe(ddb(2400, 300, 10, 3, 2).toString());
  });
});

describe("edge cases", () => {
  it("uses a fractional exponent for a fractional period", () => {
    expect(ddb(10000, 50, 10, 2.5, 1).toFixed(9)).toBe("853.814968245");
  });

  it("treats a period below 1 as the first period, as Excel does", () => {
    expect(ddb(100, 10, 13, 0.3, 3).toString()).toBe(ddb(100, 10, 13, 1, 3).toString());
  });

  it("never depreciates below salvage, and then returns 0", () => {
    expect(ddb(100, 10, 13, 1, 50.3).toString()).toBe("90");
    expect(ddb(100, 10, 13, 2, 50.3).toString()).toBe("0");
  });

  it("returns 0 when salvage exceeds cost, as Excel's formula does", () => {
    expect(ddb(10000, 10010, 10, 2, 2.5).toString()).toBe("0");
  });

  it("answers #NUM! for a period beyond the life or not above 0", () => {
    expect(() => ddb(100, 10, 13, 14, 1)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: DDB: period must be greater than 0 and at most life (13), got 14]`,
    );
    expect(() => ddb(100, 10, 13, 0)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: DDB: period must be greater than 0 and at most life (13), got 0]`,
    );
  });

  it("answers #NUM! for a factor or life not above 0 and a negative cost or salvage", () => {
    expect(() => ddb(100, 10, 13, 2, 0)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DDB: factor must be greater than 0, got 0]`);
    expect(() => ddb(100, 10, 0, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DDB: life must be greater than 0, got 0]`);
    expect(() => ddb(-100, 10, 13, 2)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DDB: cost must not be negative, got -100]`);
    expect(() => ddb(100, -10, 13, 2)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: DDB: salvage must not be negative, got -10]`);
  });
});
