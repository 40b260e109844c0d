import { idRecord } from "../internal/id-record.js";
import type { CurrencyCode } from "../money/currency.js";
import { solveExact } from "./exact.js";
import type { AllocationMethod, AllocationProblem } from "./problem.js";
import { roundAllocation } from "./round.js";

/** One posted movement of cost: `amount` minor units from support centre `from` to centre `to`. */
export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly amount: number;
  /** The share of the sender's allocated cost this receiver takes, as a decimal string. */
  readonly share: string;
}

/** The result of an allocation, in whole minor units; `Σ final = total` exactly. */
export interface AllocationResult {
  readonly method: AllocationMethod;
  readonly currency: CurrencyCode;
  /** Final cost of each operating centre. */
  readonly final: Readonly<Record<string, number>>;
  /** Cost each support centre allocates; for reciprocal, its complete reciprocated cost. */
  readonly support: Readonly<Record<string, number>>;
  /** Every movement of cost, in the order the support centres allocate. */
  readonly flows: readonly Flow[];
  /** Sum of all centres' direct costs. */
  readonly total: number;
  /** Support centres in the order they allocated (the step-down order). */
  readonly order: readonly string[];
}

/**
 * Allocates support centres' costs to operating centres by the problem's method and posts
 * the result to whole minor units. Final costs add up to the total cost exactly; each
 * final cost and each flow is within one minor unit of its exact value; and every
 * support centre's direct cost plus what it receives equals what it sends.
 *
 * @param problem - a problem checked by {@link parseAllocationProblem}
 * @returns the posted allocation
 * @example
 * allocateCosts(problem).final // { SURG: 52000, PHARM: 8000 }
 */
export function allocateCosts(problem: AllocationProblem): AllocationResult {
  const exact = solveExact(problem);
  const costs = problem.centres.map((c) => c.cost);
  const rounded = roundAllocation(exact, costs);
  const final = idRecord<number>();
  for (const i of exact.final.keys()) final[exact.ids[i]!] = rounded.final.get(i)!;
  const support = idRecord<number>();
  for (const s of exact.sequence) support[exact.ids[s]!] = rounded.allocated.get(s)!;
  return {
    method: problem.method,
    currency: problem.currency,
    final,
    support,
    flows: exact.flows.map((f, i) => ({
      from: exact.ids[f.from]!,
      to: exact.ids[f.to]!,
      amount: rounded.flows[i]!,
      share: f.share.toSignificantDigits(12).toString(),
    })),
    total: costs.reduce((a, b) => a + b, 0),
    order: exact.sequence.map((s) => exact.ids[s]!),
  };
}
