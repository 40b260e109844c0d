import { describe, expect, it } from "vitest";
import { fv } from "./fv.js";

describe("fv", () => {
  it("reproduces Microsoft's three examples", () => {
    expect(fv(0.06 / 12, 10, -200, -500, 1).toFixed(2)).toBe("2581.40");
    expect(fv(0.12 / 12, 12, -1000).toFixed(2)).toBe("12682.50");
    expect(fv(0.11 / 12, 35, -2000, null, 1).toFixed(2)).toBe("82846.25");
  });

  it("treats omitted, undefined and null pv and type as 0", () => {
    const expected = fv(0.05, 10, -100, 0, 0).toString();
    expect(fv(0.05, 10, -100).toString()).toBe(expected);
    expect(fv(0.05, 10, -100, null, null).toString()).toBe(expected);
  });
});

describe("edge cases", () => {
  it("adds the amounts up at a rate of 0, whenever the payments fall", () => {
    expect(fv(0, 12, -100, -1000).toString()).toBe("2200");
    expect(fv(0, 12, -100, -1000, 1).toString()).toBe("2200");
  });

  it("handles a negative rate and a fractional number of periods", () => {
    expect(fv(-0.05, 10, -100).toFixed(9)).toBe("802.526121523");
    expect(fv(0.06, 7.5, -250, 1000).toFixed(9)).toBe("735.593321534");
  });

  it("keeps only the last payment at a rate of -1", () => {
    expect(fv(-1, 5, 100).toString()).toBe("-100");
  });

  it("answers #NUM! when (1 + rate) ^ nper is not a real number", () => {
    expect(() => fv(-1.5, 2.5, 100)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: FV: (1 + rate) ^ nper is not a real number for rate -1.5 and nper 2.5]`,
    );
  });

  it("answers #VALUE! for an argument that is not a number", () => {
    expect(() => fv(0.05, Number.POSITIVE_INFINITY, -100)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: FV: nper must be a finite number, got Infinity]`,
    );
  });
});
