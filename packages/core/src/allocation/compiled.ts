import { usageRow } from "./usage-row.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { mulDivFloor } from "../money/integer.js";
import { solveExact } from "./exact.js";
import {
  compareIds,
  placeColumns,
  planPosting,
  postBalancedColumns,
  postingScratch,
  type PlaceColumns,
  type PostingPlan,
  type PostingScratch,
} from "./posting.js";
import type { AllocationMethod, AllocationProblem, Centre } from "./problem.js";
import { postFromRationals } from "./rational-posting.js";
import { roundAllocation } from "./round.js";
import { solveReciprocal } from "./solve.js";

/** The unit roundoff of a double: every operation's relative error is at most this. */
const UNIT = 2 ** -53;

/** An allocation problem without its costs: the centres, bases and order of one facility. */
export type AllocationShape = Omit<AllocationProblem, "centres"> & { readonly centres: readonly Omit<Centre, "cost">[] };

/**
 * One facility's allocation compiled once and posted for many cost vectors (every year, EMR
 * and full cost, capital and running): the centres by index, each support centre's eligible
 * receivers and shares in the order the exact solver sends them.
 */
export interface CompiledAllocation {
  readonly shape: AllocationShape;
  readonly ids: readonly string[];
  readonly operatingFlag: readonly boolean[];
  /** Support centres in the order they allocate. */
  readonly sequence: readonly number[];
  /** Operating centres ranked by id. */
  readonly operating: readonly number[];
  /** Every flow, in the exact solver's order: sender, receiver, float share and its error bound. */
  readonly flows: readonly { readonly from: number; readonly to: number }[];
  /** The flows' senders and receivers as columns, for the hot loop. */
  readonly flowFrom: Int32Array;
  readonly flowTo: Int32Array;
  readonly flowShare: Float64Array;
  /** Relative error bound of each float share (the usage sum's and the division's rounding). */
  readonly flowShareError: Float64Array;
  /** The flow network of the books, for controlled rounding. */
  readonly plan: PostingPlan;
  /** Each flow's usage and its sender's usage total when both are whole numbers (else 0): a whole received amount then gives an exact flow. */
  readonly flowUsage: Float64Array;
  readonly flowUsageTotal: Float64Array;
  /**
   * For reciprocal: (I - Aᵀ)⁻¹ over the support centres in 40-digit decimals, solved once, so
   * each cost vector's reciprocated costs take m² decimal products; undefined otherwise.
   */
  readonly inverse: readonly (readonly DecValue[])[] | undefined;
  /**
   * Postings already made, by cost vector. Posting is a pure function of the costs, and a
   * facility posts the same vector many times in a run (years with no EMR cost, flat running
   * costs, the same vector for the allocation and the pricing stage), so each is posted once.
   */
  readonly posted: Map<string, PostedAllocation>;
  /** Working columns of a posting, sized once for these centres (see {@link AllocationScratch}). */
  readonly scratch: AllocationScratch;
}

/**
 * The working columns one posting through a compiled allocation needs, allocated once with it:
 * posting never calls itself, so one set serves every cost vector, and the postings' results
 * are copied out of them. Fresh typed arrays per posting were a good part of a run's garbage.
 */
export interface AllocationScratch {
  /** The cost vector being posted, as a typed column. */
  readonly costColumn: Float64Array;
  /** By centre index: amount received, its error bound, amount sent, its error bound. */
  readonly received: Float64Array;
  readonly error: Float64Array;
  readonly sent: Float64Array;
  readonly sentError: Float64Array;
  /** By flow: the float amount and its error bound. */
  readonly amount: Float64Array;
  readonly amountError: Float64Array;
  /** The places of every amount of the posting (flows, finals, supports). */
  readonly places: PlaceColumns;
  readonly posting: PostingScratch;
}

/** A posted allocation: whole minor units by centre index and by flow. */
export interface PostedAllocation {
  /** Final cost of each operating centre (0 for support centres), by centre index. */
  readonly final: Float64Array;
  /** Cost each support centre allocated (0 for operating centres), by centre index. */
  readonly allocated: Float64Array;
  /** Each flow's whole amount, in {@link CompiledAllocation.flows} order. */
  readonly flows: Float64Array;
}

/** Compiles a facility's allocation for {@link postAllocation}. */
export function compileAllocation(shape: AllocationShape): CompiledAllocation {
  const ids = shape.centres.map((c) => c.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const operatingFlag = shape.centres.map((c) => c.kind === "operating");
  const supports = shape.centres.flatMap((c, i) => (c.kind === "support" ? [i] : []));
  const method: AllocationMethod = shape.method;
  // The default step-down order depends on costs, which change from vector to vector: the caller fixes it.
  if (method === "step-down" && shape.order === undefined) throw new Error("compileAllocation: a step-down allocation needs its order");
  const sequence = method === "step-down" ? shape.order!.map((id) => index.get(id)!) : supports;
  const flows: { from: number; to: number }[] = [];
  const shares: number[] = [];
  const errors: number[] = [];
  const usages: number[] = [];
  const usageTotals: number[] = [];
  const closed = new Set<number>();
  for (const s of sequence) {
    closed.add(s);
    const eligible = method === "direct" ? (t: number) => operatingFlag[t]! : method === "step-down" ? (t: number) => !closed.has(t) : () => true;
    const entries = Object.entries(usageRow(shape.usage, ids[s]!))
      .map(([id, v]) => ({ to: index.get(id)!, v }))
      .filter(({ to, v }) => to !== s && v > 0 && eligible(to))
      .sort((a, b) => a.to - b.to);
    let total = 0;
    for (const e of entries) total += e.v;
    // Each usage figure is a double within half a unit of the decimal written; their sum
    // adds at most one rounding per term, the division one more.
    const error = (entries.length + 2) * UNIT * 1.01;
    const whole = Number.isSafeInteger(total) && entries.every((e) => Number.isSafeInteger(e.v));
    for (const { to, v } of entries) {
      flows.push({ from: s, to });
      shares.push(v / total);
      errors.push(error);
      usages.push(whole ? v : 0);
      usageTotals.push(whole ? total : 0);
    }
  }
  const operating = operatingFlag.flatMap((isOperating, i) => (isOperating ? [i] : [])).sort((a, b) => compareIds(ids[a]!, ids[b]!));
  const plan = planPosting({ ids, flows, operating, supports: sequence });
  return {
    shape,
    ids,
    operatingFlag,
    sequence,
    operating,
    flows,
    flowFrom: Int32Array.from(flows, (f) => f.from),
    flowTo: Int32Array.from(flows, (f) => f.to),
    plan,
    flowShare: Float64Array.from(shares),
    flowShareError: Float64Array.from(errors),
    flowUsage: Float64Array.from(usages),
    flowUsageTotal: Float64Array.from(usageTotals),
    inverse: method === "reciprocal" ? reciprocalInverse(shape, ids, sequence) : undefined,
    posted: new Map(),
    scratch: {
      costColumn: new Float64Array(ids.length),
      received: new Float64Array(ids.length),
      error: new Float64Array(ids.length),
      sent: new Float64Array(ids.length),
      sentError: new Float64Array(ids.length),
      amount: new Float64Array(flows.length),
      amountError: new Float64Array(flows.length),
      places: placeColumns(plan.from.length),
      posting: postingScratch(plan),
    },
  };
}

/**
 * Posts one cost vector through a compiled allocation, with the same whole amounts as
 * `allocateCosts` on the same problem. Direct and step-down allocations are first solved in
 * doubles with a running bound on each amount's error; when every amount lies clear of the
 * points where posting decides (whole units, halves, and the order of the largest
 * remainders), the float solution posts exactly as the decimal one would. Otherwise, with whole
 * costs and whole usage, it is solved exactly in integers ({@link postFromRationals}); failing
 * that, and for reciprocal allocations, in 40-digit decimals.
 *
 * A vector posted before through the same compiled allocation gives the same result object:
 * callers read it and never write into it.
 *
 * @param costs - direct cost of each centre in whole minor units, in the shape's centre order
 */
export function postAllocation(compiled: CompiledAllocation, costs: readonly number[]): PostedAllocation {
  // A number's text (its shortest round-trip form) is its own, so the text identifies the
  // vector; only -0 prints as 0 does, and a vector holding it is posted afresh.
  if (costs.some((c) => Object.is(c, -0))) return postFresh(compiled, costs);
  const key = costs.join(",");
  const seen = compiled.posted.get(key);
  if (seen !== undefined) return seen;
  const posted = postFresh(compiled, costs);
  compiled.posted.set(key, posted);
  return posted;
}

/** The float route where it decides, else the exact integer route, else 40-digit decimals: the same posting by each. */
function postFresh(compiled: CompiledAllocation, costs: readonly number[]): PostedAllocation {
  return postFromFloats(compiled, costs) ?? postFromRationals(compiled, costs) ?? postFromDecimals(compiled, costs);
}

/** The float route alone: undefined where it cannot decide (exported for tests). */
export function postFromFloats(c: CompiledAllocation, costs: readonly number[]): PostedAllocation | undefined {
  const n = c.ids.length;
  const { flowFrom, flowTo, flowShare, flowShareError, flowUsage, flowUsageTotal, sequence, operating, operatingFlag } = c;
  const flowCount = flowFrom.length;
  const { costColumn, received, error, sent, sentError, amount, amountError, places } = c.scratch;
  // The costs come as arrays of several element kinds (filled, mapped, summed); read as one
  // typed column they keep this function optimised (iterating them directly deoptimised it
  // at every new kind, a hundred times a run).
  costColumn.set(costs);
  // Every flow, sent amount and error is written before it is read; received amounts and their errors accumulate.
  received.set(costs);
  error.fill(0);
  // Reciprocal: each support centre sends its complete reciprocated cost, from the inverse.
  const reciprocated = c.inverse === undefined ? undefined : reciprocatedCosts(c, costs);
  let k = 0;
  for (let position = 0; position < sequence.length; position += 1) {
    const s = sequence[position]!;
    const a = reciprocated === undefined ? received[s]! : reciprocated.value[position]!;
    const ea = reciprocated === undefined ? error[s]! : reciprocated.error[position]!;
    sent[s] = a;
    sentError[s] = ea;
    for (; k < flowCount && flowFrom[k] === s; k += 1) {
      const t = flowTo[k]!;
      const share = flowShare[k]!;
      let f = a * share;
      let ef = (ea * share + f * (flowShareError[k]! + UNIT)) * 1.0001;
      // A whole amount known exactly, shared by whole usage: the flow is a known ratio of
      // whole numbers, exact when it divides (round budgets often do).
      if (ea === 0 && ef > 0 && flowUsageTotal[k]! > 0 && Number.isSafeInteger(a)) {
        const exact = mulDivFloor(a, flowUsage[k]!, flowUsageTotal[k]!);
        if (exact.remainder === 0) {
          f = exact.quotient;
          ef = 0;
        }
      }
      amount[k] = f;
      amountError[k] = ef;
      if (reciprocated !== undefined && !operatingFlag[t]!) continue;
      const next = received[t]! + f;
      received[t] = next;
      // A sum of whole numbers below 2^53 is exact; anything else rounds once more.
      error[t] = error[t]! + ef + (ef > 0 || error[t]! > 0 || !(next < 2 ** 53) ? next * UNIT : 0);
    }
  }
  for (const s of sequence) if (!(Math.abs(sent[s]!) < 2 ** 52)) return undefined;
  // Every amount's place goes straight into the posting's columns: flows, finals, supports.
  for (let i = 0; i < flowCount; i += 1) if (!decisivePlace(amount[i]!, amountError[i]!, places, i)) return undefined;
  let at = flowCount;
  for (const t of operating) if (!decisivePlace(received[t]!, error[t]!, places, at++)) return undefined;
  for (const s of sequence) {
    if (!decisivePlace(sent[s]!, sentError[s]!, places, at)) return undefined;
    places.pin[at] = places.side[at] === 2 ? places.floor[at]! + 1 : places.floor[at]!;
    at += 1;
  }
  let total = 0;
  for (let i = 0; i < n; i += 1) total += costColumn[i]!;
  if (!largestRemainder(total, received, error, operating, places.pin, flowCount)) return undefined;
  return unpack(c, postBalancedColumns(c.plan, costColumn, places, c.scratch.posting));
}

/**
 * Where an amount known within ±error lies, if that is certain, written into the place
 * columns at `at`. Posting in decimals first quantises to 15 places, so the margin covers that
 * too; an amount known exactly (error 0) is always certain.
 *
 * @returns false where the place is not certain
 */
function decisivePlace(value: number, error: number, places: PlaceColumns, at: number): boolean {
  const floor = Math.floor(value);
  const fraction = value - floor;
  places.floor[at] = floor;
  if (error === 0) {
    places.side[at] = fraction === 0 ? 0 : fraction < 0.5 ? 1 : 2;
    places.nearWhole[at] = fraction < 1e-20 ? 1 : 0;
    return true;
  }
  const margin = 2 * error + 1e-14;
  if (fraction <= margin || fraction >= 1 - margin || Math.abs(fraction - 0.5) <= margin) return false;
  places.side[at] = fraction < 0.5 ? 1 : 2;
  places.nearWhole[at] = 0;
  return true;
}

/**
 * The largest-remainder split of the total over the final costs (the operating centres'
 * received amounts), as `allocate` gives it on the decimal finals, when the floats decide it:
 * every quota clear of a whole unit, and the last remainder that gets a unit clear of the
 * first that does not. Writes the parts into `out` from `at`.
 *
 * @returns false where the floats do not decide it
 */
function largestRemainder(total: number, received: Float64Array, errors: Float64Array, operating: readonly number[], out: Float64Array, at: number): boolean {
  const n = operating.length;
  if (total === 0) {
    out.fill(0, at, at + n);
    return true;
  }
  // The decimal finals add up to the total within n quantisation steps of 10^-15.
  const margin = new Float64Array(n);
  const fractions = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i += 1) {
    const v = received[operating[i]!]!;
    const e = errors[operating[i]!]!;
    margin[i] = 2 * e + (n + 2) * 1e-15 + 1e-14;
    if (v < 0) return false;
    const floor = Math.floor(v);
    const fraction = v - floor;
    if (!(e === 0 && fraction === 0) && (fraction <= margin[i]! || fraction >= 1 - margin[i]!)) return false;
    fractions[i] = fraction;
    out[at + i] = floor;
    given += floor;
  }
  const left = total - given;
  if (left < 0 || left > n) return false;
  if (left === 0) return true;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => fractions[b]! - fractions[a]!);
  if (left < n) {
    const last = order[left - 1]!;
    const next = order[left]!;
    if (fractions[last]! - fractions[next]! <= margin[last]! + margin[next]!) return false;
  }
  for (let j = 0; j < left; j += 1) out[at + order[j]!] = out[at + order[j]!]! + 1;
  return true;
}

function unpack(c: CompiledAllocation, posted: Float64Array): PostedAllocation {
  const n = c.ids.length;
  const final = new Float64Array(n);
  const allocated = new Float64Array(n);
  const flowCount = c.flowFrom.length;
  c.operating.forEach((t, k) => (final[t] = posted[flowCount + k]!));
  c.sequence.forEach((s, k) => (allocated[s] = posted[flowCount + c.operating.length + k]!));
  return { final, allocated, flows: posted.slice(0, flowCount) };
}

/** The 40-digit decimal route, `allocateCosts`' own arithmetic (exported for tests). */
export function postFromDecimals(c: CompiledAllocation, costs: readonly number[]): PostedAllocation {
  const problem: AllocationProblem = { ...c.shape, centres: c.shape.centres.map((centre, i) => ({ ...centre, cost: costs[i]! })) };
  const exact = solveExact(problem);
  const rounded = roundAllocation(exact, costs);
  const n = c.ids.length;
  const final = new Float64Array(n);
  const allocated = new Float64Array(n);
  for (const [i, v] of rounded.final) final[i] = v;
  for (const [i, v] of rounded.allocated) allocated[i] = v;
  return { final, allocated, flows: Float64Array.from(rounded.flows) };
}

/** (I - Aᵀ)⁻¹ over the support centres, column by column, in 40-digit decimals. */
function reciprocalInverse(shape: AllocationShape, ids: readonly string[], supports: readonly number[]): DecValue[][] {
  const position = new Map(supports.map((s, k) => [ids[s]!, k]));
  const shares = supports.map((s) => {
    const entries = Object.entries(usageRow(shape.usage, ids[s]!)).filter(([id, v]) => id !== ids[s] && v > 0);
    const total = entries.reduce((sum, [, v]) => sum.plus(v), new Dec(0));
    return entries.flatMap(([id, v]) => (position.has(id) ? [{ to: position.get(id)!, share: new Dec(v).div(total) }] : []));
  });
  const m = supports.length;
  const columns = Array.from({ length: m }, (_, j) =>
    solveReciprocal(
      Array.from({ length: m }, (_, k) => new Dec(k === j ? 1 : 0)),
      shares,
    ),
  );
  return Array.from({ length: m }, (_, k) => columns.map((column) => column[k]!));
}

/**
 * Each support centre's complete reciprocated cost for one cost vector, as a double with an
 * error bound covering its rounding to a double and the decimal solves' own tolerance
 * (both this inverse and the solver it stands for stop within 10^-24 of the costs' scale).
 */
function reciprocatedCosts(c: CompiledAllocation, costs: readonly number[]): { value: Float64Array; error: Float64Array } {
  const inverse = c.inverse!;
  const m = c.sequence.length;
  const value = new Float64Array(m);
  const error = new Float64Array(m);
  let scale = 1;
  for (const s of c.sequence) scale = Math.max(scale, Math.abs(costs[s]!));
  let norm = 0;
  for (let j = 0; j < m; j += 1) {
    let column = 0;
    for (let k = 0; k < m; k += 1) column += Math.abs(inverse[k]![j]!.toNumber());
    norm = Math.max(norm, column);
  }
  const allZero = c.sequence.every((s) => costs[s] === 0);
  for (let k = 0; k < m; k += 1) {
    let x = new Dec(0);
    c.sequence.forEach((s, j) => {
      if (costs[s] !== 0) x = x.plus(inverse[k]![j]!.mul(costs[s]!));
    });
    value[k] = x.toNumber();
    error[k] = allZero ? 0 : Math.abs(value[k]!) * 2 * UNIT + 4 * (norm + 1) * m * scale * 1e-24;
  }
  return { value, error };
}
