import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLOCATION_METHODS } from "./problem.js";
import { allocateCosts } from "./allocate-costs.js";
import { parseAllocationProblem } from "./parse.js";

// Names that collide with Object.prototype, mixed with ordinary ones: a map keyed by ids that
// is a plain object loses `__proto__`'s cost or reads an inherited function for the others.
const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "IT", "OPD", "LAB", "WARD"];

const problems = fc
  .record({
    ids: fc.shuffledSubarray(NAMES, { minLength: 2, maxLength: NAMES.length }),
    supportShare: fc.double({ min: 0, max: 1, noNaN: true }),
    method: fc.constantFrom(...ALLOCATION_METHODS),
  })
  .chain(({ ids, supportShare, method }) => {
    const supports = Math.min(ids.length - 1, Math.floor(supportShare * ids.length));
    return fc.record({
      ids: fc.constant(ids),
      supports: fc.constant(supports),
      method: fc.constant(method),
      costs: fc.array(fc.integer({ min: 0, max: 1e9 }), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      usage: fc.array(
        fc.array(fc.integer({ min: 1, max: 50 }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        { minLength: supports, maxLength: supports },
      ),
    });
  });

describe("allocation with ids named after Object.prototype's properties", () => {
  it("keeps every centre and reconciles to the minor unit, whatever the names and the method", () => {
    fc.assert(
      fc.property(problems, ({ ids, supports, method, costs, usage }) => {
        // Written as JSON text and parsed, as a file is: only then is `__proto__` an own key.
        const rows = usage.map((row, s) => `${JSON.stringify(ids[s])}:{${row.map((v, t) => `${JSON.stringify(ids[t])}:${v}`).join(",")}}`);
        const centres = ids.map((id, i) => ({ id, kind: i < supports ? "support" : "operating", cost: costs[i] }));
        const text = `{"method":"${method}","currency":"VND","centres":${JSON.stringify(centres)},"usage":{${rows.join(",")}}}`;
        const parsed = parseAllocationProblem(JSON.parse(text));
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
        const result = allocateCosts(parsed.problem);
        expect(Object.keys(result.final).sort()).toEqual(ids.slice(supports).sort());
        expect(Object.keys(result.support).sort()).toEqual(ids.slice(0, supports).sort());
        expect(Object.values(result.final).reduce((a, b) => a + b, 0)).toBe(costs.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 200 },
    );
  });
});
