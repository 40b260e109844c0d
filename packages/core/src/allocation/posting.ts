import { FlowNetwork } from "./max-flow.js";

/**
 * Where an exact amount lies between whole minor units: all controlled rounding needs to
 * know of it. `side` is 0 for a whole amount, 1 below the half, 2 at or above it.
 */
export interface AmountPlace {
  readonly floor: number;
  readonly side: 0 | 1 | 2;
  /** Within 10^-20 of a whole amount: the last attempt lets it go either way. */
  readonly nearWhole: boolean;
}

/** The shape of an allocation's books: centres and the flows between them. */
export interface PostingShape {
  readonly ids: readonly string[];
  readonly flows: readonly { readonly from: number; readonly to: number }[];
  /** Operating centres, ranked by id. */
  readonly operating: readonly number[];
  /** Support centres, in the order they allocate. */
  readonly supports: readonly number[];
}

/** The places of every amount (flows, then finals, then supports' allocated costs) and the preferred whole finals and allocated costs. */
export interface PostingValues {
  readonly flows: readonly AmountPlace[];
  readonly finals: readonly AmountPlace[];
  readonly supports: readonly AmountPlace[];
  readonly preferredFinals: readonly number[];
  readonly preferredSupports: readonly number[];
}

/** The network of an allocation's books, fixed by its shape: built once, posted many times. */
export interface PostingPlan {
  readonly n: number;
  readonly rank: Int32Array;
  /** Every amount's edge: flows, then finals, then supports' allocated costs. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** 0 flow, 1 final, 2 support. */
  readonly kinds: Uint8Array;
  readonly insertion: Int32Array;
  readonly sink: number;
  readonly superSource: number;
  readonly superSink: number;
}

/**
 * Lays out the flow network of an allocation: nodes are centres ranked by id, a second node
 * for each support centre's outflow, a sink for final costs; an edge per amount.
 */
export function planPosting(shape: PostingShape): PostingPlan {
  const n = shape.ids.length;
  const rank = new Int32Array(n);
  [...shape.ids.keys()].sort((a, b) => compareIds(shape.ids[a]!, shape.ids[b]!)).forEach((i, r) => (rank[i] = r));
  // Flows leave support centres only (every solver sends from its support centres alone), so every sender has an out node.
  const outNode = new Int32Array(n);
  for (const s of shape.supports) outNode[s] = n + rank[s]!;
  const sink = 2 * n;
  const inNode = (i: number): number => rank[i]!;
  const sendNode = (i: number): number => outNode[i]!;
  const from: number[] = [];
  const to: number[] = [];
  const kinds: number[] = [];
  for (const f of shape.flows) {
    from.push(sendNode(f.from));
    to.push(inNode(f.to));
    kinds.push(0);
  }
  for (const t of shape.operating) {
    from.push(inNode(t));
    to.push(sink);
    kinds.push(1);
  }
  for (const s of shape.supports) {
    from.push(inNode(s));
    to.push(sendNode(s));
    kinds.push(2);
  }
  const insertion = Int32Array.from(from.keys()).sort((a, b) => from[a]! - from[b]! || to[a]! - to[b]! || a - b);
  return {
    n,
    rank,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    kinds: Uint8Array.from(kinds),
    insertion,
    sink,
    superSource: sink + 1,
    superSink: sink + 2,
  };
}

/**
 * The places of every amount of a posting as columns, in the plan's amount order (flows,
 * then finals, then supports' allocated costs): what {@link postBalanced} reads, without an
 * object per amount. `pin` holds the preferred whole amount of each final and support (it is
 * not read for flows).
 */
export interface PlaceColumns {
  readonly floor: Float64Array;
  /** 0 for a whole amount, 1 below the half, 2 at or above it. */
  readonly side: Uint8Array;
  /** 1 where the amount lies within 10^-20 of a whole unit. */
  readonly nearWhole: Uint8Array;
  readonly pin: Float64Array;
}

/** Empty place columns for a plan's amounts, to fill and hand to {@link postBalancedColumns}. */
export function placeColumns(count: number): PlaceColumns {
  return { floor: new Float64Array(count), side: new Uint8Array(count), nearWhole: new Uint8Array(count), pin: new Float64Array(count) };
}

/**
 * Posts an allocation to whole minor units so that the books balance exactly and nothing
 * moves by a unit or more (controlled rounding): every flow, allocated cost and final cost
 * is its exact value rounded down or up, and every centre balances, so final costs add up
 * to the total. A maximum flow over the one-unit slack of each amount finds such a posting;
 * final costs are first pinned to their largest-remainder split of the total and allocated
 * costs to their nearest whole unit, and the pins are let go only if no balanced posting
 * keeps them. Centres enter the network ranked by id, so the posting does not depend on the
 * order of the input. Returns the whole amounts in the order flows, finals, supports.
 */
export function postBalanced(plan: PostingPlan, costs: readonly number[], values: PostingValues): number[] {
  const columns = placeColumns(plan.from.length);
  const places = [...values.flows, ...values.finals, ...values.supports];
  places.forEach((place, i) => {
    columns.floor[i] = place.floor;
    columns.side[i] = place.side;
    columns.nearWhole[i] = place.nearWhole ? 1 : 0;
  });
  const flowCount = values.flows.length;
  values.preferredFinals.forEach((p, k) => (columns.pin[flowCount + k] = p));
  values.preferredSupports.forEach((p, k) => (columns.pin[flowCount + values.finals.length + k] = p));
  return Array.from(postBalancedColumns(plan, costs, columns));
}

/**
 * The working columns and flow network of {@link postBalancedColumns} for one plan: a facility
 * posts a thousand cost vectors through the same plan, and fresh typed arrays for each were a
 * good part of the run's garbage. The posting's result is `value`, overwritten by the next
 * posting with the same scratch: copy it out first.
 */
export interface PostingScratch {
  readonly supply: Float64Array;
  readonly excess: Float64Array;
  readonly value: Float64Array;
  readonly up: Int32Array;
  readonly down: Int32Array;
  readonly network: FlowNetwork;
}

/** Scratch sized for a plan's network and amounts. */
export function postingScratch(plan: PostingPlan): PostingScratch {
  const nodes = plan.superSink + 1;
  const count = plan.from.length;
  return {
    supply: new Float64Array(nodes),
    excess: new Float64Array(nodes),
    value: new Float64Array(count),
    up: new Int32Array(count),
    down: new Int32Array(count),
    // Stryker disable next-line ArithmeticOperator: a first size for the edge columns, which grow as needed
    network: new FlowNetwork(nodes, count + plan.n + 4),
  };
}

/**
 * {@link postBalanced} over place columns: the same posting, amount for amount, with one flow
 * network reused by every attempt and no object per amount (a facility posts hundreds of
 * amounts per cost vector, and a run thousands of vectors).
 *
 * @param scratch - working storage for this plan ({@link postingScratch}); fresh by default
 * @returns the whole amounts in the order flows, finals, supports: `scratch.value`, so a caller
 *   that passes its own scratch copies them before posting again
 * @throws Error when no balanced posting exists (the exact allocation was inconsistent)
 */
export function postBalancedColumns(
  plan: PostingPlan,
  costs: ArrayLike<number>,
  places: PlaceColumns,
  scratch: PostingScratch = postingScratch(plan),
): Float64Array {
  const { from, to, kinds, insertion, sink, superSource, superSink } = plan;
  const count = from.length;
  const { floor, side, nearWhole, pin } = places;
  const { supply, excess, value, up, down, network } = scratch;
  supply.fill(0);
  let total = 0;
  for (let i = 0; i < costs.length; i += 1) {
    const c = costs[i]!;
    supply[plan.rank[i]!] = c;
    total += c;
  }
  supply[sink] = -total;

  const attempt = (pinFinals: boolean, pinSupports: boolean, widen: boolean): boolean => {
    network.reset();
    excess.set(supply);
    up.fill(-1);
    down.fill(-1);
    for (let j = 0; j < count; j += 1) {
      const i = insertion[j]!;
      const kind = kinds[i]!;
      const pinned = (kind === 1 && pinFinals) || (kind === 2 && pinSupports);
      const near = widen && nearWhole[i] === 1;
      const s = side[i]!;
      const start = pinned ? pin[i]! : s === 2 ? floor[i]! + 1 : floor[i]!;
      value[i] = start;
      excess[from[i]!] = excess[from[i]!]! - start;
      excess[to[i]!] = excess[to[i]!]! + start;
      if (pinned || (s === 0 && !near)) continue;
      // Each free amount starts at its nearest whole unit and may move to the other side.
      if (near || s === 1) up[i] = network.addEdge(from[i]!, to[i]!, 1);
      if ((near || s === 2) && start > 0) down[i] = network.addEdge(to[i]!, from[i]!, 1);
    }
    let needed = 0;
    for (let v = 0; v < excess.length; v += 1) {
      const x = excess[v]!;
      if (x > 0) {
        network.addEdge(superSource, v, x);
        needed += x;
      } else if (x < 0) network.addEdge(v, superSink, -x);
    }
    if (network.maxFlow(superSource, superSink) !== needed) return false;
    // Always add, even nothing: `-0 + 0` posts a zero as +0.
    for (let i = 0; i < count; i += 1) value[i] = value[i]! + (up[i]! >= 0 ? network.flowOn(up[i]!) : 0) - (down[i]! >= 0 ? network.flowOn(down[i]!) : 0);
    return true;
  };
  if (attempt(true, true, false) || attempt(true, false, false) || attempt(false, false, false) || attempt(false, false, true)) return value;
  throw new Error("controlled rounding found no balanced posting; the exact allocation is inconsistent");
}

/** Orders ids by their UTF-16 code units, the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
