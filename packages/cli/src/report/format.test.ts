import { describe, expect, it } from "vitest";
import { reportFormat } from "./format.js";

describe("reportFormat", () => {
  it("writes Vietnamese amounts with dots for thousands and the đồng sign", () => {
    const f = reportFormat("VND", "vi");
    expect(f.money(1_234_567)).toBe("1.234.567 ₫");
    expect(f.compact(292_600_000_000)).toBe("292,6 tỷ đồng");
    expect(f.amount(1_234_567)).toBe("1.234.567");
    expect(f.percent(56 / 54)).toBe("103,7 %");
    expect(f.number("833.555648", 0)).toBe("834");
  });

  it("writes English amounts with commas and the currency code first", () => {
    const f = reportFormat("VND", "en");
    expect(f.money(1_234_567)).toBe("VND 1,234,567");
    expect(f.compact(292_600_000_000)).toBe("VND 292.6 billion");
    expect(f.percent(0.125)).toBe("12.5 %");
  });

  describe("edge cases", () => {
    it("writes a currency with minor units in its major unit with its decimals", () => {
      const f = reportFormat("USD", "en");
      expect(f.amount(123_456)).toBe("1,234.56");
      expect(f.money(-5)).toBe("USD -0.05");
    });
  });
});
