import { describe, expect, it } from "vitest";
import { FinancialFunctionError } from "./error.js";
import { sln } from "./sln.js";

describe("sln", () => {
  it("depreciates Microsoft's example asset by 2250 a year", () => {
    expect(sln(30000, 7500, 10).toString()).toBe("2250");
  });

  it("accepts strings and Decimals as exactly as numbers", () => {
    expect(sln("1000.10", "0.10", "3").toString()).toBe("333.3333333333333333333333333333333333333");
  });
});

describe("edge cases", () => {
  it("returns a negative depreciation when salvage exceeds cost, as Excel does", () => {
    expect(sln(1000, 1500, 4).toString()).toBe("-125");
  });

  it("answers #DIV/0! for a life of 0", () => {
    expect(() => sln(30000, 7500, 0)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: SLN: life must not be 0]`);
    expect(() => sln(30000, 7500, 0)).toThrow(expect.objectContaining({ code: "#DIV/0!", functionName: "SLN" }));
  });

  it("answers #VALUE! for an argument that is not a number", () => {
    expect(() => sln("abc", 0, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: SLN: cost must be a number, got "abc"]`);
    expect(() => sln(Number.NaN, 0, 1)).toThrow(FinancialFunctionError);
  });
});
