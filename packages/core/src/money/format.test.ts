import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber } from "./format.js";

describe("formatMoney", () => {
  it("writes đồng the Vietnamese way", () => {
    expect(formatMoney(1_234_567, "VND", "vi")).toBe("1.234.567 ₫");
    expect(formatMoney(292_600_000_000, "VND", "vi", { compact: true })).toBe("292,6 tỷ đồng");
    expect(formatMoney(212_300_000_000, "VND", "vi", { compact: true })).toBe("212,3 tỷ đồng");
  });

  it("writes đồng the English way", () => {
    expect(formatMoney(1_234_567, "VND", "en")).toBe("VND 1,234,567");
    expect(formatMoney(292_600_000_000, "VND", "en", { compact: true })).toBe("VND 292.6 billion");
  });

  it("writes currencies with a minor unit with their decimals", () => {
    expect(formatMoney(123_456, "USD", "en")).toBe("USD 1,234.56");
    expect(formatMoney(123_456, "USD", "vi")).toBe("1.234,56 USD");
  });

  it("drops trailing zeros in compact form and picks the largest fitting scale", () => {
    expect(formatMoney(54_000_000_000, "VND", "vi", { compact: true })).toBe("54 tỷ đồng");
    expect(formatMoney(1_500_000, "VND", "en", { compact: true })).toBe("VND 1.5 million");
    expect(formatMoney(2_000_000_000_000, "VND", "vi", { compact: true })).toBe("2 nghìn tỷ đồng");
    expect(formatMoney(950, "VND", "vi", { compact: true })).toBe("950 đồng");
  });

  describe("edge cases", () => {
    it("writes negative amounts with a leading minus and zero without one", () => {
      expect(formatMoney(-1_234, "VND", "vi")).toBe("-1.234 ₫");
      expect(formatMoney(0, "VND", "en")).toBe("VND 0");
      expect(formatNumber("-0.0001", "en", 2)).toBe("0.00");
    });

    it("writes amounts beyond 2^53 digit for digit", () => {
      expect(formatNumber("123456789012345678901", "en")).toBe("123,456,789,012,345,678,901");
    });
  });
});

describe("compact amounts", () => {
  it("drops trailing zeros after the decimal sign only, and keeps the zeros of a whole number", () => {
    expect(formatMoney(300_000_000_000, "VND", "vi", { compact: true, digits: 0 })).toBe("300 tỷ đồng");
    expect(formatMoney(10_500_000_000, "VND", "vi", { compact: true, digits: 3 })).toBe("10,5 tỷ đồng");
    expect(formatMoney(10_050_000_000, "VND", "en", { compact: true, digits: 3 })).toBe("VND 10.05 billion");
    expect(formatMoney(20_000_000_000, "VND", "en", { compact: true, digits: 2 })).toBe("VND 20 billion");
  });

  it("names a currency other than the đồng by its code in Vietnamese", () => {
    expect(formatMoney(150_000_000_000, "USD", "vi", { compact: true })).toBe("1,5 tỷ USD");
    expect(formatMoney(150_000, "USD", "vi")).toBe("1.500,00 USD");
  });
});
