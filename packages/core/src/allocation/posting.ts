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
  const outNode = new Int32Array(n).fill(-1);
  for (const s of shape.supports) outNode[s] = n + rank[s]!;
  const sink = 2 * n;
  const inNode = (i: number): number => rank[i]!;
  const sendNode = (i: number): number => (outNode[i]! >= 0 ? outNode[i]! : inNode(i));
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
  const { n, from, to, kinds, insertion, sink, superSource, superSink } = plan;
  const count = from.length;
  const places: AmountPlace[] = [...values.flows, ...values.finals, ...values.supports];
  const pins: (number | undefined)[] = [...values.flows.map(() => undefined), ...values.preferredFinals, ...values.preferredSupports];
  const supply = new Float64Array(superSink + 1);
  let total = 0;
  costs.forEach((c, i) => {
    supply[plan.rank[i]!] = c;
    total += c;
  });
  supply[sink] = -total;

  const attempt = (pinFinals: boolean, pinSupports: boolean, widen: boolean): number[] | undefined => {
    const network = new FlowNetwork(superSink + 1, count + n + 4);
    const excess = Float64Array.from(supply);
    const value = new Array<number>(count).fill(0);
    const up = new Int32Array(count).fill(-1);
    const down = new Int32Array(count).fill(-1);
    for (const i of insertion) {
      const place = places[i]!;
      const pinned = (kinds[i] === 1 && pinFinals) || (kinds[i] === 2 && pinSupports) ? pins[i] : undefined;
      const nearWhole = widen && place.nearWhole;
      const start = pinned ?? (place.side === 2 ? place.floor + 1 : place.floor);
      value[i] = start;
      excess[from[i]!] = excess[from[i]!]! - start;
      excess[to[i]!] = excess[to[i]!]! + start;
      if (pinned !== undefined || (place.side === 0 && !nearWhole)) continue;
      // Each free amount starts at its nearest whole unit and may move to the other side.
      if (nearWhole || place.side === 1) up[i] = network.addEdge(from[i]!, to[i]!, 1);
      if ((nearWhole || place.side === 2) && start > 0) down[i] = network.addEdge(to[i]!, from[i]!, 1);
    }
    let needed = 0;
    excess.forEach((x, v) => {
      if (x > 0) {
        network.addEdge(superSource, v, x);
        needed += x;
      } else if (x < 0) network.addEdge(v, superSink, -x);
    });
    if (network.maxFlow(superSource, superSink) !== needed) return undefined;
    return value.map((v, i) => v + (up[i]! >= 0 ? network.flowOn(up[i]!) : 0) - (down[i]! >= 0 ? network.flowOn(down[i]!) : 0));
  };
  const amounts = attempt(true, true, false) ?? attempt(true, false, false) ?? attempt(false, false, false) ?? attempt(false, false, true);
  if (amounts === undefined) throw new Error("controlled rounding found no balanced posting; the exact allocation is inconsistent");
  return amounts;
}

/** Orders ids by their UTF-16 code units, the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
