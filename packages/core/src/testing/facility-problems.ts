import fc from "fast-check";
import { parseAllocationProblem } from "../allocation/parse.js";
import type { AllocationMethod, AllocationProblem } from "../allocation/problem.js";

/** What varies between the property suites that draw facility-like allocation problems. */
export interface FacilityProblemShape {
  /** The allocation methods drawn. */
  readonly methods: readonly AllocationMethod[];
  /** One centre's cost, in minor units. */
  readonly cost: fc.Arbitrary<number>;
  /** One support centre's use of one centre (0: none). */
  readonly usage: fc.Arbitrary<number>;
}

/**
 * Problems like a facility's: one to six support centres, one to ten operating ones, each
 * support centre's usage row over every centre (0 leaves the centre out; each support centre
 * serves at least one operating centre). Problems the parser refuses come out as undefined.
 */
export function facilityProblems({ methods, cost, usage }: FacilityProblemShape): fc.Arbitrary<AllocationProblem | undefined> {
  return fc
    .record({
      supports: fc.integer({ min: 1, max: 6 }),
      operating: fc.integer({ min: 1, max: 10 }),
      method: fc.constantFrom(...methods),
    })
    .chain(({ supports, operating, method }) =>
      fc.record({
        method: fc.constant(method),
        supports: fc.constant(supports),
        costs: fc.array(cost, { minLength: supports + operating, maxLength: supports + operating }),
        usage: fc.array(fc.array(usage, { minLength: supports + operating, maxLength: supports + operating }), {
          minLength: supports,
          maxLength: supports,
        }),
      }),
    )
    .map(({ method, supports, costs, usage: rows }): AllocationProblem | undefined => {
      const ids = costs.map((_, i) => (i < supports ? `S${i}` : `O${i - supports}`));
      const bases: Record<string, Record<string, number>> = {};
      rows.forEach((row, s) => {
        bases[`S${s}`] = Object.fromEntries(row.flatMap((v, t): [string, number][] => (v !== 0 ? [[ids[t]!, v]] : [])));
        bases[`S${s}`]![`O${s % (costs.length - supports)}`] ??= 1;
      });
      const parsed = parseAllocationProblem({
        method,
        currency: "VND",
        centres: ids.map((id, i) => ({ id, kind: i < supports ? "support" : "operating", cost: costs[i]! })),
        usage: bases,
      });
      return parsed.ok ? parsed.problem : undefined;
    });
}
