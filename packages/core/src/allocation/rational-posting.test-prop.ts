import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileAllocation, postFromDecimals, postFromFloats } from "./compiled.js";
import { defaultOrder } from "./order.js";
import { facilityProblems } from "../testing/facility-problems.js";
import type { AllocationMethod, AllocationProblem } from "./problem.js";
import { postFromRationals } from "./rational-posting.js";

// Facilities' problems with whole usage (the case the exact route serves) and costs that are often
// round or tiny, so amounts land on whole units and halves where the floats cannot decide.
const problems = facilityProblems({
  methods: ["direct", "step-down"],
  cost: fc.oneof(
    fc.integer({ min: 0, max: 1e11 }),
    fc.integer({ min: 0, max: 1000 }).map((k) => k * 1_000_000),
    fc.integer({ min: 0, max: 7 }),
    fc.constant(2 ** 51),
  ),
  usage: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 5000 })),
});

function compiled(problem: AllocationProblem): ReturnType<typeof compileAllocation> {
  const order = problem.method === "step-down" ? defaultOrder(problem) : undefined;
  return compileAllocation({ ...problem, order, centres: problem.centres.map(({ id, kind }) => ({ id, kind })) });
}

describe("exact integer posting (properties)", () => {
  it("posts every amount as the 40-digit decimal route does, wherever it decides, and decides nearly always", () => {
    let decided = 0;
    let runs = 0;
    let floatsUndecided = 0;
    fc.assert(
      fc.property(problems, (problem) => {
        fc.pre(problem !== undefined);
        const c = compiled(problem);
        const costs = problem.centres.map((centre) => centre.cost);
        let reference: ReturnType<typeof postFromDecimals>;
        try {
          reference = postFromDecimals(c, costs);
        } catch {
          // An amount past the safe range: the decimal route reports it, and the exact route must leave it to it.
          expect(postFromRationals(c, costs)).toBeUndefined();
          return;
        }
        runs += 1;
        if (postFromFloats(c, costs) === undefined) floatsUndecided += 1;
        const exact = postFromRationals(c, costs);
        if (exact === undefined) return;
        decided += 1;
        expect(Array.from(exact.flows)).toEqual(Array.from(reference.flows));
        expect(Array.from(exact.final)).toEqual(Array.from(reference.final));
        expect(Array.from(exact.allocated)).toEqual(Array.from(reference.allocated));
      }),
      { numRuns: 400 },
    );
    expect(decided).toBeGreaterThan(runs * 0.9);
    // The generator must reach the cases the floats leave undecided, or the property proves little.
    expect(floatsUndecided).toBeGreaterThan(runs / 10);
  });

  it("leaves reciprocal allocations, fractional usage and negative costs to the decimal route", () => {
    const base = {
      currency: "VND" as const,
      centres: [
        { id: "S", kind: "support" as const, cost: 10 },
        { id: "A", kind: "operating" as const, cost: 5 },
        { id: "B", kind: "operating" as const, cost: 0 },
      ],
      usage: { S: { A: 1, B: 2 } },
    };
    const shape = (method: AllocationMethod, usage: AllocationProblem["usage"]) =>
      compileAllocation({
        method,
        currency: "VND",
        usage,
        order: method === "step-down" ? ["S"] : undefined,
        centres: base.centres.map(({ id, kind }) => ({ id, kind })),
      });
    expect(postFromRationals(shape("step-down", base.usage), [10, 5, 0])).toBeDefined();
    expect(postFromRationals(shape("reciprocal", base.usage), [10, 5, 0])).toBeUndefined();
    expect(postFromRationals(shape("step-down", { S: { A: 1.5, B: 2 } }), [10, 5, 0])).toBeUndefined();
    expect(postFromRationals(shape("step-down", base.usage), [10, -5, 0])).toBeUndefined();
  });
});
