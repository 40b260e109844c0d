import { describe, expect, it } from "vitest";
import { CostplanError } from "../errors/costplan-error.js";
import type { ListedServices } from "./listed-services.js";
import { splitPayers } from "./payer-split.js";

// Only the fields the split reads: the list's rates, each service's code and rates, and the price and volume columns.
function listed(currentPrice: number, volume: number): ListedServices {
  return {
    list: { insuredShare: 0.9, coverage: 0.8 },
    services: [{ code: "KB", currentPrice }],
    volume: Float64Array.of(volume),
    currentPrice: Float64Array.of(currentPrice),
  } as unknown as ListedServices;
}

describe("splitPayers", () => {
  it("splits each increase x volume so fund + patients is exactly the revenue", () => {
    const { fund, patients } = splitPayers(listed(30_000, 1_234), Float64Array.of(30_100, 30_300), [2024, 2025], "H1");
    expect([fund[0]! + patients[0]!, fund[1]! + patients[1]!]).toEqual([100 * 1_234, 300 * 1_234]);
    expect(fund[0]).toBe(88_848); // 123,400 x 0.72
  });

  it("refuses a revenue beyond the exact range, naming the facility, service and year, instead of splitting it inexactly", () => {
    let caught: unknown;
    try {
      splitPayers(listed(0, 4.2e11), Float64Array.of(100, 1e6), [2024, 2025], "H1");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CostplanError);
    const e = caught as CostplanError;
    expect(e.code).toBe("revenue-too-large");
    expect(e.messages.en).toBe(
      'facility "H1", service "KB", 2025: the price increase x volume is 420000000000000000 minor units, beyond the largest exact amount ' +
        "(9,007,199,254,740,991); check the service's volume and prices",
    );
    expect(e.messages.vi).toContain('cơ sở "H1", dịch vụ "KB", năm 2025');
  });
});
