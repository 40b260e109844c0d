import { budgetOf, type BudgetStage } from "../budget/budget.js";
import { allocateFacilities, compileFacilities, type CompiledCentres, type FacilityAllocation } from "../costing/centre-allocation.js";
import { yearsOf } from "../budget/years.js";
import { costFacilities, priceCosted } from "../pricing/facility-prices.js";
import { lastRecoveryYear } from "../pricing/recoverable.js";
import type { CurrencyCode } from "../money/currency.js";
import type { Model } from "../model/schema.js";
import type { PriceEntry } from "../pricing/entries.js";
import type { ClassBasis } from "../pricing/class-basis.js";
import { priceTable, type PriceTableRow } from "../pricing/price-table.js";
import { allPriceEntries, pricingOf, type ModelCosting, type Payers, type PricingResult } from "../pricing/pricing.js";
import { pipelineStart, runFacilityChunk, type FacilityChunk, type PipelineStart } from "./facility-chunks.js";

/** Everything a run computes from a model: one result shape for every view (CLI, workbook, add-in). */
export interface RunResult extends BudgetStage {
  readonly programme: {
    readonly id: string;
    readonly name: string;
    readonly firstYear: number;
    readonly lastYear: number;
    readonly baseYear: number;
    readonly discountRate: number;
  };
  readonly currency: CurrencyCode;
  readonly years: readonly number[];
  /** EMR cost allocated through the cost centres of facilities that declare them. */
  readonly allocation: readonly FacilityAllocation[];
  /** Pricing options, years and the price year. */
  readonly pricing: Omit<PricingResult, "facilities" | "payers">;
  /** The price year's table: one row per service and price list (hospital class or facility), over its facilities. */
  readonly priceTable: readonly PriceTableRow[];
  /** One entry per service and facility: the EMR component and the proposed price (empty when the detail was not asked for). */
  readonly prices: readonly PriceEntry[];
  /** The increases' cost to the insurance fund and to patients, and each facility's recovery. */
  readonly payers: Payers;
  /** With `pricing.basis: "class"` only: each facility's over- or under-recovery at its class's uniform prices. */
  readonly classBasis?: ClassBasis;
}

/** How much of a run's per-service detail to build. */
export interface RunOptions {
  /** Build the per-service `prices` entries (true by default); the columns are always there. */
  readonly detail?: boolean;
}

/** A run's result and the per-service detail as columns, for writers that stream it (tables, workbooks). */
export interface PipelineOutput {
  readonly result: RunResult;
  readonly servicePrices: Pick<PricingResult, "facilities" | "priceYear" | "years">;
}

/**
 * Runs a validated model through every stage in order, each a pure function of the model
 * and the stages before it: schedules and item flows, the budget, the allocation of EMR
 * cost through cost centres, then service costing, prices and payers.
 *
 * @param model - a model from {@link parseModel}
 * @returns the result and the per-service columns
 */
export function runPipeline(model: Model, options: RunOptions = {}): PipelineOutput {
  const start = pipelineStart(model);
  return runPipelineFrom(model, start, runFacilityChunk(model, start, 0, model.facilities.length), options);
}

/**
 * Finishes a run whose per-facility stages are done, in one chunk or merged from several
 * (see {@link mergeFacilityChunks}): the budget, and the stages that need every facility (class
 * pools, the price table, payer totals). Equals {@link runPipeline} for any chunking.
 *
 * @param model - a model from {@link parseModel}
 * @param start - {@link pipelineStart} of the model
 * @param facilities - the chunk of every facility, in model order
 */
export function runPipelineFrom(
  model: Model,
  start: PipelineStart,
  facilities: FacilityChunk,
  options: RunOptions = {},
  budget: Budget = runBudget(model, start),
): PipelineOutput {
  return pricedOutput(model, sharedStages(start, facilities, budget), facilities.priced, options);
}

/** The budget stage of a run (for {@link runPipelineFrom}, which computes it when not given: a caller may compute it while facilities run elsewhere). */
export function runBudget(model: Model, start: PipelineStart): Budget {
  return budgetOf(model, start.flows, start.years);
}

type Budget = ReturnType<typeof budgetOf>;

/**
 * Runs a model once for each price basis: the stages before pricing (schedules, flows, budget,
 * allocation) do not depend on the basis, so they run once and only pricing runs per basis.
 * Each result equals `runPipeline` of the model with `pricing.basis` set to that basis.
 *
 * @param model - a model from {@link parseModel}
 * @param bases - the bases to price on, e.g. ["facility", "class"]
 * @returns one output per basis, in the order given
 */
export function runPipelineOnBases(model: Model, bases: readonly ("facility" | "class")[], options: RunOptions = {}): PipelineOutput[] {
  const start = pipelineStart(model);
  const chunk = runFacilityChunk(model, start, 0, model.facilities.length);
  return pricedOnBases(model, start, chunk, runBudget(model, start), bases, options);
}

/**
 * The stages of a run that read no pricing option (years, item flows, budget, compiled centres, allocation): a model differing only in `pricing`
 * shares them.
 */
export interface UnpricedStages {
  readonly start: PipelineStart;
  readonly budget: Budget;
  readonly centres: CompiledCentres;
  readonly allocation: readonly FacilityAllocation[];
}

/** The stages of {@link UnpricedStages} of a model, computed once. */
export function unpricedStages(model: Model): UnpricedStages {
  const start = pipelineStart(model);
  const centres = compileFacilities(model);
  return { start, budget: runBudget(model, start), centres, allocation: allocateFacilities(model, start.flows, start.years, centres) };
}

/**
 * {@link runPipelineOnBases} of a model that differs from the one `unpriced` came from only in its
 * `pricing` options: the years, flows, budget and allocation are taken as they are; the pricing
 * years (they run until the last item is recovered, which `recoveryYears` moves), service costing
 * (it reads the included categories, state-budget and savings options) and prices are computed.
 * Equals `runPipelineOnBases(model, bases, options)` exactly.
 *
 * @param model - a model from {@link parseModel}, equal outside `pricing` to the model of `unpriced`
 * @param unpriced - {@link unpricedStages} of that model
 */
export function runPipelineOnBasesFrom(
  model: Model,
  unpriced: UnpricedStages,
  bases: readonly ("facility" | "class")[],
  options: RunOptions = {},
): PipelineOutput[] {
  const { flows, years } = unpriced.start;
  const start: PipelineStart = { years, flows, pricingYears: yearsOf(model.programme.firstYear, lastRecoveryYear(model, flows)) };
  const costed = costFacilities(model, model.facilities, flows, start.pricingYears, unpriced.centres);
  const priced = model.pricing.basis === "class" ? undefined : costed.map((c) => priceCosted(model, c, start.pricingYears));
  const chunk: FacilityChunk = { from: 0, to: model.facilities.length, allocation: unpriced.allocation, costed, priced };
  return pricedOnBases(model, start, chunk, unpriced.budget, bases, options);
}

function pricedOnBases(
  model: Model,
  start: PipelineStart,
  chunk: FacilityChunk,
  budget: Budget,
  bases: readonly ("facility" | "class")[],
  options: RunOptions,
): PipelineOutput[] {
  // Costing reads no option of the basis either: both bases price the same costed services.
  const shared = sharedStages(start, chunk, budget);
  const own = model.pricing.basis ?? "facility";
  return bases.map((basis) =>
    pricedOutput(own === basis ? model : { ...model, pricing: { ...model.pricing, basis } }, shared, own === basis ? chunk.priced : undefined, options),
  );
}

/** The stages that do not read the pricing options. */
interface SharedStages {
  readonly years: readonly number[];
  readonly budget: Budget;
  readonly allocation: readonly FacilityAllocation[];
  readonly costing: ModelCosting;
}

function sharedStages(start: PipelineStart, facilities: FacilityChunk, budget: Budget): SharedStages {
  return { years: start.years, budget, allocation: facilities.allocation, costing: { years: start.pricingYears, costed: facilities.costed } };
}

function pricedOutput(model: Model, shared: SharedStages, priced: FacilityChunk["priced"], options: RunOptions): PipelineOutput {
  const { programme } = model;
  const { years, budget, allocation, costing } = shared;
  const { facilities, payers, classBasis, ...pricing } = pricingOf(model, costing, priced);
  const prices = options.detail === false ? [] : allPriceEntries({ facilities, priceYear: pricing.priceYear });
  const { reconciliation, assumptions, ...figures } = budget;
  const result: RunResult = {
    programme: {
      id: programme.id,
      name: programme.name,
      firstYear: programme.firstYear,
      lastYear: programme.lastYear,
      baseYear: programme.baseYear ?? programme.firstYear,
      discountRate: programme.discountRate,
    },
    currency: programme.currency as CurrencyCode,
    years,
    ...figures,
    allocation,
    pricing,
    priceTable: priceTable(facilities, pricing.priceYear),
    prices,
    payers,
    ...(classBasis === undefined ? {} : { classBasis }),
    reconciliation,
    assumptions,
  };
  return { result, servicePrices: { facilities, priceYear: pricing.priceYear, years: pricing.years } };
}

/**
 * Runs a validated model: item flows, depreciation schedules, the cash and accrual budgets
 * by year and by every dimension, present values, savings, the allocation through cost
 * centres, service prices and their payers, and the check against the figures the source
 * reports. A pure function of the model.
 *
 * @param model - a model from {@link parseModel}
 * @returns the result; every breakdown adds up to its total exactly
 */
export function runModel(model: Model, options: RunOptions = {}): RunResult {
  return runPipeline(model, options).result;
}
