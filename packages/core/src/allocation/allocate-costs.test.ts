import { describe, expect, it } from "vitest";
import { allocateCosts } from "./allocate-costs.js";
import { parseAllocationProblem } from "./parse.js";
import { checked, twoSupportHospital } from "../testing/two-support-hospital.js";
import type { AllocationProblemInput } from "./problem.js";

const solve = (input: AllocationProblemInput) => allocateCosts(checked(input));
const hospital = twoSupportHospital;

describe("allocateCosts", () => {
  it("direct: ignores services between support centres", () => {
    const r = solve(hospital("direct"));
    // ADMIN 100,000 split 40:40; IT 60,000 split 30:60
    expect(r.final).toEqual({ OPD: 300_000 + 50_000 + 20_000, WARD: 500_000 + 50_000 + 40_000 });
    expect(r.support).toEqual({ ADMIN: 100_000, IT: 60_000 });
  });

  it("step-down: follows the given order, closing each centre once it has allocated", () => {
    const r = solve(hospital("step-down", ["ADMIN", "IT"]));
    // ADMIN: 20,000 to IT, 40,000 each to OPD and WARD; IT: 80,000 split 30:60
    expect(r.flows.map((f) => [f.from, f.to, f.amount])).toEqual([
      ["ADMIN", "IT", 20_000],
      ["ADMIN", "OPD", 40_000],
      ["ADMIN", "WARD", 40_000],
      ["IT", "OPD", 26_667],
      ["IT", "WARD", 53_333],
    ]);
    expect(r.support).toEqual({ ADMIN: 100_000, IT: 80_000 });
    expect(r.final).toEqual({ OPD: 366_667, WARD: 593_333 });
  });

  it("step-down: by default the centre serving the most others goes first, ties by larger cost", () => {
    expect(solve(hospital("step-down")).order).toEqual(["ADMIN", "IT"]);
    const tie = hospital("step-down");
    tie.centres = tie.centres.map((c) => (c.id === "IT" ? { ...c, cost: 200_000 } : c));
    expect(solve(tie).order).toEqual(["IT", "ADMIN"]);
  });

  it("reciprocal: solves the mutual services exactly", () => {
    // A = 100,000 + 0.1 I; I = 60,000 + 0.2 A  =>  A = 106,000 / 0.98 = 108,163.27, I = 81,632.65
    const r = solve(hospital("reciprocal"));
    expect(r.support).toEqual({ ADMIN: 108_163, IT: 81_633 });
    // OPD = 300,000 + 0.4 A + 0.3 I = 367,755.10; WARD = 592,244.90
    expect(r.final).toEqual({ OPD: 367_755, WARD: 592_245 });
    expect(r.final["OPD"]! + r.final["WARD"]!).toBe(r.total);
  });

  it("ignores a support centre's use of itself", () => {
    const withSelf = hospital("reciprocal");
    withSelf.usage = { ...withSelf.usage, ADMIN: { ADMIN: 1_000, IT: 20, OPD: 40, WARD: 40 } };
    expect(solve(withSelf).final).toEqual(solve(hospital("reciprocal")).final);
  });

  it("keeps every support centre's books balanced: cost + received = sent", () => {
    for (const method of ["direct", "step-down", "reciprocal"] as const) {
      const r = solve(hospital(method));
      for (const [s, sent] of Object.entries(r.support)) {
        const cost = hospital(method).centres.find((c) => c.id === s)!.cost as number;
        const received = r.flows.filter((f) => f.to === s).reduce((a, f) => a + f.amount, 0);
        expect(r.flows.filter((f) => f.from === s).reduce((a, f) => a + f.amount, 0)).toBe(sent);
        expect(cost + received).toBe(sent);
      }
    }
  });

  it("takes costs in major units and rounds to the minor unit of the currency", () => {
    const r = solve({
      method: "direct",
      currency: "USD",
      centres: [
        { id: "S", kind: "support", cost: "100.00" },
        { id: "A", kind: "operating", cost: 0.5 },
        { id: "B", kind: "operating", cost: 0 },
        { id: "C", kind: "operating", cost: 0 },
      ],
      usage: { S: { A: 1, B: 1, C: 1 } },
    });
    expect(r.final).toEqual({ A: 3_384, B: 3_333, C: 3_333 });
    expect(r.total).toBe(10_050);
  });

  it("final costs are the largest-remainder split of the total over the exact final costs, not any other balanced rounding", () => {
    // 1,000 over usage 1..7 (of 28): quotas 35.71, 71.43, 107.14, 142.86, 178.57, 214.29, 250; the 3 units left over
    // go to the largest remainders (.86, .71, .57), so O4, O1 and O5 round up and O2, O3 and O6 down.
    const ids = ["O1", "O2", "O3", "O4", "O5", "O6", "O7"];
    const r = solve({
      method: "direct",
      currency: "VND",
      centres: [{ id: "S", kind: "support", cost: 1_000 }, ...ids.map((id) => ({ id, kind: "operating" as const, cost: 0 }))],
      usage: { S: Object.fromEntries(ids.map((id, k) => [id, k + 1])) },
    });
    expect(r.final).toEqual({ O1: 36, O2: 71, O3: 107, O4: 143, O5: 179, O6: 214, O7: 250 });
    expect(r.support).toEqual({ S: 1_000 });
    // 10 over 68 : 89 : 43 is 3.4, 4.45 and 2.15: rounded to nearest they make 9, and the unit left goes to the .45.
    const three = solve({
      method: "direct",
      currency: "VND",
      centres: [{ id: "S", kind: "support", cost: 10 }, ...ids.slice(0, 3).map((id) => ({ id, kind: "operating" as const, cost: 0 }))],
      usage: { S: { O1: 68, O2: 89, O3: 43 } },
    });
    expect(three.final).toEqual({ O1: 3, O2: 5, O3: 2 });
  });

  describe("edge cases", () => {
    it("names the support centre whose loop leaks a share too small to compute, instead of posting NaN (found by fuzzing)", () => {
      const problem = {
        method: "reciprocal" as const,
        centres: [
          { id: "ADMIN", kind: "support", cost: 0 },
          { id: "IT", kind: "support", cost: 1 },
          { id: "OPD", kind: "operating", cost: 0 },
        ],
        usage: { ADMIN: { IT: 1 }, IT: { ADMIN: 1, OPD: 5e-324 } },
      };
      expect(() => solve(problem)).toThrowErrorMatchingInlineSnapshot(
        `[CostplanError: support centre "ADMIN" would allocate more than any amount can hold: nearly all of its services to other support centres come back to it (all but a share too small to compute), so check its usage figures]`,
      );
    });

    it("names the loop instead of posting an inconsistent allocation when the solve cannot converge (found by fuzzing)", () => {
      const problem = {
        method: "reciprocal" as const,
        centres: [
          { id: "ADMIN", kind: "support", cost: 0 },
          { id: "IT", kind: "support", cost: 2 },
          { id: "HR", kind: "support", cost: 0 },
          { id: "OPD", kind: "operating", cost: 99 },
        ],
        usage: { ADMIN: { IT: 8e-216 }, IT: { ADMIN: 1, HR: 1.6e-299 }, HR: { ADMIN: 8, OPD: 1 } },
      };
      expect(() => solve(problem)).toThrow(/would allocate more than any amount can hold/);
    });

    it("refuses a kind or method named like a member of Object.prototype, quoting it as written (found by fuzzing)", () => {
      const parsed = parseAllocationProblem({ method: "constructor", centres: [{ id: "A", kind: "__proto__", cost: 1 }] });
      expect(parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message.en}`)).toMatchInlineSnapshot(`
        [
          "$.method: expected "direct", "step-down" or "reciprocal", got "constructor"",
          "$.centres[0].kind: expected "support" or "operating", got "__proto__"",
        ]
      `);
    });
  });
});
