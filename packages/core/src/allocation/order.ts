import { usageRow } from "./usage-row.js";
import type { AllocationProblem } from "./problem.js";

/**
 * The default step-down order (the Medicare cost-report rule): the support centre that
 * serves the most other centres goes first; ties go to the larger direct cost, then to
 * the earlier centre in the input, so the order never depends on anything else.
 *
 * @example defaultOrder(problem) // ["LAUNDRY", "HOUSEKEEPING", "ADMIN"]
 */
export function defaultOrder(problem: Pick<AllocationProblem, "centres" | "usage">): string[] {
  const served = (id: string): number => Object.entries(usageRow(problem.usage, id)).filter(([t, v]) => t !== id && v > 0).length;
  // Array.prototype.sort is stable (ES2019), so centres tied on both keys keep their input order.
  return problem.centres
    .filter((c) => c.kind === "support")
    .map((c) => ({ id: c.id, served: served(c.id), cost: c.cost }))
    .sort((a, b) => b.served - a.served || b.cost - a.cost)
    .map((c) => c.id);
}
