import { usageRow } from "./usage-row.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { defaultOrder } from "./order.js";
import type { AllocationProblem } from "./problem.js";
import { solveReciprocal } from "./solve.js";

/** One movement of cost from a support centre to another centre, before rounding. */
export interface ExactFlow {
  readonly from: number;
  readonly to: number;
  /** Share of the sender's allocated cost: usage over the usage of all eligible receivers. */
  readonly share: DecValue;
  readonly amount: DecValue;
}

/** An allocation solved to 40 significant digits, before posting to minor units. */
export interface ExactAllocation {
  readonly ids: readonly string[];
  readonly operating: readonly boolean[];
  /** Support centres in the order they allocate (the step-down order; input order otherwise). */
  readonly sequence: readonly number[];
  /** Cost each support centre allocates (for reciprocal, its complete reciprocated cost), by centre index. */
  readonly allocated: ReadonlyMap<number, DecValue>;
  /** Final cost of each operating centre, by centre index. */
  readonly final: ReadonlyMap<number, DecValue>;
  readonly flows: readonly ExactFlow[];
}

/**
 * Solves an allocation problem exactly (to 40 significant digits):
 * - direct: each support centre sends its cost to operating centres only;
 * - step-down: in order, each support centre sends its cost plus what it received to the
 *   centres not yet closed (support centres later in the order, and operating centres);
 * - reciprocal: the complete reciprocated costs x solve x = c + Aᵀx over the support
 *   centres (all mutual services), then each sends x to every other centre it serves.
 * A centre's use of itself is ignored, and shares are normalised over each method's
 * eligible receivers.
 */
export function solveExact(problem: AllocationProblem): ExactAllocation {
  const ids = problem.centres.map((c) => c.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const operating = problem.centres.map((c) => c.kind === "operating");
  const supports = problem.centres.flatMap((c, i) => (c.kind === "support" ? [i] : []));
  const rows = (s: number, eligible: (t: number) => boolean): { to: number; share: DecValue }[] => {
    const entries = Object.entries(usageRow(problem.usage, ids[s]!))
      .map(([id, v]) => ({ to: index.get(id)!, v }))
      .filter(({ to, v }) => to !== s && v > 0 && eligible(to))
      .sort((a, b) => a.to - b.to);
    const total = entries.reduce((sum, e) => sum.plus(e.v), new Dec(0));
    return entries.map(({ to, v }) => ({ to, share: new Dec(v).div(total) }));
  };
  const received = problem.centres.map((c) => new Dec(c.cost));
  const allocated = new Map<number, DecValue>();
  const flows: ExactFlow[] = [];

  let sequence: number[];
  if (problem.method === "reciprocal") {
    sequence = supports;
    const shares = supports.map((s) => rows(s, () => true));
    const position = new Map(supports.map((s, k) => [s, k]));
    const x = solveReciprocal(
      supports.map((s) => received[s]!),
      shares.map((row) => row.flatMap(({ to, share }) => (position.has(to) ? [{ to: position.get(to)!, share }] : []))),
    );
    supports.forEach((s, k) => {
      allocated.set(s, x[k]!);
      for (const { to, share } of shares[k]!) {
        const amount = x[k]!.mul(share);
        flows.push({ from: s, to, share, amount });
        if (operating[to]) received[to] = received[to]!.plus(amount);
      }
    });
  } else {
    sequence = problem.method === "step-down" ? (problem.order ?? defaultOrder(problem)).map((id) => index.get(id)!) : supports;
    const closed = new Set<number>();
    for (const s of sequence) {
      closed.add(s);
      const eligible = problem.method === "direct" ? (t: number) => operating[t]! : (t: number) => !closed.has(t);
      const amount = received[s]!;
      allocated.set(s, amount);
      for (const { to, share } of rows(s, eligible)) {
        const part = amount.mul(share);
        flows.push({ from: s, to, share, amount: part });
        received[to] = received[to]!.plus(part);
      }
    }
  }
  const final = new Map<number, DecValue>();
  operating.forEach((isOperating, i) => {
    if (isOperating) final.set(i, received[i]!);
  });
  return { ids, operating, sequence, allocated, final, flows };
}
