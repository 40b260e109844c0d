import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import type { CurrencyCode } from "../money/currency.js";
import type { Model } from "../model/schema.js";
import { CATEGORIES, FACILITY_KINDS, FUNDING_KINDS, OWNERSHIPS } from "../model/vocabulary.js";
import { equivalentAnnualCost } from "../schedule/depreciation.js";
import { atomsOf, type Atom } from "./atoms.js";
import { breakdown, deflate, presentValue, type Breakdown, type Grouped, type Series } from "./breakdown.js";
import { allocateFacilities, type FacilityAllocation } from "./centres.js";
import { itemFlows } from "./item-flows.js";
import { priceModel, type PricingResult } from "../pricing/pricing.js";
import { savingsOf, type SavingsResult } from "./savings.js";
import { provenanceOf, reconcile, type AssumptionNote, type Reconciliation } from "./provenance.js";
import { sum, yearsOf } from "./years.js";

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

/** Everything a run computes from a model: one result shape for every view (CLI, workbook, add-in). */
export interface RunResult {
  readonly programme: { readonly id: string; readonly name: string; readonly firstYear: number; readonly lastYear: number; readonly baseYear: number; readonly discountRate: number };
  readonly currency: CurrencyCode;
  readonly years: readonly number[];
  readonly summary: Summary;
  readonly budget: { readonly cash: BudgetView; readonly accrual: BudgetView };
  readonly schedules: readonly ScheduleResult[];
  /** Every cost item's amounts by year: the rows every budget figure adds up. */
  readonly items: readonly ItemResult[];
  readonly savings: SavingsResult;
  /** EMR cost allocated through the cost centres of facilities that declare them. */
  readonly allocation: readonly FacilityAllocation[];
  /** Pricing options, years and the price year. */
  readonly pricing: Omit<PricingResult, "prices" | "payers">;
  /** One entry per service and facility: the EMR component and the proposed price. */
  readonly prices: PricingResult["prices"];
  /** The increases' cost to the insurance fund and to patients, and each facility's recovery. */
  readonly payers: PricingResult["payers"];
  readonly reconciliation: readonly Reconciliation[];
  readonly assumptions: readonly AssumptionNote[];
}

/**
 * Runs a validated model: item flows, depreciation schedules, the cash and accrual
 * budgets by year and by every dimension, present values, savings, and the check
 * against the figures the source reports. A pure function of the model.
 *
 * @param model - a model from {@link parseModel}
 * @returns the result; every breakdown adds up to its total exactly
 */
export function runModel(model: Model): RunResult {
  const { programme } = model;
  const years = yearsOf(programme.firstYear, programme.lastYear);
  const baseYear = programme.baseYear ?? programme.firstYear;
  const flows = itemFlows(model);
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

  const lastYear = programme.lastYear;
  const schedules: ScheduleResult[] = flows.flatMap(({ item, schedule }) => {
    if (item.nature !== "capital" || schedule === undefined) return [];
    const byYear: Record<string, number> = {};
    for (const { year, amount } of schedule) byYear[String(year)] = amount;
    const taken = sum(schedule.filter((s) => s.year <= lastYear).map((s) => s.amount));
    return [{
      itemId: item.id,
      facility: item.facility,
      method: item.method,
      cost: item.cost,
      salvage: item.salvage,
      usefulLife: item.usefulLife,
      inService: item.inService,
      byYear,
      bookValueAtEnd: item.cost - taken,
      equivalentAnnualCost: equivalentAnnualCost(item, programme.discountRate),
      assumption: assumedItems.has(item.id),
    }];
  });

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
  const { prices, payers, ...pricing } = priceModel(model, flows);
  return {
    programme: { id: programme.id, name: programme.name, firstYear: programme.firstYear, lastYear, baseYear, discountRate: programme.discountRate },
    currency: programme.currency as CurrencyCode,
    years,
    summary: { ...summary, provenance: provenanceOf(model, summary, reconciliation, cash.nominal) },
    budget: { cash, accrual },
    schedules,
    items: flows.map(({ item, cash: c, accrual: a }) => ({
      id: item.id,
      facility: item.facility,
      category: item.category,
      nature: item.nature,
      cash: Object.fromEntries(years.map((y, t) => [String(y), c[t]!])),
      accrual: Object.fromEntries(years.map((y, t) => [String(y), a[t]!])),
      assumption: assumedItems.has(item.id),
    })),
    savings,
    allocation: allocateFacilities(model, flows, years),
    pricing,
    prices,
    payers,
    reconciliation,
    assumptions: collectAssumptions(model),
  };
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
  const note = (path: string, label: string, reason: string | undefined): void => {
    if (reason !== undefined) notes.push({ path, label, reason });
  };
  note("$.programme", model.programme.name, model.programme.assumption);
  if (model.programme.target !== undefined) note("$.programme.target", "target", model.programme.target.assumption);
  model.fundingSources.forEach((s, i) => { note(`$.fundingSources[${i}]`, s.id, s.assumption); });
  model.facilities.forEach((f, i) => { note(`$.facilities[${i}]`, f.id, f.assumption); });
  model.pools.forEach((p, i) => { note(`$.pools[${i}]`, p.id, p.assumption); });
  model.costItems.forEach((c, i) => { note(`$.costItems[${i}]`, c.id, c.assumption); });
  model.savings.forEach((s, i) => { note(`$.savings[${i}]`, s.id, s.assumption); });
  return notes;
}
