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
  const supports = problem.centres.map((c, index) => ({ ...c, index })).filter((c) => c.kind === "support");
  const served = (id: string): number => Object.entries(usageRow(problem.usage, id)).filter(([t, v]) => t !== id && v > 0).length;
  return (
    supports
      .map((c) => ({ id: c.id, served: served(c.id), cost: c.cost, index: c.index }))
      // The sort is stable and supports come in input order, so the index key restates it; V8's TimSort passes the later element first,
      // Stryker disable next-line ArithmeticOperator: so a.index + b.index > 0 keeps input order too (tried with 1,000 tied centres)
      .sort((a, b) => b.served - a.served || b.cost - a.cost || a.index - b.index)
      .map((c) => c.id)
  );
}
