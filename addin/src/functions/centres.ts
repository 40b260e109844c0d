import { allocateCosts, parseAllocationProblem, type AllocationMethod, type AllocationResult } from "@costplan/core";
import { CostplanError } from "@costplan/core";
import { FunctionFailure, outOfRange } from "./failure.js";
import { matrixArg, rows, sameLength, shownValue, textVectorArg, vectorArg, type Vector } from "./values.js";

// Words a finance officer may type in the kinds column, in English or Vietnamese.
const SUPPORT = new Set(["support", "s", "service", "overhead", "hỗ trợ", "ho tro", "gián tiếp", "gian tiep"]);
const OPERATING = new Set(["operating", "o", "production", "revenue", "clinical", "trực tiếp", "truc tiep", "lâm sàng", "lam sang"]);

/** A cost-allocation problem read from Excel ranges, solved by core. */
export interface CentreAllocation {
  readonly result: AllocationResult;
  /** The costs range, for the shape of the spill. */
  readonly costs: Vector;
  /** Centre ids in range order: "1", "2", ... (the centre's position in the range). */
  readonly ids: readonly string[];
}

/**
 * Reads centres from Excel ranges and allocates their costs: costs and kinds one cell per
 * centre, usage a square block whose row s says how much of support centre s's base each
 * centre uses (operating centres' rows empty), order the step-down order as centre numbers.
 * Centres are named by their position in the range, so core's messages point at rows.
 */
export function allocateCentres(
  method: AllocationMethod,
  costsRange: unknown,
  kindsRange: unknown,
  usageRange: unknown,
  orderRange: unknown,
): CentreAllocation {
  const costs = vectorArg(costsRange, "costs");
  const n = costs.values.length;
  const kinds = textVectorArg(kindsRange, "kinds").map((k, i) => kindOf(k, i));
  sameLength("kinds", kinds.length, "costs", n);
  const usage = matrixArg(usageRange, "usage");
  const width = Math.max(0, ...usage.map((r) => r.length));
  if (usage.length !== n || width !== n || usage.some((r) => r.length !== n))
    throw new FunctionFailure("#VALUE!", "fn-not-square", { arg: "usage", expected: n, rows: usage.length, columns: width });
  const ids = costs.values.map((_, i) => String(i + 1));
  const usageDoc: Record<string, Record<string, number>> = {};
  usage.forEach((row, s) => {
    if (kinds[s] === "operating") {
      const used = row.find((v) => v !== 0);
      if (used !== undefined) throw new FunctionFailure("#VALUE!", "fn-operating-usage", { row: s + 1, received: shownValue(used) });
      return;
    }
    usageDoc[ids[s]!] = Object.fromEntries(row.map((v, t) => [ids[t]!, v]));
  });
  const order = orderOf(orderRange, n);
  const parsed = parseAllocationProblem({
    method,
    currency: "VND",
    centres: costs.values.map((cost, i) => ({ id: ids[i]!, kind: kinds[i]!, cost })),
    usage: usageDoc,
    ...(order === undefined ? {} : { order }),
  });
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    throw new CostplanError(first.code, first.params);
  }
  return { result: allocateCosts(parsed.problem), costs, ids };
}

function kindOf(word: string, index: number): "support" | "operating" {
  const w = word.toLowerCase();
  if (SUPPORT.has(w)) return "support";
  if (OPERATING.has(w)) return "operating";
  throw new FunctionFailure("#VALUE!", "fn-unknown-option", {
    arg: "kinds",
    centre: index + 1,
    options: `"support", "operating" ("hỗ trợ", "trực tiếp")`,
    received: shownValue(word),
  });
}

/** The step-down order: centre numbers (1 = the first centre of the range); omitted or empty gives the default rule. */
function orderOf(value: unknown, n: number): string[] | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const numbers = vectorArg(rows(value), "order").values;
  const given = numbers.filter((v) => v !== 0);
  if (given.length === 0) return undefined;
  return given.map((v) => {
    if (!Number.isInteger(v) || v < 1 || v > n) throw outOfRange("#VALUE!", { arg: "order", received: shownValue(v) }, "fn-expect-centre-number", { max: n });
    return String(v);
  });
}

/** Final cost of every centre in range order: support centres end at 0, having passed their cost on. */
export function finalByCentre(allocation: CentreAllocation): number[] {
  return allocation.ids.map((id) => allocation.result.final[id] ?? 0);
}
