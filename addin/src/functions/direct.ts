import { excelSafeSpill } from "./guard.js";
import { allocateCentres, finalByCentre } from "./centres.js";
import { spill } from "./values.js";

/**
 * Direct method: each support centre allocates its cost straight to the operating centres, in proportion to their usage. Returns the final cost of
 * each centre (support centres 0); the results add up to the total cost exactly.
 * @customfunction DIRECT
 * @param costs One cell per centre: its direct cost in whole đồng.
 * @param kinds One cell per centre: "support" or "operating" ("hỗ trợ" or "trực tiếp").
 * @param usage A square block, one row and one column per centre: row s holds how much of support centre s's allocation base each centre uses;
 * operating centres' rows stay empty.
 * @param [order] Ignored by this method; accepted so the three methods take the same arguments.
 * @returns The final cost of each centre, spilled in the shape of costs.
 */
export function directFunction(costs: unknown[][], kinds: unknown[][], usage: unknown[][], order?: unknown): Array<Array<number | CustomFunctions.Error>> {
  return excelSafeSpill(() => {
    const allocation = allocateCentres("direct", costs, kinds, usage, order);
    return spill(finalByCentre(allocation), allocation.costs.orientation);
  });
}
