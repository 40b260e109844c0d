import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCosts } from "./allocate-costs.js";
import { compileAllocation, postAllocation, postFromFloats } from "./compiled.js";
import { defaultOrder } from "./order.js";
import { facilityProblems } from "../testing/facility-problems.js";

// Problems like a facility's: a few support centres, more operating ones, costs that are
// sometimes round (so exact whole amounts arise and the decimal route must take over) and
// sometimes not, usage in whole numbers or decimals.
const problems = facilityProblems({
  methods: ["direct", "step-down", "reciprocal"],
  cost: fc.oneof(
    fc.integer({ min: 0, max: 1e11 }),
    fc.integer({ min: 0, max: 1000 }).map((k) => k * 1_000_000),
    fc.constant(0),
  ),
  usage: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.01, max: 100, noNaN: true })),
});

describe("compiled allocation (properties)", () => {
  it("takes the float route for most problems, and it agrees with the decimal route wherever it decides", () => {
    let decided = 0;
    let runs = 0;
    fc.assert(
      fc.property(problems, (problem) => {
        fc.pre(problem !== undefined);
        const fixed = { ...problem, order: problem.method === "step-down" ? defaultOrder(problem) : undefined };
        const compiled = compileAllocation({ ...fixed, centres: problem.centres.map(({ id, kind }) => ({ id, kind })) });
        const floats = postFromFloats(
          compiled,
          problem.centres.map((c) => c.cost),
        );
        runs += 1;
        if (floats === undefined) return;
        decided += 1;
        const reference = allocateCosts(fixed);
        expect(Array.from(floats.flows)).toEqual(reference.flows.map((f) => f.amount));
        problem.centres.forEach((c, i) => {
          if (c.kind === "operating") expect(floats.final[i]).toBe(reference.final[c.id]);
        });
      }),
      { numRuns: 300 },
    );
    expect(decided).toBeGreaterThan(runs / 3);
  });

  it("posts every cost vector with exactly the whole amounts allocateCosts gives", () => {
    fc.assert(
      fc.property(problems, (problem) => {
        fc.pre(problem !== undefined);
        const order = problem.method === "step-down" ? defaultOrder(problem) : undefined;
        const fixed = { ...problem, order };
        const compiled = compileAllocation({ ...fixed, centres: problem.centres.map(({ id, kind }) => ({ id, kind })) });
        const posted = postAllocation(
          compiled,
          problem.centres.map((c) => c.cost),
        );
        const reference = allocateCosts(fixed);
        problem.centres.forEach((c, i) => {
          if (c.kind === "operating") expect(posted.final[i]).toBe(reference.final[c.id]);
          else expect(posted.allocated[i]).toBe(reference.support[c.id]);
        });
        expect(Array.from(posted.flows)).toEqual(reference.flows.map((f) => f.amount));
      }),
      { numRuns: 300 },
    );
  });

  it("posts a cost vector seen before through the same compiled allocation as a fresh compilation does", () => {
    fc.assert(
      fc.property(problems, fc.array(fc.nat({ max: 3 }), { minLength: 2, maxLength: 6 }), (problem, picks) => {
        fc.pre(problem !== undefined);
        const order = problem.method === "step-down" ? defaultOrder(problem) : undefined;
        const shape = { ...problem, order, centres: problem.centres.map(({ id, kind }) => ({ id, kind })) };
        // A few vectors, some repeated: the costs, zeros, and the costs doubled or shifted by a unit.
        const vectors = [
          problem.centres.map((c) => c.cost),
          problem.centres.map(() => 0),
          problem.centres.map((c) => 2 * c.cost),
          problem.centres.map((c, i) => c.cost + (i === 0 ? 1 : 0)),
        ];
        const shared = compileAllocation(shape);
        for (const k of picks) {
          const again = postAllocation(shared, vectors[k]!);
          const fresh = postAllocation(compileAllocation(shape), vectors[k]!);
          expect(Array.from(again.final)).toEqual(Array.from(fresh.final));
          expect(Array.from(again.allocated)).toEqual(Array.from(fresh.allocated));
          expect(Array.from(again.flows)).toEqual(Array.from(fresh.flows));
        }
      }),
      { numRuns: 200 },
    );
  });
});
