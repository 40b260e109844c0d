import { Dec } from "../internal/decimal.js";
import { CostplanError } from "../errors/costplan-error.js";
import { MoneyRangeError, postMinor } from "../money/money.js";
import type { CostItem, Model, RecurringItem } from "../model/schema.js";
import { depreciationSchedule, type YearAmount } from "../schedule/depreciation.js";
import { zeros, type YearVector } from "./years.js";

/** What one cost item pays (cash) and expenses (accrual) in each programme year. */
export interface ItemFlows {
  readonly item: CostItem;
  readonly cash: YearVector;
  readonly accrual: YearVector;
  /** Full depreciation schedule of a capital item, including years after the programme. */
  readonly schedule: readonly YearAmount[] | undefined;
}

/**
 * Cash and accrual amounts of every cost item by programme year.
 *
 * - capital: paid in full in its paid year (the in-service year by default); expensed
 *   through its depreciation schedule;
 * - recurring: the yearly amount, escalated by a rate or by the price index, posted to
 *   whole minor units each year, paid and expensed in the same year;
 * - one-off: paid and expensed in its year.
 */
export function itemFlows(model: Model): ItemFlows[] {
  const first = model.programme.firstYear;
  const length = model.programme.lastYear - first + 1;
  const at = (vector: YearVector, year: number, amount: number): void => {
    const i = year - first;
    if (i >= 0 && i < length) vector[i] = vector[i]! + amount;
  };
  return model.costItems.map((item, i) => {
    const cash = zeros(length);
    const accrual = zeros(length);
    let schedule: YearAmount[] | undefined;
    switch (item.nature) {
      case "capital": {
        at(cash, item.paidYear ?? Number(item.inService.slice(0, 4)), item.cost);
        schedule = depreciationSchedule({
          cost: item.cost,
          salvage: item.salvage,
          usefulLife: item.usefulLife,
          inService: item.inService,
          method: item.method,
          factor: item.factor,
          prorateFirstYear: item.prorateFirstYear ?? model.programme.prorateFirstYear,
        });
        for (const { year, amount } of schedule) at(accrual, year, amount);
        break;
      }
      case "recurring":
        for (let year = item.firstYear; year <= item.lastYear; year += 1) {
          const amount = escalatedAt(item, year, model, i);
          at(cash, year, amount);
          at(accrual, year, amount);
        }
        break;
      case "one-off":
        at(cash, item.year, item.amount);
        at(accrual, item.year, item.amount);
        break;
    }
    return { item, cash, accrual, schedule };
  });
}

/** {@link escalated}, with an amount past the exact range named by its item (id and JSON path) and year. */
function escalatedAt(item: RecurringItem, year: number, model: Model, index: number): number {
  try {
    return escalated(item, year, model);
  } catch (error) {
    if (!(error instanceof MoneyRangeError)) throw error;
    const received = error.params["received"] ?? "";
    throw new CostplanError("amount-item-year-beyond-exact-range", { id: item.id, path: `$.costItems[${index}]`, year, received });
  }
}

/** A recurring amount in a year: escalated from its first year, posted half up. */
export function escalated(item: Pick<RecurringItem, "amountPerYear" | "firstYear" | "escalation">, year: number, model: Model): number {
  // A whole amount at its own prices needs no decimal: no growth, or the first year itself.
  if (item.escalation === 0 || (year === item.firstYear && item.escalation !== "index")) return item.amountPerYear;
  const base = new Dec(item.amountPerYear);
  if (item.escalation === "index") {
    const index = model.programme.priceIndex ?? {};
    return postMinor(base.mul(index[String(year)] ?? 1).div(index[String(item.firstYear)] ?? 1));
  }
  return postMinor(base.mul(new Dec(1).plus(item.escalation).pow(year - item.firstYear)));
}
