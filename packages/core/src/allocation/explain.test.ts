import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { EXPLAIN_PATH_LIMIT, explainAllocation } from "./explain.js";
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
    // Reciprocal services have no finite list of routes: none is listed, and none is said to be left out.
    expect(e.origins.map((o) => [o.centre, o.paths, o.truncated])).toEqual([
      ["ADMIN", [], false],
      ["IT", [], false],
      ["WARD", [], false],
    ]);
  });

  it("explains a reciprocal support centre: its reciprocated cost split between its own cost and what reaches it from the others", () => {
    // ADMIN = 100,000 + 0.1 IT and IT = 60,000 + 0.2 ADMIN: of IT's 60,000, 0.1 / 0.98 reaches ADMIN (6,122.45),
    // so ADMIN's 108,163 splits 100,000 : 6,122.45, that is 101,923 and 6,240.
    const e = explainAllocation(checked(twoSupportHospital("reciprocal")), "ADMIN");
    expect([e.amount, e.origins.map((o) => [o.centre, o.amount])]).toEqual([
      108_163,
      [
        ["ADMIN", 101_923],
        ["IT", 6_240],
      ],
    ]);
  });

  it("reports reciprocated costs only for reciprocal, and lists the centre itself as an origin even with no direct cost", () => {
    const free = checked({
      ...twoSupportHospital("step-down", ["ADMIN", "IT"]),
      centres: twoSupportHospital("step-down").centres.map((c) => (c.id === "OPD" ? { ...c, cost: 0 } : c)),
    });
    const e = explainAllocation(free, "OPD");
    expect(e.reciprocated).toBeUndefined();
    expect(e.origins.map((o) => [o.centre, o.amount])).toEqual([
      ["ADMIN", 46_667],
      ["IT", 20_000],
      ["OPD", 0],
    ]);
  });

  it("splits an origin's amount over its routes by largest remainder, so the routes add up to it exactly", () => {
    // S's 1 đồng reaches OPD half directly and half through T: 0.5 and 0.5, which rounded each on its own would make 2.
    const e = explainAllocation(
      checked({
        method: "step-down",
        currency: "VND",
        order: ["S", "T"],
        centres: [
          { id: "S", kind: "support", cost: 1 },
          { id: "T", kind: "support", cost: 0 },
          { id: "OPD", kind: "operating", cost: 0 },
        ],
        usage: { S: { T: 1, OPD: 1 }, T: { OPD: 1 } },
      }),
      "OPD",
    );
    const s = e.origins.find((o) => o.centre === "S")!;
    expect([s.amount, s.paths.reduce((sum, p) => sum + p.amount, 0)]).toEqual([1, 1]);
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

  it("lists at most EXPLAIN_PATH_LIMIT routes of an origin, the largest first, each rounded on its own, and says it left the others out", () => {
    // A step-down chain where each support centre serves every later one and OPD: 2^(k-1) routes from the first.
    const chain = (k: number): AllocationProblem => {
      const ids = Array.from({ length: k }, (_, i) => `S${i}`);
      return checked({
        method: "step-down",
        currency: "VND",
        order: ids,
        centres: [...ids.map((id) => ({ id, kind: "support" as const, cost: 1_000_003 })), { id: "OPD", kind: "operating", cost: 0 }],
        usage: Object.fromEntries(ids.map((id, i) => [id, Object.fromEntries([...ids.slice(i + 1), "OPD"].map((t, j) => [t, j + 1]))])),
      });
    };
    for (const [k, routes] of [
      [9, 256],
      [11, 1024],
    ] as const) {
      const first = explainAllocation(chain(k), "OPD").origins.find((o) => o.centre === "S0")!;
      expect([routes, first.paths.length, first.truncated]).toEqual([routes, EXPLAIN_PATH_LIMIT, true]);
      const amounts = first.paths.map((p) => p.amount);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      expect(first.paths.reduce((sum, p) => sum + p.amount, 0)).toBeLessThan(first.amount);
    }
    // The routes listed are the largest of all 1,024, in order (a walk that stopped at the first routes it found missed S0 -> OPD, the largest).
    const listed = explainAllocation(chain(11), "OPD").origins.find((o) => o.centre === "S0")!;
    const shares = chainRouteShares(11).sort((a, b) => b.comparedTo(a));
    expect(listed.paths[0]!.path).toEqual(["S0", "OPD"]);
    expect(listed.paths.map((p) => p.share)).toEqual(shares.slice(0, EXPLAIN_PATH_LIMIT).map((x) => x.toSignificantDigits(12).toString()));
    // 22 centres: 2^21 routes, searched within the search's bounds, the largest still first.
    const many = explainAllocation(chain(22), "OPD").origins.find((o) => o.centre === "S0")!;
    expect([many.paths.length, many.truncated, many.paths[0]!.path]).toEqual([EXPLAIN_PATH_LIMIT, true, ["S0", "OPD"]]);
    // Eight centres give 128 routes: all listed, their amounts adding up to the origin's.
    const all = explainAllocation(chain(8), "OPD").origins.find((o) => o.centre === "S0")!;
    expect([all.paths.length, all.truncated]).toEqual([128, false]);
    expect(all.paths.reduce((sum, p) => sum + p.amount, 0)).toBe(all.amount);
  });

  it("names an unknown centre", () => {
    expect(() => explainAllocation(problem("direct"), "ICU")).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: no centre "ICU"; expected one of "ADMIN", "IT", "OPD", "WARD"]`,
    );
  });
});

/**
 * Every route's share from S0 to OPD in the chain of k support centres where S_i serves each later
 * centre and OPD with usage 1, 2, 3... (the j-th target j + 1): each step's share is its usage over the row's.
 */
function chainRouteShares(k: number): InstanceType<typeof Dec>[] {
  const shares: InstanceType<typeof Dec>[] = [];
  const walk = (i: number, share: InstanceType<typeof Dec>): void => {
    const targets = [...Array.from({ length: k - i - 1 }, (_, n) => i + 1 + n), k];
    const total = (targets.length * (targets.length + 1)) / 2;
    targets.forEach((t, j) => {
      const next = share.mul(j + 1).div(total);
      if (t === k) shares.push(next);
      else walk(t, next);
    });
  };
  walk(0, new Dec(1));
  return shares;
}
