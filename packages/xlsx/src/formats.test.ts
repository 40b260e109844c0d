import { describe, expect, it } from "vitest";
import { moneyFormat } from "./formats.js";

describe("moneyFormat", () => {
  it("writes whole đồng with the đồng sign", () => {
    expect(moneyFormat("VND")).toBe('#,##0 "₫"');
  });
  it("writes two decimals for currencies with cents", () => {
    expect(moneyFormat("USD")).toBe('#,##0.00 "$"');
  });
  it("falls back to the currency code and two decimals", () => {
    expect(moneyFormat("CHF")).toBe('#,##0.00 "CHF"');
  });
});
