import { describe, expect, it } from "vitest";
import { irr } from "./irr.js";
import { npv } from "./npv.js";

const flows = [-70000, 12000, 15000, 18000, 21000, 26000];

describe("irr", () => {
  it("reproduces Microsoft's examples after four and five years", () => {
    expect(irr(flows.slice(0, 5)).toFixed(4)).toBe("-0.0212");
    expect(irr(flows).toFixed(4)).toBe("0.0866");
  });

  it("reproduces Microsoft's two-year example with a guess of -10%", () => {
    expect(irr(flows.slice(0, 3), -0.1).toFixed(4)).toBe("-0.4435");
  });

  it("returns a rate at which the net present value is 0", () => {
    const rate = irr(flows);
    const [first = 0, ...later] = flows;
    expect(npv(rate, later).plus(first).abs().lt(1e-20)).toBe(true);
  });

  it("treats an omitted, undefined or null guess as 10%", () => {
    expect(irr(flows, null).toString()).toBe(irr(flows).toString());
    expect(irr(flows, undefined).toString()).toBe(irr(flows, 0.1).toString());
  });
});

describe("edge cases", () => {
  it("finds the rate nearest the guess when there are two", () => {
    expect(irr([-100, 230, -132], 0.05).toFixed(12)).toBe("0.100000000000");
    expect(irr([-100, 230, -132], 0.25).toFixed(12)).toBe("0.200000000000");
  });

  it("finds a rate for flows that start positive", () => {
    expect(irr([1000, -400, -400, -400]).toFixed(9)).toBe("0.097010257");
  });

  it("falls back to a bracketing search where Newton's method leaves the real rates", () => {
    // From 10%, Newton's method jumps below -100% here; LibreOffice gives up with #NUM!.
    const rate = irr([-1000, 100, 100, 100]);
    expect(rate.toFixed(9)).toBe("-0.424417444");
    expect(npv(rate, 100, 100, 100).minus(1000).abs().lt(1e-20)).toBe(true);
  });

  it("answers #NUM! when the values do not change sign", () => {
    expect(() => irr([100, 200, 300])).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: IRR: values must include at least one positive and one negative cash flow]`,
    );
    expect(() => irr([-100, -200, 0])).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: IRR: values must include at least one positive and one negative cash flow]`,
    );
    expect(() => irr([])).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: IRR: values must include at least one positive and one negative cash flow]`,
    );
  });

  it("answers #NUM! for a guess of -100% or less", () => {
    expect(() => irr(flows, -1)).toThrowErrorMatchingInlineSnapshot(`[FinancialFunctionError: IRR: guess must be greater than -1, got -1]`);
  });

  it("answers #NUM! when no rate exists in reach", () => {
    // The net present value is negative at every rate above -100%... until far above 1000%.
    expect(() => irr([-1, 1000000], 0.1)).toThrowErrorMatchingInlineSnapshot(
      `[FinancialFunctionError: IRR: found no rate within 20 Newton steps from the guess 0.1, nor between -99% and 1000%; try another guess]`,
    );
  });
});
