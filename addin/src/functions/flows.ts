import type { AllocationMethod } from "@costplan/core";
import { excelSafeSpill } from "./guard.js";
import { allocateCentres } from "./centres.js";
import { FunctionFailure } from "./failure.js";
import { optionalWord, shownValue } from "./values.js";

const METHODS: Readonly<Record<string, AllocationMethod>> = {
  direct: "direct",
  "step-down": "step-down",
  stepdown: "step-down",
  reciprocal: "reciprocal",
  "trực tiếp": "direct",
  "bậc thang": "step-down",
  "qua lại": "reciprocal",
};

/**
 * The flow table of a cost allocation: how much cost each support centre sends to each centre, in whole đồng.
 * @customfunction FLOWS
 * @param costs One cell per centre: its direct cost in whole đồng.
 * @param kinds One cell per centre: "support" or "operating" ("hỗ trợ" or "trực tiếp").
 * @param usage A square block, one row and one column per centre: row s holds how much of support centre s's base each centre uses.
 * @param [method] "direct", "step-down" (default) or "reciprocal".
 * @param [order] Step-down order as centre numbers; empty for the default order.
 * @returns A square block like usage: row s, column t is the cost centre s sends to centre t.
 */
export function flowsFunction(
  costs: unknown[][],
  kinds: unknown[][],
  usage: unknown[][],
  method?: unknown,
  order?: unknown,
): Array<Array<number | CustomFunctions.Error>> {
  return excelSafeSpill(() => {
    const word = optionalWord(method, "method") ?? "step-down";
    const chosen = METHODS[word];
    if (chosen === undefined)
      throw new FunctionFailure("#VALUE!", "fn-unknown-option", { arg: "method", options: `"direct", "step-down", "reciprocal"`, received: shownValue(word) });
    const allocation = allocateCentres(chosen, costs, kinds, usage, order);
    const index = new Map(allocation.ids.map((id, i) => [id, i]));
    const table = allocation.ids.map(() => allocation.ids.map(() => 0));
    for (const flow of allocation.result.flows) {
      const row = table[index.get(flow.from)!]!;
      const t = index.get(flow.to)!;
      row[t] = row[t]! + flow.amount;
    }
    return table;
  });
}
