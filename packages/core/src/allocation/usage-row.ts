import type { AllocationProblem } from "./problem.js";

/**
 * The usage row of one support centre, or none. Only the record's own keys count: a centre
 * named `constructor` or `toString` with no row must not read the function Object.prototype
 * holds under that name (a model's usage may come as a plain object from the schema).
 */
export function usageRow(usage: AllocationProblem["usage"], id: string): Readonly<Record<string, number>> {
  return Object.hasOwn(usage, id) ? (usage[id] ?? NO_USAGE) : NO_USAGE;
}

const NO_USAGE: Readonly<Record<string, number>> = Object.freeze(Object.create(null) as Record<string, number>);
