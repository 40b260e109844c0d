import { CostplanError } from "../errors/costplan-error.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { MoneyRangeError } from "../money/money.js";
import { problem, type Problem } from "../model/problem.js";
import type { Model } from "../model/schema.js";
import { equivalentAnnualCostAt } from "../schedule/depreciation.js";
import { itemFlows, type ItemFlows } from "./item-flows.js";
import { yearsOf } from "./years.js";

/**
 * Amounts at rest are safe integers (money/money.ts), and the schema holds every amount of a model
 * within that range. Their sums need not be: two items of 5e15 đồng make a programme total that a
 * JavaScript number no longer holds exactly, and the budget would print it rounded. This finds the
 * first amount a budget run would carry past the range, naming the item (id and JSON path) and the
 * year where it passes, before any figure is printed.
 *
 * The budget's amounts are never negative, so every breakdown (by facility, category, source...) and
 * every year's total is at most the programme total: checking the running programme total in year
 * order checks them all. Constant prices and present values can grow past the nominal amounts (an
 * index that falls, a negative discount rate), so they are checked year by year as the budget computes them.
 *
 * @returns the problem, or undefined when every amount and total of the budget stays exact
 */
export function exactRangeProblem(
  model: Model,
  flows: readonly ItemFlows[],
  years: readonly number[] = yearsOf(model.programme.firstYear, model.programme.lastYear),
): Problem | undefined {
  const index = new Map(model.costItems.map((item, i) => [item, i] as const));
  const itemPath = (f: ItemFlows): string => `$.costItems[${index.get(f.item) ?? 0}]`;
  const passed = (what: string, f: ItemFlows, year?: number): Problem =>
    problem(itemPath(f), "amount-total-beyond-exact-range", { what, id: f.item.id, path: itemPath(f), ...(year === undefined ? {} : { year }) });

  for (const [what, pick] of [
    ["noun-total-cash", (f: ItemFlows) => f.cash],
    ["noun-total-accrual", (f: ItemFlows) => f.accrual],
  ] as const) {
    const totals = new Array<number>(years.length).fill(0);
    let total = 0;
    for (let t = 0; t < years.length; t += 1) {
      for (const f of flows) {
        total += pick(f)[t]!;
        totals[t] = totals[t]! + pick(f)[t]!;
        if (!Number.isSafeInteger(total)) return passed(what, f, years[t]);
      }
    }
    const restated = restatedProblem(model, years, totals);
    if (restated !== undefined) return restated;
  }
  const savings = savingsProblem(model, years);
  if (savings !== undefined) return savings;
  return scheduleProblem(model, flows, itemPath, passed);
}

/** Checks the budget's flows and throws the problem {@link exactRangeProblem} finds, for a run: its message names the item, the year and the path. */
export function assertExactRange(model: Model, flows: readonly ItemFlows[], years: readonly number[]): void {
  if (roughBound(model) <= SURELY_EXACT) return;
  const found = exactRangeProblem(model, flows, years);
  if (found !== undefined) throw new CostplanError(found.code, found.params);
}

/**
 * The problem of a model whose budget passes the exact range, for validation: the items' flows are
 * computed (an escalated amount past the range is named by its item and year) and checked.
 */
export function modelExactRangeProblems(model: Model): Problem[] {
  if (roughBound(model) <= SURELY_EXACT) return [];
  let flows: ItemFlows[];
  try {
    flows = itemFlows(model);
  } catch (error) {
    if (error instanceof CostplanError && typeof error.params["path"] === "string") return [problem(error.params["path"], error.code, error.params)];
    throw error;
  }
  const found = exactRangeProblem(model, flows);
  return found === undefined ? [] : [found];
}

/** Half the exact range: a rough bound below it leaves room for the float error of computing the bound. */
const SURELY_EXACT = Number.MAX_SAFE_INTEGER / 2;

/**
 * An upper bound, in floats, of every sum {@link exactRangeProblem} checks, from the items alone: a
 * real model is far below the range, and this spares it the item flows that validation would
 * otherwise compute twice (once to check, once to run). Every capital item is paid within the
 * programme, so what it expenses there is at most its cost; an escalated amount grows at most by
 * its rate (or the index's largest ratio) each year; a restated total at most by the largest
 * deflator or discount factor; an equivalent annual cost is at most cost x (1 + rate).
 */
function roughBound(model: Model): number {
  const { programme } = model;
  const values = Object.values(programme.priceIndex ?? {});
  const indexRatio = values.length === 0 ? 1 : Math.max(...values) / Math.min(...values);
  const growth = 1 + programme.discountRate;
  const baseYear = programme.baseYear ?? programme.firstYear;
  const discount = Math.max(growth ** (baseYear - programme.firstYear), growth ** (baseYear - programme.lastYear), 1);
  let total = 0;
  let eac = 0;
  for (const item of model.costItems) {
    if (item.nature === "capital") {
      total += item.cost;
      eac += item.cost * Math.max(1, growth);
    } else if (item.nature === "one-off") total += item.amount;
    else {
      const span = item.lastYear - item.firstYear + 1;
      const rise = item.escalation === "index" ? indexRatio : Math.max(1, 1 + item.escalation) ** (span - 1);
      total += item.amountPerYear * rise * span;
    }
  }
  const years = programme.lastYear - programme.firstYear + 1;
  const savings = model.savings.reduce((sum, s) => sum + s.amountPerYear * years, 0);
  return Math.max(total * Math.max(indexRatio, discount), eac, savings);
}

/** Constant prices (each year's total deflated by the price index, posted) and present values (discounted, summed, posted). */
function restatedProblem(model: Model, years: readonly number[], totals: readonly number[]): Problem | undefined {
  const { programme } = model;
  const baseYear = programme.baseYear ?? programme.firstYear;
  const past = (value: DecValue): boolean => !value.abs().lte(Number.MAX_SAFE_INTEGER);
  const index = programme.priceIndex;
  if (index !== undefined) {
    const base = new Dec(index[String(baseYear)]!);
    let constant = new Dec(0);
    for (let t = 0; t < years.length; t += 1) {
      constant = constant.plus(new Dec(totals[t]!).mul(base.div(index[String(years[t])]!)).round());
      if (past(constant))
        return problem("$.programme.priceIndex", "amount-restated-beyond-exact-range", {
          what: "noun-total-constant",
          year: years[t]!,
          path: "$.programme.priceIndex",
        });
    }
  }
  const growth = new Dec(1).plus(programme.discountRate);
  let present = new Dec(0);
  for (let t = 0; t < years.length; t += 1) {
    present = present.plus(new Dec(totals[t]!).div(growth.pow(years[t]! - baseYear)));
    if (past(present.round())) {
      return problem("$.programme.discountRate", "amount-restated-beyond-exact-range", {
        what: "noun-total-present-value",
        year: years[t]!,
        path: "$.programme.discountRate",
      });
    }
  }
  return undefined;
}

/** The savings' total over the programme years, in year order, naming the saving that passes it. */
function savingsProblem(model: Model, years: readonly number[]): Problem | undefined {
  let total = 0;
  for (const year of years) {
    for (const [i, saving] of model.savings.entries()) {
      if (year < saving.firstYear || year > (saving.lastYear ?? model.programme.lastYear)) continue;
      total += saving.amountPerYear;
      if (!Number.isSafeInteger(total)) {
        return problem(`$.savings[${i}]`, "amount-total-beyond-exact-range", { what: "noun-total-savings", id: saving.id, path: `$.savings[${i}]`, year });
      }
    }
  }
  return undefined;
}

/** Each capital item's equivalent annual cost, and the sums of those and of the book values left at the end. */
function scheduleProblem(
  model: Model,
  flows: readonly ItemFlows[],
  itemPath: (f: ItemFlows) => string,
  passed: (what: string, f: ItemFlows) => Problem,
): Problem | undefined {
  const equivalentAnnualCost = equivalentAnnualCostAt(model.programme.discountRate);
  const lastYear = model.programme.lastYear;
  let eac = 0;
  let bookValue = 0;
  for (const f of flows) {
    if (f.item.nature !== "capital" || f.schedule === undefined) continue;
    let cost: number;
    try {
      cost = equivalentAnnualCost(f.item);
    } catch (error) {
      if (!(error instanceof MoneyRangeError)) throw error;
      return problem(itemPath(f), "amount-item-eac-beyond-exact-range", { id: f.item.id, path: itemPath(f) });
    }
    eac += cost;
    if (!Number.isSafeInteger(eac)) return passed("noun-total-eac", f);
    bookValue += f.item.cost - f.schedule.filter((s) => s.year <= lastYear).reduce((a, s) => a + s.amount, 0);
    if (!Number.isSafeInteger(bookValue)) return passed("noun-total-book-value", f);
  }
  return undefined;
}
