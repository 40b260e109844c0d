import { describe, expect, it } from "vitest";
import { allocateCosts } from "./allocate-costs.js";
import { compileAllocation, postAllocation, postFromFloats, type AllocationShape } from "./compiled.js";
import { defaultOrder } from "./order.js";
import type { AllocationMethod, AllocationProblem, AllocationProblemInput } from "./problem.js";
import { checked, twoSupportHospital } from "../testing/two-support-hospital.js";

const shapeOf = (problem: AllocationProblem): AllocationShape => ({
  ...problem,
  order: problem.method === "step-down" ? (problem.order ?? defaultOrder(problem)) : undefined,
  centres: problem.centres.map(({ id, kind }) => ({ id, kind })),
});

/** Posts a problem through a fresh compilation and states its amounts as allocateCosts does, by id. */
function posted(problem: AllocationProblem, costs = problem.centres.map((c) => c.cost)) {
  const p = postAllocation(compileAllocation(shapeOf(problem)), costs);
  return amounts(problem, p);
}

function amounts(problem: AllocationProblem, p: { final: Float64Array; allocated: Float64Array; flows: Float64Array }) {
  const final: Record<string, number> = {};
  const support: Record<string, number> = {};
  problem.centres.forEach((c, i) => {
    if (c.kind === "operating") final[c.id] = p.final[i]!;
    else support[c.id] = p.allocated[i]!;
  });
  return { final, support, flows: Array.from(p.flows) };
}

function reference(problem: AllocationProblem) {
  const r = allocateCosts({ ...problem, order: shapeOf(problem).order });
  return { final: r.final, support: r.support, flows: r.flows.map((f) => f.amount) };
}

const methods: AllocationMethod[] = ["direct", "step-down", "reciprocal"];
const hospital = (method: AllocationMethod, change: (p: AllocationProblemInput) => AllocationProblemInput = (p) => p) =>
  checked(change(twoSupportHospital(method)));

describe("compiled allocation", () => {
  it.each(methods)("%s: posts the whole amounts allocateCosts gives, by the float route where it decides", (method) => {
    const problem = hospital(method);
    expect(posted(problem)).toEqual(reference(problem));
    const floats = postFromFloats(
      compileAllocation(shapeOf(problem)),
      problem.centres.map((c) => c.cost),
    );
    if (floats !== undefined) expect(amounts(problem, floats)).toEqual(reference(problem));
  });

  it.each(methods)("%s: costs that do not divide evenly are decided by the float route, as allocateCosts posts them", (method) => {
    const problem = hospital(method, (p) => ({
      ...p,
      centres: p.centres.map((c, i) => ({ ...c, cost: [100_002, 60_007, 300_011, 499_999][i]! })),
    }));
    const floats = postFromFloats(
      compileAllocation(shapeOf(problem)),
      problem.centres.map((c) => c.cost),
    );
    expect(floats).toBeDefined();
    expect(amounts(problem, floats!)).toEqual(reference(problem));
    expect(posted(problem)).toEqual(reference(problem));
  });

  it("a whole amount shared by whole usage that divides it is posted exactly by the float route", () => {
    // ADMIN's 100,000 over 20 + 40 + 40 is 20,000 and 40,000 twice: whole flows, no rounding to decide.
    const problem = hospital("step-down", (p) => ({
      ...p,
      order: ["ADMIN", "IT"],
      centres: p.centres.map((c) => (c.id === "IT" ? { ...c, cost: 60_001 } : c)),
    }));
    const floats = postFromFloats(
      compileAllocation(shapeOf(problem)),
      problem.centres.map((c) => c.cost),
    );
    expect(floats).toBeDefined();
    expect(amounts(problem, floats!)).toEqual(reference(problem));
  });

  it("a tie for the last unit goes to the operating centre whose id comes first, whatever the input order", () => {
    const problem = checked({
      method: "direct",
      currency: "VND",
      centres: [
        { id: "S", kind: "support", cost: 1 },
        { id: "WARD", kind: "operating", cost: 0 },
        { id: "OPD", kind: "operating", cost: 0 },
      ],
      usage: { S: { WARD: 1, OPD: 1 } },
    });
    expect(posted(problem).final).toEqual({ WARD: 0, OPD: 1 });
  });

  it.each(methods)("%s: a centre with zero usage receives no flow, and a support centre's use of itself is no flow", (method) => {
    const problem = hospital(method, (p) => ({ ...p, usage: { ADMIN: { ADMIN: 7, IT: 20, OPD: 40, WARD: 0 }, IT: { ADMIN: 10, OPD: 30, WARD: 60 } } }));
    const compiled = compileAllocation(shapeOf(problem));
    expect(compiled.flows.some((f) => compiled.ids[f.to] === "WARD" && compiled.ids[f.from] === "ADMIN")).toBe(false);
    expect(compiled.flows.some((f) => f.from === f.to)).toBe(false);
    expect(posted(problem)).toEqual(reference(problem));
  });

  it.each(methods)("%s: usage in decimals beside whole usage shares by the decimal ratio", (method) => {
    const problem = hospital(method, (p) => ({ ...p, usage: { ADMIN: { IT: 2, OPD: 1.5, WARD: 2 }, IT: { ADMIN: 1, OPD: 3, WARD: 0.5 } } }));
    expect(posted(problem)).toEqual(reference(problem));
    const direct = checked({ ...twoSupportHospital(method), centres: twoSupportHospital(method).centres.map((c) => ({ ...c, cost: 7 })) });
    const decimal = { ...direct, usage: { ADMIN: { IT: 1, OPD: 1.5, WARD: 2 }, IT: { ADMIN: 1, OPD: 3, WARD: 0.5 } } };
    expect(posted(decimal)).toEqual(reference(decimal));
  });

  it.each(methods)("%s: operating centres given out of id order post as allocateCosts posts them", (method) => {
    const input = twoSupportHospital(method);
    const problem = checked({
      ...input,
      centres: [
        { id: "WARD", kind: "operating", cost: 500_001 },
        { id: "IT", kind: "support", cost: 60_001 },
        { id: "OPD", kind: "operating", cost: 300_001 },
        { id: "ADMIN", kind: "support", cost: 100_001 },
      ],
      usage: { ADMIN: { IT: 1, OPD: 1, WARD: 1 }, IT: { ADMIN: 1, OPD: 1, WARD: 1 } },
    });
    expect(posted(problem)).toEqual(reference(problem));
  });

  it("a step-down allocation compiles only with its order: the default order depends on the costs", () => {
    const { order: _, ...shape } = shapeOf(hospital("step-down"));
    expect(() => compileAllocation(shape)).toThrowErrorMatchingInlineSnapshot(`[Error: compileAllocation: a step-down allocation needs its order]`);
  });

  it("posts each cost vector by its own amounts, and the same vector again gives the same result object", () => {
    const problem = hospital("step-down");
    const compiled = compileAllocation(shapeOf(problem));
    const costs = problem.centres.map((c) => c.cost);
    const first = postAllocation(compiled, costs);
    const doubled = postAllocation(
      compiled,
      costs.map((c) => 2 * c),
    );
    expect(doubled).not.toBe(first);
    expect(amounts(problem, doubled)).toEqual(
      posted(
        problem,
        costs.map((c) => 2 * c),
      ),
    );
    expect(postAllocation(compiled, [...costs])).toBe(first);
    // The same digits cut elsewhere are another vector: 100,000 and 60,000 against 1,000,006,000 and 0.
    const moved = [1_000_006_000, 0, ...costs.slice(2)];
    expect(amounts(problem, postAllocation(compiled, moved))).toEqual(posted(problem, moved));
    const zeros = costs.map(() => 0);
    expect(postAllocation(compiled, zeros)).toBe(postAllocation(compiled, [...zeros]));
  });

  it("a vector holding -0 is posted afresh, not read from the posting of the same vector with 0", () => {
    const problem = hospital("direct");
    const compiled = compileAllocation(shapeOf(problem));
    const zeros = problem.centres.map(() => 0);
    const withZero = postAllocation(compiled, zeros);
    const negative = postAllocation(
      compiled,
      zeros.map((c, i) => (i === 2 ? -c : c)),
    );
    expect(negative).not.toBe(withZero);
    expect(
      postAllocation(
        compileAllocation(shapeOf(problem)),
        zeros.map((c, i) => (i === 2 ? -c : c)),
      ),
    ).toEqual(negative);
  });

  it("reciprocal: support centres that serve only each other and one operating centre post as allocateCosts posts them", () => {
    const problem = checked({
      method: "reciprocal",
      currency: "VND",
      centres: [
        { id: "A", kind: "support", cost: 1_000_001 },
        { id: "B", kind: "support", cost: 0 },
        { id: "C", kind: "support", cost: 333_333 },
        { id: "OPD", kind: "operating", cost: 5 },
        { id: "ER", kind: "operating", cost: 0 },
      ],
      usage: { A: { B: 3, C: 1, OPD: 1 }, B: { A: 1, C: 2, ER: 7 }, C: { A: 5, B: 5, OPD: 1, ER: 1 } },
    });
    expect(posted(problem)).toEqual(reference(problem));
    const free = { ...problem, centres: problem.centres.map((c) => ({ ...c, cost: 0 })) };
    expect(posted(free)).toEqual(reference(free));
  });
});
