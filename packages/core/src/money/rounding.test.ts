import { describe, expect, it } from "vitest";
import { round, roundToStep } from "./rounding.js";
import { postMinor, toMajor, toMinor } from "./money.js";

describe("round", () => {
  it.each([
    ["2.5", 0, "half-up", "3"],
    ["-2.5", 0, "half-up", "-3"],
    ["2.5", 0, "half-even", "2"],
    ["3.5", 0, "half-even", "4"],
    ["2.9", 0, "down", "2"],
    ["-2.9", 0, "down", "-2"],
    ["2.1", 0, "up", "3"],
    ["-2.1", 0, "up", "-3"],
    ["1250", -2, "half-even", "1200"],
    ["1250", -2, "half-up", "1300"],
  ] as const)("rounds %s to %i places %s as %s", (value, places, mode, expected) => {
    expect(round(value, places, mode).toString()).toBe(expected);
  });
});

describe("roundToStep", () => {
  it("rounds to a price step of 100 đồng", () => {
    expect(roundToStep(12_349, 100).toString()).toBe("12300");
    expect(roundToStep(12_350, 100).toString()).toBe("12400");
    expect(roundToStep(12_301, 100, "up").toString()).toBe("12400");
  });

  it("refuses a step that is not positive", () => {
    expect(() => roundToStep(1, 0)).toThrowErrorMatchingInlineSnapshot(`[CostplanError: the rounding step must be greater than 0, got 0]`);
    expect(() => roundToStep(1, Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[CostplanError: the rounding step must be greater than 0, got .nan]`);
  });
});

describe("minor units", () => {
  it("posts fractional minor units by the named mode", () => {
    expect(postMinor("1234.5")).toBe(1235);
    expect(postMinor("1234.5", "half-even")).toBe(1234);
  });

  it("converts between major and minor units exactly", () => {
    expect(toMinor("12.345", "USD")).toBe(1235);
    expect(toMinor(1500, "VND")).toBe(1500);
    expect(toMajor(1235, "USD").toString()).toBe("12.35");
  });
});
