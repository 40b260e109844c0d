import { Dec } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { postMinor } from "../money/money.js";
import type { CostItem, Facility, Model } from "../model/schema.js";
import { equivalentAnnualCostAt } from "../schedule/depreciation.js";
import type { ItemFlows } from "../budget/item-flows.js";

/** A facility's EMR cost to recover through prices in each pricing year, by centre and kind. */
export interface Recoverable {
  /** Cost at each centre ("" when the facility has no cost centres), capital and running, by pricing year. */
  readonly atCentre: ReadonlyMap<string, { readonly capital: number[]; readonly running: number[] }>;
  /** Cost to recover by pricing year: Σ over centres. */
  readonly total: readonly number[];
  /** What the facility paid for the recoverable items (cash), less savings when they offset cost, by pricing year. */
  readonly outlay: readonly number[];
  /** State-budget-funded cost left out, by pricing year. */
  readonly excludedStateBudget: readonly number[];
  /** Savings taken off the cost, by pricing year. */
  readonly savingsOffset: readonly number[];
}

/**
 * The EMR cost a facility recovers through prices, year by year over the pricing years:
 * - capital items at accounting depreciation or equivalent annual cost, over the recovery
 *   period when one is set (straight line, from the in-service year), else over their life;
 * - one-off items in their year, or spread evenly over the recovery period;
 * - recurring items in the years they are paid;
 * - without the state-budget-funded share when so chosen (Circular 21/2024/TT-BYT);
 * - less the facility's savings when they offset cost, never below zero;
 * - times the phase-in share (rising linearly over `phaseInYears` when set).
 * Every split is by largest remainder, so the parts add up to the whole exactly.
 */
export function recoverableCost(model: Model, facility: Facility, flows: readonly ItemFlows[], years: readonly number[]): Recoverable {
  const options = model.pricing;
  const first = years[0]!;
  const length = years.length;
  const sources = new Map(model.fundingSources.map((s) => [s.id, s.kind]));
  const centreOf = (item: CostItem): string => (facility.costCentres === undefined ? "" : (item.centre ?? facility.costCentres.emrCentre));
  const atCentre = new Map<string, { capital: number[]; running: number[] }>();
  const slot = (centre: string) => {
    let entry = atCentre.get(centre);
    if (entry === undefined) {
      entry = { capital: zeros(length), running: zeros(length) };
      atCentre.set(centre, entry);
    }
    return entry;
  };
  for (const c of facility.costCentres?.centres ?? []) slot(c.id);
  if (facility.costCentres === undefined) slot("");
  const outlay = zeros(length);
  const excluded = zeros(length);
  const equivalentAnnualCost = equivalentAnnualCostAt(model.programme.discountRate);

  for (const flow of flows) {
    const { item, cash } = flow;
    if (item.facility !== facility.id) continue;
    // A proposal may put only some categories into prices; the rest is neither recovered nor the facility's recoverable outlay.
    if (options.includeCategories !== undefined && !options.includeCategories.includes(item.category)) continue;
    const schedule = recoverySchedule(flow, model, first, length, equivalentAnnualCost);
    const shares = typeof item.funding === "string" ? [{ source: item.funding, share: 1 }] : item.funding;
    const keep = shares.map((s) => !(options.excludeStateBudget && sources.get(s.source) === "state-budget"));
    const weights = shares.map((s) => s.share);
    const target = slot(centreOf(item))[item.nature === "capital" ? "capital" : "running"];
    // Split the item's whole recovery among its funding sources first, then spread each
    // source's part over the years: the excluded share is then the same whatever the schedule.
    const split = (vector: readonly number[], into: (k: number, t: number, amount: number) => void): void => {
      const total = vector.reduce((a, b) => a + b, 0);
      if (total === 0) return;
      // The whole of the vector (one funding source) is the vector itself: no split to make.
      const parts = weights.length === 1 ? [total] : allocate(total, weights);
      parts.forEach((part, k) => {
        (part === total ? vector : allocate(part, vector)).forEach((amount, t) => {
          into(k, t, amount);
        });
      });
    };
    split(schedule, (k, t, amount) => {
      if (keep[k]) target[t] = target[t]! + amount;
      else excluded[t] = excluded[t]! + amount;
    });
    // Cash falls within the programme years, which start at the first pricing year.
    split(cash, (k, t, amount) => {
      if (keep[k] && t < length) outlay[t] = outlay[t]! + amount;
    });
  }

  const savingsOffset = zeros(length);
  if (options.offsetSavings) {
    for (const saving of model.savings) {
      if (saving.facility !== facility.id) continue;
      const last = saving.lastYear ?? model.programme.lastYear;
      for (let y = saving.firstYear; y <= last; y += 1) {
        const t = y - first;
        if (t >= 0 && t < length) savingsOffset[t] = savingsOffset[t]! + saving.amountPerYear;
      }
    }
  }

  const entries = [...atCentre.values()];
  const total = zeros(length);
  for (let t = 0; t < length; t += 1) {
    const parts = entries.flatMap((e) => [e.capital[t]!, e.running[t]!]);
    const gross = parts.reduce((a, b) => a + b, 0);
    const offset = Math.min(savingsOffset[t]!, gross);
    savingsOffset[t] = offset;
    outlay[t] = outlay[t]! - Math.min(savingsOffset[t]!, outlay[t]!);
    const net = gross - offset;
    const phased = phasedIn(net, t, options);
    // All of a year's cost going into prices is split as it stands: largest remainder gives
    // whole non-negative parts that sum to the total back exactly, so only a cut is split.
    if (phased !== gross || !parts.every((p) => p >= 0)) {
      const split = gross === 0 ? parts.map(() => 0) : allocate(phased, parts);
      entries.forEach((e, k) => {
        e.capital[t] = split[2 * k]!;
        e.running[t] = split[2 * k + 1]!;
      });
    }
    total[t] = phased;
  }
  return { atCentre, total, outlay, excludedStateBudget: excluded, savingsOffset };
}

/**
 * The part of a year's net cost built into prices: the phase-in share, times (t + 1) / n in
 * pricing year t while a linear phase-in over n years lasts. Posted to the minor unit half up,
 * from the exact product (a share such as 2/3 is divided last, in 40 digits).
 */
function phasedIn(net: number, t: number, options: Model["pricing"]): number {
  const n = options.phaseInYears;
  if (n === undefined || t + 1 >= n) return options.phaseIn === 1 ? net : postMinor(new Dec(net).mul(options.phaseIn));
  return postMinor(
    new Dec(net)
      .mul(options.phaseIn)
      .mul(t + 1)
      .div(n),
  );
}

/** What one item puts into prices in each pricing year, before funding exclusions. */
function recoverySchedule(
  { item, schedule, accrual }: ItemFlows,
  model: Model,
  first: number,
  length: number,
  equivalentAnnualCost: ReturnType<typeof equivalentAnnualCostAt>,
): number[] {
  const out = zeros(length);
  const put = (year: number, amount: number): void => {
    const t = year - first;
    if (t >= 0 && t < length) out[t] = out[t]! + amount;
  };
  const options = model.pricing;
  const recovery = options.recoveryYears;
  switch (item.nature) {
    case "capital": {
      const start = Number(item.inService.slice(0, 4));
      if (options.costBasis === "equivalent-annual-cost") {
        const n = recovery ?? item.usefulLife;
        const eac = equivalentAnnualCost({ cost: item.cost, salvage: item.salvage, usefulLife: n });
        for (let k = 0; k < n; k += 1) put(start + k, eac);
      } else if (recovery !== undefined) {
        allocate(item.cost - item.salvage, new Array<number>(recovery).fill(1)).forEach((a, k) => {
          put(start + k, a);
        });
      } else {
        for (const { year, amount } of schedule ?? []) put(year, amount);
      }
      break;
    }
    case "recurring":
      accrual.forEach((amount, t) => {
        put(model.programme.firstYear + t, amount);
      });
      break;
    case "one-off":
      if (recovery === undefined) put(item.year, item.amount);
      else
        allocate(item.amount, new Array<number>(recovery).fill(1)).forEach((a, k) => {
          put(item.year + k, a);
        });
      break;
  }
  return out;
}

/** Last year in which any item still puts cost into prices. */
export function lastRecoveryYear(model: Model, flows: readonly ItemFlows[]): number {
  let last = model.programme.lastYear;
  const recovery = model.pricing.recoveryYears;
  for (const { item, schedule } of flows) {
    if (item.nature === "capital") {
      const start = Number(item.inService.slice(0, 4));
      const n =
        model.pricing.costBasis === "equivalent-annual-cost" || recovery !== undefined ? (recovery ?? item.usefulLife) : (schedule?.length ?? item.usefulLife);
      last = Math.max(last, start + n - 1);
    } else if (item.nature === "one-off" && recovery !== undefined) last = Math.max(last, item.year + recovery - 1);
  }
  return last;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}
