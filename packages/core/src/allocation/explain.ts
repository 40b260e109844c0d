import { CostplanError } from "../errors/costplan-error.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { allocateCosts, type AllocationResult, type Flow } from "./allocate-costs.js";
import { solveExact, type ExactAllocation } from "./exact.js";
import type { AllocationProblem } from "./problem.js";
import { solveReciprocal } from "./solve.js";

/** One route by which an original centre's cost reached the explained centre. */
export interface CostPath {
  /** Centres along the way, from the original centre to the explained one. */
  readonly path: readonly string[];
  /** Product of the shares along the way, as a decimal string. */
  readonly share: string;
  readonly amount: number;
}

/** How much of the explained centre's cost started as one centre's direct cost. */
export interface Origin {
  readonly centre: string;
  readonly amount: number;
  /** Routes it took (direct and step-down; a reciprocal allocation has endless routes round its loops). */
  readonly paths: readonly CostPath[];
  /** True when there were more routes than {@link EXPLAIN_PATH_LIMIT} and only the largest are listed. */
  readonly truncated: boolean;
}

/** The audit trail of one centre's cost. */
export interface Explanation {
  readonly centre: string;
  readonly kind: "support" | "operating";
  readonly method: AllocationProblem["method"];
  readonly directCost: number;
  /** Final cost (operating centre) or the cost it allocated (support centre). */
  readonly amount: number;
  /** Posted flows into this centre, with the share of the sender's cost each is. */
  readonly received: readonly Flow[];
  /** Posted flows out of a support centre. */
  readonly sent: readonly Flow[];
  /** Where the amount came from, by original centre; the amounts add up to `amount` exactly. */
  readonly origins: readonly Origin[];
  /** Reciprocal only: the complete reciprocated cost of every support centre. */
  readonly reciprocated: Readonly<Record<string, number>> | undefined;
}

/** Most routes listed per explanation. */
export const EXPLAIN_PATH_LIMIT = 200;

/**
 * Explains one centre's cost: what it received from whom and at what share, and how much
 * of it started as each centre's direct cost, with the routes it took. Origin amounts are
 * exact shares of the centre's posted cost, split by largest remainder so they add up to
 * it to the minor unit.
 *
 * @param problem - a checked allocation problem
 * @param centreId - the centre to explain
 * @param result - the allocation of `problem`, when already computed
 * @throws CostplanError `unknown-centre` when there is no such centre
 * @example explainAllocation(problem, "SURG").origins // [{ centre: "SURG", amount: 40000, ... }, { centre: "ADMIN", ... }]
 */
export function explainAllocation(problem: AllocationProblem, centreId: string, result: AllocationResult = allocateCosts(problem)): Explanation {
  const target = problem.centres.findIndex((c) => c.id === centreId);
  if (target < 0) throw new CostplanError("unknown-centre", { id: centreId, known: problem.centres.map((c) => `"${c.id}"`).join(", ") });
  const centre = problem.centres[target]!;
  const exact = solveExact(problem);
  const reach = problem.method === "reciprocal" ? reciprocalReach(problem, exact, target) : forwardReach(exact, target);
  const amount = centre.kind === "operating" ? result.final[centre.id]! : result.support[centre.id]!;

  const contributions = problem.centres.map((c, j) => new Dec(c.cost).mul(reach[j]!));
  const originIndexes = contributions.flatMap((v, j) => (v.gt(0) || j === target ? [j] : []));
  const posted = allocate(
    amount,
    originIndexes.map((j) => contributions[j]!),
  );
  const origins: Origin[] = originIndexes.map((j, k) => {
    const routes = problem.method === "reciprocal" ? { paths: [], truncated: false } : routesFrom(exact, j, target, new Dec(problem.centres[j]!.cost));
    const weights = routes.paths.map((p) => p.exact);
    const amounts = weights.length > 0 && !routes.truncated ? allocate(posted[k]!, weights) : routes.paths.map((p) => Math.round(p.exact.toNumber()));
    return {
      centre: exact.ids[j]!,
      amount: posted[k]!,
      paths: routes.paths.map((p, i) => ({ path: p.path.map((n) => exact.ids[n]!), share: p.share.toSignificantDigits(12).toString(), amount: amounts[i]! })),
      truncated: routes.truncated,
    };
  });
  return {
    centre: centre.id,
    kind: centre.kind,
    method: problem.method,
    directCost: centre.cost,
    amount,
    received: result.flows.filter((f) => f.to === centre.id),
    sent: result.flows.filter((f) => f.from === centre.id),
    origins,
    reciprocated: problem.method === "reciprocal" ? result.support : undefined,
  };
}

/** For direct and step-down: the share of each centre's direct cost that reaches `target`. */
function forwardReach(exact: ExactAllocation, target: number): DecValue[] {
  const reach = exact.ids.map((_, j) => new Dec(j === target ? 1 : 0));
  // Support centres send only to centres after them in the sequence, so walking it
  // backwards sees every receiver's reach before its senders'.
  for (const s of [...exact.sequence].reverse()) {
    if (s === target) continue;
    let r = new Dec(0);
    for (const f of exact.flows) if (f.from === s) r = r.plus(f.share.mul(reach[f.to]!));
    reach[s] = r;
  }
  return reach;
}

/** For reciprocal: solves (I - A) y = b for the share of each support centre's cost reaching `target`. */
function reciprocalReach(problem: AllocationProblem, exact: ExactAllocation, target: number): DecValue[] {
  const supports = [...exact.sequence];
  const position = new Map(supports.map((s, k) => [s, k]));
  const direct = supports.map((s) => {
    if (s === target) return new Dec(1);
    let share = new Dec(0);
    for (const f of exact.flows) if (f.from === s && f.to === target && !position.has(target)) share = share.plus(f.share);
    return share;
  });
  // Transposed shares: y_k = b_k + Σ_j A[k][j] y_j.
  const transposed = supports.map(() => [] as { to: number; share: DecValue }[]);
  for (const f of exact.flows) {
    const k = position.get(f.from);
    const j = position.get(f.to);
    if (k !== undefined && j !== undefined) transposed[j]!.push({ to: k, share: f.share });
  }
  const y = solveReciprocal(direct, transposed);
  const reach = problem.centres.map((_, i) => new Dec(i === target ? 1 : 0));
  supports.forEach((s, k) => {
    if (s !== target) reach[s] = y[k]!;
  });
  return reach;
}

interface Route {
  readonly path: number[];
  readonly share: DecValue;
  readonly exact: DecValue;
}

/** Partial routes a search may extend, and hold, before it stops and says it left routes out: time and memory stay bounded on any network. */
const EXPLAIN_SEARCH_LIMIT = 50 * EXPLAIN_PATH_LIMIT;
const EXPLAIN_FRONTIER_LIMIT = 100 * EXPLAIN_PATH_LIMIT;

interface Partial {
  readonly node: number;
  readonly path: number[];
  readonly share: DecValue;
  /** The positions of the flows taken, one per step: the order a depth-first walk would find the route in. */
  readonly key: number[];
}

/**
 * The largest routes from `origin` to `target` along the flows, largest first, at most the limit.
 * A best-first search: shares are at most 1, so extending a route never makes it larger, and the
 * partial route with the largest share is extended first; every route completed is then at least
 * as large as any found after it. So the routes listed are the largest of all, however many there
 * are (a chain of k support centres has 2^(k-1)), and ties come in the order of a depth-first walk.
 */
function routesFrom(exact: ExactAllocation, origin: number, target: number, cost: DecValue): { paths: Route[]; truncated: boolean } {
  const out = new Map<number, { to: number; share: DecValue }[]>();
  const into = new Map<number, number[]>();
  for (const f of exact.flows) {
    const list = out.get(f.from) ?? [];
    list.push({ to: f.to, share: f.share });
    out.set(f.from, list);
    const senders = into.get(f.to) ?? [];
    senders.push(f.from);
    into.set(f.to, senders);
  }
  const reaches = reachingTarget(into, target);
  const paths: Route[] = [];
  if (!reaches.has(origin)) return { paths, truncated: false };
  const frontier: Partial[] = [{ node: origin, path: [origin], share: new Dec(1), key: [] }];
  let dropped = false;
  for (let searched = 0; frontier.length > 0 && paths.length < EXPLAIN_PATH_LIMIT && searched < EXPLAIN_SEARCH_LIMIT; searched += 1) {
    const { node, path, share, key } = frontier.shift()!;
    if (node === target) {
      paths.push({ path, share, exact: cost.mul(share) });
      continue;
    }
    (out.get(node) ?? []).forEach(({ to, share: s }, k) => {
      if (reaches.has(to)) insertByShare(frontier, { node: to, path: [...path, to], share: share.mul(s), key: [...key, k] });
    });
    // The smallest partial routes go first when the frontier is full; the explanation then says it left routes out.
    if (frontier.length > EXPLAIN_FRONTIER_LIMIT) {
      frontier.length = EXPLAIN_FRONTIER_LIMIT;
      dropped = true;
    }
  }
  // Every partial route left reaches the target (the others were never added), so one is a route left out.
  return { paths, truncated: dropped || frontier.length > 0 };
}

/** The nodes from which the target can be reached along the flows (the target included). */
function reachingTarget(into: ReadonlyMap<number, readonly number[]>, target: number): Set<number> {
  const seen = new Set([target]);
  const stack = [target];
  while (stack.length > 0) {
    for (const from of into.get(stack.pop()!) ?? []) {
      if (!seen.has(from)) {
        seen.add(from);
        stack.push(from);
      }
    }
  }
  return seen;
}

/** Inserts a partial route into the frontier, kept largest share first, ties in depth-first order (binary search). */
function insertByShare(frontier: Partial[], entry: Partial): void {
  let lo = 0;
  let hi = frontier.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comesBefore(frontier[mid]!, entry)) lo = mid + 1;
    else hi = mid;
  }
  frontier.splice(lo, 0, entry);
}

function comesBefore(a: Partial, b: Partial): boolean {
  const byShare = a.share.comparedTo(b.share);
  if (byShare !== 0) return byShare > 0;
  for (let i = 0; i < Math.min(a.key.length, b.key.length); i += 1) if (a.key[i] !== b.key[i]) return a.key[i]! < b.key[i]!;
  return a.key.length < b.key.length;
}
