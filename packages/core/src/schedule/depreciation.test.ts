import { describe, expect, it } from "vitest";
import { DEPRECIATION_METHODS } from "../model/vocabulary.js";
import { depreciationSchedule, equivalentAnnualCost, equivalentAnnualCostAt, type Asset } from "./depreciation.js";

const asset = (over: Partial<Asset> = {}): Asset => ({
  cost: 1_200_000_000,
  salvage: 0,
  usefulLife: 5,
  inService: "2021-04",
  method: "straight-line",
  prorateFirstYear: false,
  ...over,
});

const amounts = (a: Asset): number[] => depreciationSchedule(a).map((y) => y.amount);

describe("depreciationSchedule", () => {
  it("depreciates straight line over full years from the in-service year by default", () => {
    expect(depreciationSchedule(asset())).toEqual([2021, 2022, 2023, 2024, 2025].map((year) => ({ year, amount: 240_000_000 })));
  });

  it("prorates the first year by months in service and carries the rest into one extra year", () => {
    // April: 9 months in the first year, 3 in the sixth
    expect(amounts(asset({ prorateFirstYear: true }))).toEqual([180_000_000, 240_000_000, 240_000_000, 240_000_000, 240_000_000, 60_000_000]);
  });

  it("leaves the salvage value undepreciated", () => {
    expect(amounts(asset({ salvage: 200_000_000 }))).toEqual([200_000_000, 200_000_000, 200_000_000, 200_000_000, 200_000_000]);
  });

  it("gives leftover đồng to the years with the largest remainders, summing exactly", () => {
    expect(amounts(asset({ cost: 1000, usefulLife: 3 }))).toEqual([334, 333, 333]);
  });

  it("follows sum-of-years' digits", () => {
    // SYD(15000, 0, 5, p) = 5000, 4000, 3000, 2000, 1000
    expect(amounts(asset({ cost: 15_000, method: "sum-of-years" }))).toEqual([5000, 4000, 3000, 2000, 1000]);
  });

  it("follows double-declining balance and switches to straight line to reach the salvage value", () => {
    // VDB(10000, 1000, 5, p-1, p): 4000, 2400, 1440, 864 (still above straight line's 580), then the 296 left
    expect(amounts(asset({ cost: 10_000, salvage: 1_000, method: "double-declining" }))).toEqual([4000, 2400, 1440, 864, 296]);
    // With factor 1, straight line (8000 / 4 = 2000) overtakes declining balance (1600) from year 2
    expect(amounts(asset({ cost: 10_000, salvage: 0, method: "double-declining", factor: 1 }))).toEqual([2000, 2000, 2000, 2000, 2000]);
  });

  it("follows Excel's DB with its rate rounded to three decimals, the last year taking the rest", () => {
    // DB(1000000, 100000, 6, p, 12) with rate 0.319: 319000, 217239, 147939.76, 100746.98, 68608.69; year 6 takes the rest
    expect(amounts(asset({ cost: 1_000_000, salvage: 100_000, usefulLife: 6, method: "declining-balance" }))).toEqual([
      319_000, 217_239, 147_940, 100_747, 68_609, 46_465,
    ]);
  });

  it("prorates declining balance with Excel's month argument", () => {
    const a = amounts(asset({ cost: 1_000_000, salvage: 100_000, usefulLife: 6, method: "declining-balance", inService: "2021-06", prorateFirstYear: true }));
    // DB(..., 1, 7) = 1000000 * 0.319 * 7/12
    expect(a[0]).toBe(186_083);
    expect(a).toHaveLength(7);
    expect(a.reduce((x, y) => x + y, 0)).toBe(900_000);
  });

  describe("edge cases", () => {
    it("gives zeros when salvage equals cost", () => {
      expect(amounts(asset({ cost: 500, salvage: 500, usefulLife: 2 }))).toEqual([0, 0]);
      expect(amounts(asset({ cost: 500, salvage: 500, usefulLife: 2, method: "declining-balance" }))).toEqual([0, 0]);
    });

    it("handles a one-year life and a zero cost", () => {
      expect(amounts(asset({ usefulLife: 1 }))).toEqual([1_200_000_000]);
      expect(amounts(asset({ cost: 0, method: "double-declining" }))).toEqual([0, 0, 0, 0, 0]);
    });

    it("gives a zero cost nothing to depreciate by every method, prorated or not", () => {
      for (const method of DEPRECIATION_METHODS) {
        expect(amounts(asset({ cost: 0, method, usefulLife: 3 }))).toEqual([0, 0, 0]);
        // Proration adds the extra year that takes the rest of the first one.
        expect(amounts(asset({ cost: 0, method, usefulLife: 3, prorateFirstYear: true }))).toEqual([0, 0, 0, 0]);
        expect(amounts(asset({ cost: 700, salvage: 700, method, usefulLife: 3, prorateFirstYear: true }))).toEqual([0, 0, 0, 0]);
      }
    });

    it("splits a prorated straight line by months, whatever the salvage", () => {
      // 9 of 12 months in 2021, then full years, then the 3 months left: 3/4, 1, 1, 1/4 of a year's 400.
      expect(amounts(asset({ cost: 1_400, salvage: 200, usefulLife: 3, prorateFirstYear: true }))).toEqual([300, 400, 400, 100]);
    });

    it("takes the year from a full date", () => {
      expect(depreciationSchedule(asset({ inService: "2022-12-31", usefulLife: 1 }))[0]!.year).toBe(2022);
    });
  });
});

describe("equivalentAnnualCost", () => {
  it("is the level payment that repays cost less discounted salvage", () => {
    // -PMT(8%, 5, 1000000, 0) = 250456.45
    expect(equivalentAnnualCost({ cost: 1_000_000, salvage: 0, usefulLife: 5 }, 0.08)).toBe(250_456);
    // -PMT(8%, 5, 1000000, -100000) = 233410.88
    expect(equivalentAnnualCost({ cost: 1_000_000, salvage: 100_000, usefulLife: 5 }, 0.08)).toBe(233_411);
  });

  it("is straight line at a zero rate", () => {
    expect(equivalentAnnualCost({ cost: 1_000_000, salvage: 100_000, usefulLife: 4 }, 0)).toBe(225_000);
  });

  it("is straight line at a rate too small to change (1 + r)^n, where PMT has no answer (found by fuzzing)", () => {
    expect(equivalentAnnualCost({ cost: 1_000_000, salvage: 100_000, usefulLife: 4 }, 5e-324)).toBe(225_000);
    expect(equivalentAnnualCost({ cost: 658_774_402, salvage: 0, usefulLife: 1 }, -6.6e-156)).toBe(658_774_402);
  });
});

describe("equivalentAnnualCostAt", () => {
  it("takes equivalentAnnualCost's answer, or its refusal, where PMT has no plain answer", () => {
    const at0 = equivalentAnnualCostAt(0);
    expect(at0({ cost: 1_000_000, salvage: 100_000, usefulLife: 4 })).toBe(225_000);
    const lifeless = { cost: 1_000_000, salvage: 0, usefulLife: 0 };
    const refusal = (run: () => number): unknown => {
      try {
        return run();
      } catch (error) {
        return error;
      }
    };
    const direct = refusal(() => equivalentAnnualCost(lifeless, 0.05));
    expect(direct).toBeInstanceOf(Error);
    expect(refusal(() => equivalentAnnualCostAt(0.05)(lifeless))).toEqual(direct);
  });

  it("gives the same cost to assets of the same life asked for again, and to other lives in between", () => {
    const at = equivalentAnnualCostAt(0.08);
    const five = { cost: 1_000_000, salvage: 0, usefulLife: 5 };
    const ten = { cost: 1_000_000, salvage: 100_000, usefulLife: 10 };
    expect([at(five), at(ten), at(five), at(ten)]).toEqual([250_456, equivalentAnnualCost(ten, 0.08), 250_456, equivalentAnnualCost(ten, 0.08)]);
  });
});
