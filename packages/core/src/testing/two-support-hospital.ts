// Test support only: a small hospital with two support centres that serve each other.
import { parseAllocationProblem } from "../allocation/parse.js";
import type { AllocationMethod, AllocationProblem, AllocationProblemInput } from "../allocation/problem.js";

/** ADMIN (100,000) and IT (60,000) serve each other and the OPD (300,000) and WARD (500,000). */
export function twoSupportHospital(method: AllocationMethod, order?: string[]): AllocationProblemInput {
  return {
    method,
    currency: "VND",
    centres: [
      { id: "ADMIN", kind: "support", cost: 100_000 },
      { id: "IT", kind: "support", cost: 60_000 },
      { id: "OPD", kind: "operating", cost: 300_000 },
      { id: "WARD", kind: "operating", cost: 500_000 },
    ],
    usage: { ADMIN: { IT: 20, OPD: 40, WARD: 40 }, IT: { ADMIN: 10, OPD: 30, WARD: 60 } },
    ...(order === undefined ? {} : { order }),
  };
}

/** Checks a problem, throwing with every problem's message when it is invalid. */
export function checked(input: AllocationProblemInput): AllocationProblem {
  const parsed = parseAllocationProblem(input);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return parsed.problem;
}
