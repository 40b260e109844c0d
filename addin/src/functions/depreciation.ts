import { depreciationSchedule, type DepreciationMethod } from "@costplan/core";
import { excelSafe } from "./guard.js";
import { FunctionFailure, outOfRange } from "./failure.js";
import { numberArg, optionalNumber, optionalWord, shownValue, wholeArg } from "./values.js";
import { amountArg } from "./amount.js";

const METHODS: Readonly<Record<string, DepreciationMethod>> = {
  "straight-line": "straight-line",
  sln: "straight-line",
  sl: "straight-line",
  "đường thẳng": "straight-line",
  "sum-of-years": "sum-of-years",
  syd: "sum-of-years",
  "tổng số năm": "sum-of-years",
  "declining-balance": "declining-balance",
  db: "declining-balance",
  "số dư giảm dần": "declining-balance",
  "double-declining": "double-declining",
  ddb: "double-declining",
  "số dư giảm dần kép": "double-declining",
};

/**
 * The depreciation posted in one year of an asset's life, in whole đồng; the years of the schedule add up to cost minus salvage exactly.
 * @customfunction DEPRECIATION
 * @param cost Cost of the asset in whole đồng.
 * @param salvage Salvage value in whole đồng (0 for software).
 * @param life Useful life in whole years (e.g. 5 for software, Circular 23/2023/TT-BTC).
 * @param year Year of the schedule: 1 is the year the asset enters service.
 * @param [method] "straight-line" (default), "sum-of-years", "declining-balance" or "double-declining" (also SLN, SYD, DB, DDB).
 * @param [inServiceMonth] Month (1-12) the asset enters service: prorates the first year, the rest falls in one extra year; empty for full years.
 * @returns The depreciation of that year; 0 after the schedule ends.
 */
export function depreciationFunction(
  cost: unknown,
  salvage: unknown,
  life: unknown,
  year: unknown,
  method?: unknown,
  inServiceMonth?: unknown,
): number | CustomFunctions.Error {
  return excelSafe(() => {
    const c = amountArg(cost, "cost");
    const s = amountArg(salvage, "salvage");
    if (s > c) throw outOfRange("#NUM!", { arg: "salvage", received: s }, "fn-expect-at-most-cost", { cost: c });
    const n = wholeArg(numberArg(life, "life"), "life", 1, 100);
    const y = wholeArg(numberArg(year, "year"), "year", 1, 1000);
    const word = optionalWord(method, "method") ?? "straight-line";
    const m = METHODS[word];
    if (m === undefined)
      throw new FunctionFailure("#VALUE!", "fn-unknown-option", {
        arg: "method",
        options: `"straight-line", "sum-of-years", "declining-balance", "double-declining"`,
        received: shownValue(word),
      });
    const month = optionalNumber(inServiceMonth, "inServiceMonth");
    const mm = month === undefined ? 1 : wholeArg(month, "inServiceMonth", 1, 12);
    // The fiscal year itself does not matter, only the position in the schedule: any year will do.
    const schedule = depreciationSchedule({
      cost: c,
      salvage: s,
      usefulLife: n,
      inService: `2000-${String(mm).padStart(2, "0")}`,
      method: m,
      prorateFirstYear: month !== undefined,
    });
    return schedule[y - 1]?.amount ?? 0;
  });
}
