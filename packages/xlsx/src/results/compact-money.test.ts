import { describe, expect, it } from "vitest";
import { compactMoney } from "./compact-money.js";

describe("compactMoney", () => {
  it("scales đồng to billions, millions or thousands in the reader's language", () => {
    expect(compactMoney("Budget!$B$9", 292_600_000_000, "VND", "en")).toEqual({
      expression: "Budget!$B$9",
      result: 292_600_000_000,
      format: '"VND "#,##0.0,,," billion"',
    });
    expect(compactMoney("B2", 292_600_000_000, "VND", "vi").format).toBe('#,##0.0,,," tỷ đồng"');
    expect(compactMoney("B2", 5_600_000, "VND", "vi").format).toBe('#,##0.0,," triệu đồng"');
    expect(compactMoney("B2", 1_234, "VND", "en").format).toBe('"VND "#,##0.0," thousand"');
  });

  it("divides minor units away for currencies with cents", () => {
    expect(compactMoney("B2", 123_456_789, "USD", "en")).toEqual({ expression: "B2/100", result: 1_234_567.89, format: '"USD "#,##0.0,," million"' });
    expect(compactMoney("B2", 123_456_789, "USD", "vi").format).toBe('#,##0.0,," triệu USD"');
  });

  describe("edge cases", () => {
    it("writes small figures whole, without a scale", () => {
      expect(compactMoney("B2", 950, "VND", "en").format).toBe('"VND "#,##0');
      expect(compactMoney("B2", 0, "VND", "vi").format).toBe('#,##0" đồng"');
    });
  });
});
