import { CostplanError } from "../errors/costplan-error.js";
import { assertExactRange } from "../budget/exact-range.js";
import { itemFlows, type ItemFlows } from "../budget/item-flows.js";
import { yearsOf } from "../budget/years.js";
import { allocateFacilities, compileFacilities, type FacilityAllocation } from "../costing/centre-allocation.js";
import type { Model } from "../model/schema.js";
import { costFacilities, listFor, priceCosted, type CostedFacility, type FacilityPrices } from "../pricing/facility-prices.js";
import { lastRecoveryYear } from "../pricing/recoverable.js";
import { revenueRangeProblem } from "../pricing/revenue-range.js";

/**
 * What every facility's stages read that is not the facility's own: the programme years and the
 * pricing years. The pricing years run until the last item of any facility is recovered, so they
 * are fixed once for the whole model before its facilities are split.
 */
export interface ChunkContext {
  readonly years: readonly number[];
  readonly pricingYears: readonly number[];
}

/** The start of a run: the years and every cost item's flows, which the budget and the facilities' stages read. */
export interface PipelineStart extends ChunkContext {
  readonly flows: readonly ItemFlows[];
}

/**
 * The per-facility stages of facilities `from` to `to` (model order): the allocation through
 * cost centres, service costing and, on the facility basis, prices and payers. On the class
 * basis `priced` is undefined: a class's price pools the costs of all its facilities.
 */
export interface FacilityChunk {
  readonly from: number;
  readonly to: number;
  readonly allocation: readonly FacilityAllocation[];
  readonly costed: readonly CostedFacility[];
  readonly priced: readonly FacilityPrices[] | undefined;
}

/** The stages every facility needs from the whole model, computed once. */
export function pipelineStart(model: Model): PipelineStart {
  const { programme } = model;
  const flows = itemFlows(model);
  const years = yearsOf(programme.firstYear, programme.lastYear);
  // Before any stage sums them: an amount the budget would carry past the exact range is named by its item and year.
  assertExactRange(model, flows, years);
  const revenue = revenueRangeProblem(model);
  if (revenue !== undefined) throw new CostplanError(revenue.code, revenue.params);
  const last = lastRecoveryYear(model, flows);
  return { years, pricingYears: yearsOf(programme.firstYear, last), flows };
}

/**
 * Runs the per-facility stages of facilities `from` (inclusive) to `to` (exclusive). A pure
 * function of the model, the shared years and the flows of (at least) these facilities' items:
 * each facility reads only its own items, centres, price list and savings, so chunks can run
 * anywhere, in any order, and {@link mergeFacilityChunks} gives the single-chunk result.
 *
 * @example runFacilityChunk(model, pipelineStart(model), 0, model.facilities.length) // every facility at once
 */
export function runFacilityChunk(model: Model, start: ChunkContext & { readonly flows: readonly ItemFlows[] }, from: number, to: number): FacilityChunk {
  const part: Model = { ...model, facilities: model.facilities.slice(from, to) };
  const ids = new Set(part.facilities.map((f) => f.id));
  const flows = start.flows.filter((f) => ids.has(f.item.facility));
  const centres = compileFacilities(part);
  const allocation = allocateFacilities(part, flows, start.years, centres);
  const costed = costFacilities(part, part.facilities, flows, start.pricingYears, centres);
  const priced = model.pricing.basis === "class" ? undefined : costed.map((c) => priceCosted(part, c, start.pricingYears));
  return { from, to, allocation, costed, priced };
}

/**
 * Puts chunks back in model order: the result equals one chunk over all the facilities.
 *
 * @throws Error when the chunks do not cover the facilities 0..n-1 exactly once (a caller's mistake)
 */
export function mergeFacilityChunks(chunks: readonly FacilityChunk[], facilities: number): FacilityChunk {
  const sorted = [...chunks].sort((a, b) => a.from - b.from || a.to - b.to);
  let next = 0;
  for (const c of sorted) {
    if (c.from !== next || c.to < c.from) throw new Error(`facility chunks do not tile 0..${facilities}: expected one from ${next}, got ${c.from}..${c.to}`);
    next = c.to;
  }
  if (next !== facilities) throw new Error(`facility chunks do not tile 0..${facilities}: they end at ${next}`);
  const priced = sorted.every((c) => c.priced !== undefined) ? sorted.flatMap((c) => c.priced!) : undefined;
  return { from: 0, to: facilities, allocation: sorted.flatMap((c) => c.allocation), costed: sorted.flatMap((c) => c.costed), priced };
}

/**
 * Splits the facilities into at most `count` consecutive chunks of about the same number of
 * services (the work of a facility grows with its price list), each with at least one facility.
 *
 * @returns `[from, to)` bounds in model order
 * @example chunkBounds(model, 2) // [[0, 28], [28, 56]] for 56 facilities of 2,000 services each
 */
export function chunkBounds(model: Model, count: number): [number, number][] {
  const n = model.facilities.length;
  const weight = model.facilities.map((f) => 1 + (listFor(model, f)?.services.length ?? 0));
  const total = weight.reduce((a, b) => a + b, 0);
  const bounds: [number, number][] = [];
  let from = 0;
  let done = 0;
  for (let k = 1; k <= count && from < n; k += 1) {
    let to = from;
    // Each chunk takes one facility, then more while under its share of the services, leaving one for each chunk still to come.
    const more = (): boolean => done + weight[to]! <= (total * k) / count && n - to > count - k;
    while (to < n && (to === from || k === count || more())) done += weight[to++]!;
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}
