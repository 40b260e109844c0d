import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rationalFinals } from "../testing/rational-allocation.js";
import { allocateCosts } from "./allocate-costs.js";
import { parseAllocationProblem } from "./parse.js";
import type { AllocationMethod, AllocationProblem } from "./problem.js";

interface Shape {
  supports: number;
  operating: number;
  costs: number[];
  usage: number[][]; // [support][centre], 0 = no use
}

const shapes = fc.record({ supports: fc.integer({ min: 1, max: 5 }), operating: fc.integer({ min: 1, max: 6 }) }).chain(({ supports, operating }) =>
  fc.record({
    supports: fc.constant(supports),
    operating: fc.constant(operating),
    costs: fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: supports + operating, maxLength: supports + operating }),
    usage: fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 100, noNaN: true })), {
        minLength: supports + operating,
        maxLength: supports + operating,
      }),
      { minLength: supports, maxLength: supports },
    ),
  }),
);

function problemOf(shape: Shape, method: AllocationMethod, order?: string[]): AllocationProblem | undefined {
  const ids = [...Array.from({ length: shape.supports }, (_, i) => `S${i}`), ...Array.from({ length: shape.operating }, (_, i) => `O${i}`)];
  const usage: Record<string, Record<string, number>> = {};
  shape.usage.forEach((row, s) => {
    usage[`S${s}`] = Object.fromEntries(row.flatMap((v, t): [string, number][] => (v !== 0 ? [[ids[t]!, v]] : [])));
    // every support centre serves at least its own operating centre, so most problems solve
    usage[`S${s}`]![`O${s % shape.operating}`] ??= 1;
  });
  const parsed = parseAllocationProblem({
    method,
    currency: "VND",
    centres: ids.map((id, i) => ({ id, kind: i < shape.supports ? "support" : "operating", cost: shape.costs[i]! })),
    usage,
    ...(order === undefined ? {} : { order }),
  });
  return parsed.ok ? parsed.problem : undefined;
}

const methods = fc.constantFrom<AllocationMethod>("direct", "step-down", "reciprocal");

describe("allocateCosts (properties)", () => {
  it("agrees with an exact rational reference: every final within one minor unit, the total exact", () => {
    fc.assert(
      fc.property(shapes, methods, (shape, method) => {
        const problem = problemOf(shape, method);
        if (problem === undefined) return;
        const r = allocateCosts(problem);
        const exact = rationalFinals(problem);
        for (const [id, value] of exact) expect(value.within1(r.final[id]!), `${id}: ${String(value.n)}/${String(value.d)} vs ${r.final[id]}`).toBe(true);
        expect(Object.values(r.final).reduce((a, b) => a + b, 0)).toBe(r.total);
      }),
      { numRuns: 300 },
    );
  });

  it("conserves cost, balances every support centre and never goes negative", () => {
    fc.assert(
      fc.property(shapes, methods, (shape, method) => {
        const problem = problemOf(shape, method);
        if (problem === undefined) return;
        const r = allocateCosts(problem);
        for (const f of r.flows) expect(f.amount).toBeGreaterThanOrEqual(0);
        for (const v of Object.values(r.final)) expect(v).toBeGreaterThanOrEqual(0);
        for (const [s, sent] of Object.entries(r.support)) {
          const cost = problem.centres.find((c) => c.id === s)!.cost;
          const received = r.flows.filter((f) => f.to === s).reduce((a, f) => a + f.amount, 0);
          expect(r.flows.filter((f) => f.from === s).reduce((a, f) => a + f.amount, 0)).toBe(sent);
          expect(cost + received).toBe(sent);
        }
        for (const [t, final] of Object.entries(r.final)) {
          const cost = problem.centres.find((c) => c.id === t)!.cost;
          expect(cost + r.flows.filter((f) => f.to === t).reduce((a, f) => a + f.amount, 0)).toBe(final);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the step-down answer by reciprocal when support services only flow forward in that order", () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const forward = { ...shape, usage: shape.usage.map((row, s) => row.map((v, t) => (t < shape.supports && t <= s ? 0 : v))) };
        const order = Array.from({ length: shape.supports }, (_, i) => `S${i}`);
        const stepDown = problemOf(forward, "step-down", order);
        const reciprocal = problemOf(forward, "reciprocal");
        if (stepDown === undefined || reciprocal === undefined) return;
        expect(allocateCosts(reciprocal).final).toEqual(allocateCosts(stepDown).final);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the direct answer by step-down when no support centre serves another", () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const apart = { ...shape, usage: shape.usage.map((row) => row.map((v, t) => (t < shape.supports ? 0 : v))) };
        const direct = problemOf(apart, "direct");
        const stepDown = problemOf(apart, "step-down");
        if (direct === undefined || stepDown === undefined) return;
        expect(allocateCosts(stepDown).final).toEqual(allocateCosts(direct).final);
        expect(allocateCosts(problemOf(apart, "reciprocal")!).final).toEqual(allocateCosts(direct).final);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same reciprocal answer whatever the order of the centres in the input", () => {
    fc.assert(
      fc.property(shapes, fc.func(fc.integer()), (shape, key) => {
        const problem = problemOf(shape, "reciprocal");
        if (problem === undefined) return;
        const shuffled = { ...problem, centres: [...problem.centres].sort((a, b) => key(a.id) - key(b.id) || a.id.localeCompare(b.id)) };
        expect(allocateCosts(shuffled).final).toEqual(allocateCosts(problem).final);
        expect(allocateCosts(shuffled).support).toEqual(allocateCosts(problem).support);
      }),
      { numRuns: 200 },
    );
  });
});
