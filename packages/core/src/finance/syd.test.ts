import { describe, expect, it } from "vitest";
import { syd } from "./syd.js";

describe("syd", () => {
  it("reproduces Microsoft's example for the first and the tenth year", () => {
    expect(syd(300000, 75000, 10, 1).toFixed(2)).toBe("40909.09");
    expect(syd(300000, 75000, 10, 10).toFixed(2)).toBe("4090.91");
  });

  it("sums to cost minus salvage over the whole life", () => {
    const total = [1, 2, 3, 4, 5].reduce((sum, per) => sum + syd(10000, 1000, 5, per).toNumber(), 0);
    expect(total).toBeCloseTo(9000, 9);
  });
});

describe("edge cases", () => {
  it("accepts a fractional period, as Excel does", () => {
    expect(syd(10000, 1000, 5, 2.5).toString()).toBe("2100");
  });

  it("answers #NUM! for a period beyond the life or not above 0", () => {
    expect(() => syd(300000, 75000, 10, 11)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: SYD: per must be greater than 0 and at most life (10), got 11]`,
    );
    expect(() => syd(300000, 75000, 10, 0)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: SYD: per must be greater than 0 and at most life (10), got 0]`,
    );
  });

  it("answers #NUM! for a life not above 0", () => {
    expect(() => syd(300000, 75000, 0, 1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: SYD: life must be greater than 0, got 0]`);
  });
});
