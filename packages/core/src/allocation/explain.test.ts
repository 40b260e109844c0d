import { describe, expect, it } from "vitest";
import { explainAllocation } from "./explain.js";
import { checked, twoSupportHospital } from "../testing/two-support-hospital.js";
import type { AllocationMethod, AllocationProblem } from "./problem.js";

const problem = (method: AllocationMethod): AllocationProblem => checked(twoSupportHospital(method, ["ADMIN", "IT"]));

describe("explainAllocation", () => {
  it("traces a step-down final cost back to each original centre along every route", () => {
    const e = explainAllocation(problem("step-down"), "OPD");
    expect(e.amount).toBe(366_667);
    expect(e.received.map((f) => [f.from, f.amount, f.share])).toEqual([
      ["ADMIN", 40_000, "0.4"],
      ["IT", 26_667, "0.333333333333"],
    ]);
    // ADMIN reaches OPD directly (0.4) and through IT (0.2 x 1/3): 40,000 + 6,666.67
    expect(e.origins).toEqual([
      {
        centre: "ADMIN",
        amount: 46_667,
        paths: [
          { path: ["ADMIN", "OPD"], share: "0.4", amount: 40_000 },
          { path: ["ADMIN", "IT", "OPD"], share: "0.0666666666667", amount: 6_667 },
        ],
        truncated: false,
      },
      { centre: "IT", amount: 20_000, paths: [{ path: ["IT", "OPD"], share: "0.333333333333", amount: 20_000 }], truncated: false },
      { centre: "OPD", amount: 300_000, paths: [{ path: ["OPD"], share: "1", amount: 300_000 }], truncated: false },
    ]);
  });

  it("gives origins that add up to the posted cost exactly, for every centre and method", () => {
    for (const method of ["direct", "step-down", "reciprocal"] as const) {
      for (const id of ["ADMIN", "IT", "OPD", "WARD"]) {
        const e = explainAllocation(problem(method), id);
        expect(e.origins.reduce((a, o) => a + o.amount, 0)).toBe(e.amount);
      }
    }
  });

  it("reports the complete reciprocated cost of each support centre for reciprocal", () => {
    const e = explainAllocation(problem("reciprocal"), "WARD");
    expect(e.reciprocated).toEqual({ ADMIN: 108_163, IT: 81_633 });
    // WARD = 500,000 + 0.4 x 108,163.27 + 0.6 x 81,632.65; ADMIN's share: 100,000 x (0.4 + 0.2 x 0.6) / 0.98
    expect(e.origins.find((o) => o.centre === "ADMIN")!.amount).toBe(53_061);
    expect(e.origins.find((o) => o.centre === "IT")!.amount).toBe(39_184);
  });

  it("explains a support centre: what it received and what it sent", () => {
    const e = explainAllocation(problem("step-down"), "IT");
    expect(e.amount).toBe(80_000);
    expect(e.received.map((f) => [f.from, f.amount])).toEqual([["ADMIN", 20_000]]);
    expect(e.sent.map((f) => [f.to, f.amount])).toEqual([
      ["OPD", 26_667],
      ["WARD", 53_333],
    ]);
  });

  it("names an unknown centre", () => {
    expect(() => explainAllocation(problem("direct"), "ICU")).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: no centre "ICU"; expected one of "ADMIN", "IT", "OPD", "WARD"]`,
    );
  });
});
