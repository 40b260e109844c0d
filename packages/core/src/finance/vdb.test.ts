import { describe, expect, it } from "vitest";
import { vdb } from "./vdb.js";

describe("vdb", () => {
  it.each([
    ["the first day", [2400, 300, 3650, 0, 1], "1.32"],
    ["the first month", [2400, 300, 120, 0, 1], "40.00"],
    ["the first year", [2400, 300, 10, 0, 1], "480.00"],
    ["months 6 to 18", [2400, 300, 120, 6, 18], "396.31"],
    ["months 6 to 18 with factor 1.5", [2400, 300, 120, 6, 18, 1.5], "311.81"],
    ["a first fiscal year that started mid-quarter", [2400, 300, 10, 0, 0.875, 1.5], "315.00"],
  ] as const)("reproduces Microsoft's example for %s", (_label, args, expected) => {
    const [cost, salvage, life, start, end, factor] = args;
    expect(vdb(cost, salvage, life, start, end, factor).toFixed(2)).toBe(expected);
  });

  it("reproduces Google's examples with and without the switch to straight line", () => {
    expect(vdb(100, 10, 20, 10, 11, 2, true).toFixed(2)).toBe("3.49");
    expect(vdb(100, 33, 20, 10, 11, 2, false).toFixed(2)).toBe("1.87");
  });

  it("switches to straight line once it depreciates more, unless told not to", () => {
    // Excel 2010's values, from ExcelFinancialFunctions' test data.
    expect(vdb(100, 10, 13, 1, 13, 1).toFixed(9)).toBe("82.307692308");
    expect(vdb(100, 10, 13, 1, 13, 1, true).toFixed(9)).toBe("56.981842461");
  });

  it("depreciates exactly cost minus salvage over the whole life", () => {
    expect(vdb(10000, 1000, 5, 0, 5).toString()).toBe("9000");
  });

  it("treats omitted, undefined and null optional arguments as factor 2 and switching", () => {
    const expected = vdb(10000, 1000, 5, 0.5, 2.5, 2, false).toString();
    expect(vdb(10000, 1000, 5, 0.5, 2.5).toString()).toBe(expected);
    expect(vdb(10000, 1000, 5, 0.5, 2.5, null, null).toString()).toBe(expected);
    expect(vdb(10000, 1000, 5, 0.5, 2.5, undefined, 0).toString()).toBe(expected);
  });
});

describe("edge cases", () => {
  it("takes fractional start and end periods in proportion", () => {
    expect(vdb(10000, 1000, 5, 0.5, 2.5).toString()).toBe("5120");
    expect(vdb(10000, 1000, 5, 1.25, 3.75, 1.5, true).toString()).toBe("3816.75");
  });

  it("returns 0 between equal start and end periods", () => {
    expect(vdb(10000, 1000, 5, 2, 2).toString()).toBe("0");
  });

  it("answers #NUM! for a start after the end, a negative start or an end beyond the life", () => {
    expect(() => vdb(10000, 1000, 5, 3, 2)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: VDB: start_period (3) must not be greater than end_period (2)]`,
    );
    expect(() => vdb(10000, 1000, 5, -1, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: VDB: start_period must not be negative, got -1]`);
    expect(() => vdb(10000, 1000, 5, 0, 6)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: VDB: end_period must be at most life (5), got 6]`);
  });

  it("answers #NUM! for a salvage above cost, a factor not above 0 or a life not above 0", () => {
    expect(() => vdb(1000, 2000, 5, 0, 1)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: VDB: salvage (2000) must not be greater than cost (1000)]`,
    );
    expect(() => vdb(10000, 1000, 5, 0, 1, 0)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: VDB: factor must be greater than 0, got 0]`);
    expect(() => vdb(100, 10, 0, 0, 0)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: VDB: life must be greater than 0, got 0]`);
  });
});
