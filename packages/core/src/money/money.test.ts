import { describe, expect, it } from "vitest";
import { MESSAGE_CODES } from "../errors/catalogue.js";
import { isCurrencyCode } from "./currency.js";
import { assertMinor, money, MoneyRangeError, postMinor } from "./money.js";

/** The error assertMinor throws for a value, for its fields to be read. */
function rangeError(amount: number): MoneyRangeError {
  try {
    assertMinor(amount);
  } catch (error) {
    if (error instanceof MoneyRangeError) return error;
    throw error;
  }
  throw new Error(`assertMinor accepted ${amount}`);
}

describe("MoneyRangeError", () => {
  it("writes a fractional amount in both languages from the catalogue, quoting the value found", () => {
    const error = rangeError(1.5);
    expect(error.code).toBe("money-not-safe-integer");
    expect(error.params).toEqual({ received: "1.5" });
    expect(error.messages).toMatchInlineSnapshot(`
      {
        "en": "expected a whole number of minor units within ±9,007,199,254,740,991, got 1.5",
        "vi": "cần một số nguyên đơn vị tiền trong khoảng ±9.007.199.254.740.991, nhận được 1.5",
      }
    `);
    expect(error.message).toBe(error.messages.en);
  });

  it("names an amount just past the exact range", () => {
    const error = rangeError(2 ** 53);
    expect(error.code).toBe("money-not-safe-integer");
    expect(error.messages.vi).toContain("9007199254740992");
  });

  it("never shows NaN or Infinity, in either language", () => {
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const error = rangeError(amount);
      expect(error.code).toBe("money-not-finite");
      for (const text of Object.values(error.messages)) expect(text).not.toMatch(/NaN|Infinity/);
    }
    expect(rangeError(Number.NaN).messages).toMatchInlineSnapshot(`
      {
        "en": "expected a whole number of minor units within ±9,007,199,254,740,991, got a value that is not a finite number",
        "vi": "cần một số nguyên đơn vị tiền trong khoảng ±9.007.199.254.740.991, nhận được một giá trị không phải là số hữu hạn",
      }
    `);
  });

  it("carries a code of the catalogue and stays a RangeError", () => {
    const error = rangeError(-0.25);
    expect(MESSAGE_CODES).toContain(error.code);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe("MoneyRangeError");
  });

  it("is what posting throws when a rounded amount leaves the exact range", () => {
    expect(() => postMinor("1e16")).toThrow(MoneyRangeError);
    expect(postMinor("9007199254740990.5")).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => postMinor("9007199254740991.5")).toThrow(MoneyRangeError);
    expect(postMinor("9007199254740991.5", "down")).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("money and currency codes", () => {
  it("makes a Money value from whole minor units and refuses any other number", () => {
    expect(money(292_600_000_000, "VND")).toEqual({ amount: 292_600_000_000, currency: "VND" });
    expect(money(-5, "USD")).toEqual({ amount: -5, currency: "USD" });
    expect(() => money(1.5, "VND")).toThrow(MoneyRangeError);
  });

  it("knows the supported ISO 4217 codes and nothing else, inherited names included", () => {
    expect(["VND", "USD"].map(isCurrencyCode)).toEqual([true, true]);
    expect(["vnd", "", "XXX", "toString", "__proto__", "constructor"].map(isCurrencyCode)).toEqual([false, false, false, false, false, false]);
  });
});
