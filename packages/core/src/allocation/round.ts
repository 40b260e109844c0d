import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { CostplanError } from "../errors/costplan-error.js";
import { allocate } from "../money/allocate.js";
import { postMinor } from "../money/money.js";
import type { ExactAllocation } from "./exact.js";
import { FlowNetwork } from "./max-flow.js";

/** An allocation posted to whole minor units. */
export interface RoundedAllocation {
  /** Whole-unit amount of each exact flow, in the same order. */
  readonly flows: readonly number[];
  /** Final cost of each operating centre, by centre index. */
  readonly final: ReadonlyMap<number, number>;
  /** Cost each support centre allocates, by centre index: the sum of its posted flows. */
  readonly allocated: ReadonlyMap<number, number>;
}

const HALF = new Dec("0.5");
const NEAR = new Dec("1e-20");
const ONE_LESS_NEAR = new Dec(1).minus(NEAR);

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly amount: DecValue;
  /** The whole amount this edge should take if the books allow it. */
  readonly preferred: number | undefined;
}

/**
 * Posts an exact allocation to whole minor units so that the books balance exactly and
 * nothing moves by a unit or more:
 * - every flow, every support centre's allocated cost and every operating centre's final
 *   cost is its exact value rounded down or up;
 * - every centre balances: direct cost + what it receives = what it sends (a support
 *   centre) or its final cost (an operating centre), so final costs add up to the total.
 *
 * Rounding each flow on its own would let errors pile up in a centre that receives from
 * many; this is controlled rounding. The exact flows satisfy the balances with integer
 * direct costs, so whole flows within a unit of them exist (a flow problem with integer
 * supplies and bounds has integral solutions), and a maximum flow over the one-unit
 * slack of each flow finds them. Final costs are first pinned to the largest-remainder
 * split of the total and allocated costs to their nearest whole unit; the pins are let go
 * only if no balanced posting keeps them. Centres enter the flow network in the order of
 * their ids, so the posting does not depend on the order of the input.
 *
 * @throws CostplanError `alloc-too-large` when a reciprocated cost passes the safe integer range
 */
export function roundAllocation(exact: ExactAllocation, costs: readonly number[]): RoundedAllocation {
  const n = exact.ids.length;
  // Node numbers: centres ranked by id; then a second node for each support centre's outflow.
  const rank = new Int32Array(n);
  [...exact.ids.keys()].sort((a, b) => compareIds(exact.ids[a]!, exact.ids[b]!)).forEach((i, r) => (rank[i] = r));
  const supports = [...exact.allocated.keys()];
  const outNode = new Map(supports.map((s) => [s, n + rank[s]!]));
  const sink = 2 * n;
  const superSource = sink + 1;
  const superSink = sink + 2;
  const inNode = (i: number): number => rank[i]!;
  const sendNode = (i: number): number => outNode.get(i) ?? inNode(i);

  for (const [s, amount] of exact.allocated) {
    if (amount.abs().gt(Number.MAX_SAFE_INTEGER)) throw new CostplanError("alloc-too-large", { id: exact.ids[s]!, amount: amount.toFixed(0) });
  }
  // Quantised to 15 decimal places of the minor unit, so methods reaching the same exact
  // answer by different arithmetic (a solve, a sequence of steps) post it the same way.
  const q = (d: DecValue): DecValue => d.toDecimalPlaces(15);
  const operating = [...exact.final.keys()].sort((a, b) => compareIds(exact.ids[a]!, exact.ids[b]!));
  const total = costs.reduce((a, b) => a + b, 0);
  const finals = allocate(total, operating.map((t) => Dec.max(q(exact.final.get(t)!), 0)));

  const flowEdges: Edge[] = exact.flows.map((f) => ({ from: sendNode(f.from), to: inNode(f.to), amount: q(f.amount), preferred: undefined }));
  const finalEdges: Edge[] = operating.map((t, k) => ({ from: inNode(t), to: sink, amount: q(exact.final.get(t)!), preferred: finals[k]! }));
  const supportEdges: Edge[] = supports.map((s) => ({ from: inNode(s), to: sendNode(s), amount: q(exact.allocated.get(s)!), preferred: postMinor(q(exact.allocated.get(s)!)) }));
  const edges = [...flowEdges, ...finalEdges, ...supportEdges];
  const insertion = edges.map((_, i) => i).sort((a, b) => edges[a]!.from - edges[b]!.from || edges[a]!.to - edges[b]!.to || a - b);

  const supply = new Float64Array(superSink + 1);
  costs.forEach((c, i) => (supply[inNode(i)] = c));
  supply[sink] = -total;

  const attempt = (pinFinals: boolean, pinSupports: boolean, widen: boolean): number[] | undefined => {
    const network = new FlowNetwork(superSink + 1, edges.length + n + 4);
    const excess = Float64Array.from(supply);
    const value: number[] = new Array<number>(edges.length).fill(0);
    const up = new Int32Array(edges.length).fill(-1);
    const down = new Int32Array(edges.length).fill(-1);
    for (const i of insertion) {
      const e = edges[i]!;
      const isFinal = i >= flowEdges.length && i < flowEdges.length + finalEdges.length;
      const pinned = (isFinal && pinFinals) || (i >= flowEdges.length + finalEdges.length && pinSupports) ? e.preferred : undefined;
      const floor = e.amount.floor();
      const fraction = e.amount.minus(floor);
      // A value within 10^-20 of a whole number may be either side of it.
      const nearWhole = widen && (fraction.lt(NEAR) || fraction.gt(ONE_LESS_NEAR));
      const start = pinned ?? (fraction.gte(HALF) ? floor.toNumber() + 1 : floor.toNumber());
      value[i] = start;
      excess[e.from] = excess[e.from]! - start;
      excess[e.to] = excess[e.to]! + start;
      if (pinned !== undefined || (fraction.isZero() && !nearWhole)) continue;
      // Each free edge starts at its nearest whole amount and may move to the other side.
      if (nearWhole || fraction.lt(HALF)) up[i] = network.addEdge(e.from, e.to, 1);
      if ((nearWhole || fraction.gte(HALF)) && start > 0) down[i] = network.addEdge(e.to, e.from, 1);
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

  const final = new Map<number, number>();
  operating.forEach((t, k) => final.set(t, amounts[flowEdges.length + k]!));
  const allocated = new Map<number, number>();
  supports.forEach((s, k) => allocated.set(s, amounts[flowEdges.length + finalEdges.length + k]!));
  return { flows: amounts.slice(0, flowEdges.length), final, allocated };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
