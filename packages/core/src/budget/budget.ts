import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import type { Model } from "../model/schema.js";
import { CATEGORIES, FACILITY_KINDS, FUNDING_KINDS, OWNERSHIPS } from "../model/vocabulary.js";
import { equivalentAnnualCostAt } from "../schedule/depreciation.js";
import { atomsOf, type Atom } from "./atoms.js";
import { breakdown, deflate, presentValue, type Breakdown, type Grouped, type Series } from "./breakdown.js";
import type { ItemFlows } from "./item-flows.js";
import { savingsOf, type SavingsResult } from "./savings.js";
import type { LocalText } from "../model/local-text.js";
import { provenanceOf, reconcile, type AssumptionNote, type Reconciliation } from "./provenance.js";
import { byYearRecord, sum } from "./years.js";

/** One view of the budget (cash or accrual), in nominal and, with a price index, constant prices. */
export interface BudgetView {
  readonly nominal: Breakdown;
  /** In constant prices of the base year; absent when the model has no price index. */
  readonly constant: Breakdown | undefined;
  /** Present value of the nominal amounts at the model's discount rate, in base-year money. */
  readonly presentValue: { readonly total: number; readonly byYear: Readonly<Record<string, number>> };
}

/** The depreciation schedule and economic cost of one capital item. */
export interface ScheduleResult {
  readonly itemId: string;
  readonly facility: string;
  readonly method: string;
  readonly cost: number;
  readonly salvage: number;
  readonly usefulLife: number;
  readonly inService: string;
  /** Depreciation by fiscal year, including years after the programme; sums to cost - salvage. */
  readonly byYear: Readonly<Record<string, number>>;
  /** Book value left at the end of the programme's last year. */
  readonly bookValueAtEnd: number;
  /** Equivalent annual cost at the model's discount rate. */
  readonly equivalentAnnualCost: number;
  readonly assumption: boolean;
}

/** What one cost item pays (cash) and expenses (accrual) in each programme year. */
export interface ItemResult {
  readonly id: string;
  readonly facility: string;
  readonly category: string;
  readonly nature: "capital" | "recurring" | "one-off";
  readonly cash: Readonly<Record<string, number>>;
  readonly accrual: Readonly<Record<string, number>>;
  readonly assumption: boolean;
}

/** The headline figures. */
export interface Summary {
  /** Everything paid in the programme years (cash view, nominal). */
  readonly totalCost: number;
  readonly byOwnership: { readonly public: number; readonly private: number };
  readonly byYear: Readonly<Record<string, number>>;
  /** Everything expensed in the programme years (accrual view, nominal). */
  readonly accrualTotal: number;
  readonly presentValue: number;
  readonly equivalentAnnualCost: number;
  readonly bookValueAtEnd: number;
  readonly savingsTotal: number;
  /** Facilities in the programme (shared pools are not units). */
  readonly units: number;
  readonly target?: number;
  /** Units over target, as a ratio (56 / 54 = 1.037...). */
  readonly attainment?: number;
  /** Which headline figures come from the source and which rest on assumptions. */
  readonly provenance: Readonly<Record<string, "source" | "assumption">>;
}

/** The budget stage of a run: everything computed from the items' flows, before any allocation. */
export interface BudgetStage {
  readonly summary: Summary;
  readonly budget: { readonly cash: BudgetView; readonly accrual: BudgetView };
  readonly schedules: readonly ScheduleResult[];
  readonly items: readonly ItemResult[];
  readonly savings: SavingsResult;
  readonly reconciliation: readonly Reconciliation[];
  readonly assumptions: readonly AssumptionNote[];
}

/**
 * The budget by year: the items' cash and accrual split among their funding sources, every
 * breakdown of both views in nominal and constant prices, present values, the depreciation
 * schedules with their economic cost, savings, and the headline figures checked against the
 * source. A pure function of the model and the item flows.
 */
export function budgetOf(model: Model, flows: readonly ItemFlows[], years: readonly number[]): BudgetStage {
  const { programme } = model;
  const baseYear = programme.baseYear ?? programme.firstYear;
  const atoms = atomsOf(model, flows);
  const order = {
    byFacility: [...model.facilities.map((f) => f.id), ...model.pools.map((p) => p.id)],
    byKind: FACILITY_KINDS.filter((k) => atoms.some((a) => a.kind === k)),
    byOwnership: [...OWNERSHIPS],
    byCategory: CATEGORIES.filter((c) => atoms.some((a) => a.category === c)),
    byFundingSource: model.fundingSources.map((s) => s.id),
    byFundingKind: FUNDING_KINDS.filter((k) => model.fundingSources.some((s) => s.kind === k)),
  };
  const factors = deflators(model, years, baseYear);
  const assumedItems = new Set(atoms.flatMap((a) => (a.assumption ? [a.itemId] : [])));
  const view = (pick: (a: Atom) => number[]): BudgetView => {
    const rows = atoms.map((a) => grouped(a, pick(a)));
    const nominal = breakdown(years, rows, order);
    const totals = years.map((y) => nominal.total.byYear[String(y)]!);
    return {
      nominal,
      constant: factors === undefined ? undefined : breakdown(years, deflate(rows, factors), order),
      presentValue: presentValue(years, totals, programme.discountRate, baseYear),
    };
  };
  const cash = view((a) => a.cash);
  const accrual = view((a) => a.accrual);
  const schedules = schedulesOf(model, flows, assumedItems);
  const savings = savingsOf(model, years);
  const units = model.facilities.length;
  const target = programme.target?.units;
  const summary: Summary = {
    totalCost: cash.nominal.total.total,
    byOwnership: { public: ownershipTotal(cash.nominal, "public"), private: ownershipTotal(cash.nominal, "private") },
    byYear: cash.nominal.total.byYear,
    accrualTotal: accrual.nominal.total.total,
    presentValue: cash.presentValue.total,
    equivalentAnnualCost: sum(schedules.map((s) => s.equivalentAnnualCost)),
    bookValueAtEnd: sum(schedules.map((s) => s.bookValueAtEnd)),
    savingsTotal: savings.total.total,
    units,
    ...(target === undefined ? {} : { target, attainment: target === 0 ? 0 : new Dec(units).div(target).toNumber() }),
    provenance: {},
  };
  const reconciliation = reconcile(model, summary);
  return {
    summary: { ...summary, provenance: provenanceOf(model, summary, reconciliation, cash.nominal) },
    budget: { cash, accrual },
    schedules,
    items: flows.map(({ item, cash: c, accrual: a }) => ({
      id: item.id,
      facility: item.facility,
      category: item.category,
      nature: item.nature,
      cash: byYearRecord(years, c),
      accrual: byYearRecord(years, a),
      assumption: assumedItems.has(item.id),
    })),
    savings,
    reconciliation,
    assumptions: collectAssumptions(model),
  };
}

/** The depreciation schedule, book value and equivalent annual cost of every capital item. */
function schedulesOf(model: Model, flows: readonly ItemFlows[], assumedItems: ReadonlySet<string>): ScheduleResult[] {
  const lastYear = model.programme.lastYear;
  const equivalentAnnualCost = equivalentAnnualCostAt(model.programme.discountRate);
  return flows.flatMap(({ item, schedule }) => {
    if (item.nature !== "capital" || schedule === undefined) return [];
    const byYear: Record<string, number> = {};
    for (const { year, amount } of schedule) byYear[String(year)] = amount;
    const taken = sum(schedule.filter((s) => s.year <= lastYear).map((s) => s.amount));
    return [
      {
        itemId: item.id,
        facility: item.facility,
        method: item.method,
        cost: item.cost,
        salvage: item.salvage,
        usefulLife: item.usefulLife,
        inService: item.inService,
        byYear,
        bookValueAtEnd: item.cost - taken,
        equivalentAnnualCost: equivalentAnnualCost(item),
        assumption: assumedItems.has(item.id),
      },
    ];
  });
}

function grouped(a: Atom, amounts: number[]): Grouped {
  return {
    amounts,
    assumption: a.assumption,
    keys: { byFacility: a.unitId, byKind: a.kind, byOwnership: a.ownership, byCategory: a.category, byFundingSource: a.sourceId, byFundingKind: a.fundingKind },
  };
}

function ownershipTotal(b: Breakdown, ownership: "public" | "private"): number {
  const s: Series | undefined = b.byOwnership[ownership];
  return s === undefined ? 0 : s.total;
}

function deflators(model: Model, years: readonly number[], baseYear: number): DecValue[] | undefined {
  const index = model.programme.priceIndex;
  if (index === undefined) return undefined;
  const base = new Dec(index[String(baseYear)]!);
  return years.map((y) => base.div(index[String(y)]!));
}

function collectAssumptions(model: Model): AssumptionNote[] {
  const notes: AssumptionNote[] = [];
  const note = (path: string, label: string, reason: LocalText | undefined): void => {
    if (reason !== undefined) notes.push({ path, label, reason });
  };
  note("$.programme", model.programme.name, model.programme.assumption);
  if (model.programme.target !== undefined) note("$.programme.target", "target", model.programme.target.assumption);
  model.fundingSources.forEach((s, i) => {
    note(`$.fundingSources[${i}]`, s.id, s.assumption);
  });
  model.facilities.forEach((f, i) => {
    note(`$.facilities[${i}]`, f.id, f.assumption);
  });
  model.pools.forEach((p, i) => {
    note(`$.pools[${i}]`, p.id, p.assumption);
  });
  model.costItems.forEach((c, i) => {
    note(`$.costItems[${i}]`, c.id, c.assumption);
  });
  model.savings.forEach((s, i) => {
    note(`$.savings[${i}]`, s.id, s.assumption);
  });
  return notes;
}
