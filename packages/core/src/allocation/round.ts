import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { CostplanError } from "../errors/costplan-error.js";
import { allocate } from "../money/allocate.js";
import { postMinor } from "../money/money.js";
import type { ExactAllocation } from "./exact.js";
import { compareIds, planPosting, postBalanced, type AmountPlace } from "./posting.js";

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

/**
 * Posts an allocation solved in decimals to whole minor units by controlled rounding
 * ({@link postBalanced}): the books balance exactly and nothing moves by a unit or more.
 * Amounts are quantised to 15 decimal places of the minor unit first, so methods reaching
 * the same exact answer by different arithmetic (a solve, a sequence of steps) post it the
 * same way.
 *
 * @throws CostplanError `alloc-too-large` when a reciprocated cost passes the safe integer range,
 * `alloc-unbounded` when it has no finite value at the solver's precision
 */
export function roundAllocation(exact: ExactAllocation, costs: readonly number[]): RoundedAllocation {
  for (const [s, amount] of exact.allocated) {
    // A closed loop of support centres leaking a share below the solver's precision (a usage of
    // 5e-324) has no finite reciprocated cost at that precision: fuzzing found NaN posted here.
    if (!amount.isFinite()) throw new CostplanError("alloc-unbounded", { id: exact.ids[s]! });
    if (amount.abs().gt(Number.MAX_SAFE_INTEGER)) throw new CostplanError("alloc-too-large", { id: exact.ids[s]!, amount: amount.toFixed(0) });
  }
  const q = (d: DecValue): DecValue => d.toDecimalPlaces(15);
  const supports = [...exact.allocated.keys()];
  const operating = [...exact.final.keys()].sort((a, b) => compareIds(exact.ids[a]!, exact.ids[b]!));
  const total = costs.reduce((a, b) => a + b, 0);
  const amounts = postBalanced(planPosting({ ids: exact.ids, flows: exact.flows, operating, supports }), costs, {
    flows: exact.flows.map((f) => placeOf(q(f.amount))),
    finals: operating.map((t) => placeOf(q(exact.final.get(t)!))),
    supports: supports.map((s) => placeOf(q(exact.allocated.get(s)!))),
    preferredFinals: allocate(
      total,
      operating.map((t) => Dec.max(q(exact.final.get(t)!), 0)),
    ),
    preferredSupports: supports.map((s) => postMinor(q(exact.allocated.get(s)!))),
  });
  const flowCount = exact.flows.length;
  const final = new Map<number, number>();
  operating.forEach((t, k) => final.set(t, amounts[flowCount + k]!));
  const allocated = new Map<number, number>();
  supports.forEach((s, k) => allocated.set(s, amounts[flowCount + operating.length + k]!));
  return { flows: amounts.slice(0, flowCount), final, allocated };
}

function placeOf(amount: DecValue): AmountPlace {
  const floor = amount.floor();
  const fraction = amount.minus(floor);
  return {
    floor: floor.toNumber(),
    side: fraction.isZero() ? 0 : fraction.lt(HALF) ? 1 : 2,
    nearWhole: fraction.lt(NEAR) || fraction.gt(ONE_LESS_NEAR),
  };
}
