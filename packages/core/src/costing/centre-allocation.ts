import { compileAllocation, postAllocation, type CompiledAllocation } from "../allocation/compiled.js";
import type { AllocationProblem } from "../allocation/problem.js";
import type { CurrencyCode } from "../money/currency.js";
import type { CostCentres, Model } from "../model/schema.js";
import { centreOrder } from "./centre-order.js";
import type { ItemFlows } from "../budget/item-flows.js";

/** One year of a facility's allocation: what reached each operating centre. */
export interface CentreYear {
  /** EMR cost (accrual) reaching each operating centre. */
  readonly emr: Readonly<Record<string, number>>;
  /** EMR cost each support centre allocated (for reciprocal, its complete reciprocated cost). */
  readonly emrSupport: Readonly<Record<string, number>>;
  /** Posted EMR flows between centres. */
  readonly flows: readonly { readonly from: string; readonly to: string; readonly amount: number }[];
  /** Full cost of each operating centre: its direct cost, the support centres' direct costs and EMR. */
  readonly full: Readonly<Record<string, number>>;
}

/** A facility's EMR cost allocated through its cost centres, year by year. */
export interface FacilityAllocation {
  readonly facility: string;
  readonly method: AllocationProblem["method"];
  readonly order: readonly string[];
  readonly centres: readonly { readonly id: string; readonly name: string; readonly kind: "support" | "operating" }[];
  /** EMR cost reaching each operating centre over the programme, and by year. */
  readonly emrByCentre: Readonly<Record<string, { readonly total: number; readonly byYear: Readonly<Record<string, number>> }>>;
  readonly byYear: Readonly<Record<string, CentreYear>>;
  readonly assumption: boolean;
}

/**
 * Allocates each facility's EMR cost (accrual view: depreciation, recurring and one-off
 * costs of its items) through its cost centres, every programme year, by the facility's
 * method. Items sit at their own centre or at the facility's EMR centre. Allocation is
 * linear, so the EMR part is allocated on its own, and again with the centres' direct
 * costs for their full cost; both are exact to the minor unit.
 */
export function allocateFacilities(model: Model, flows: readonly ItemFlows[], years: readonly number[], centres: CompiledCentres): FacilityAllocation[] {
  return model.facilities.flatMap((facility) => {
    const cc = facility.costCentres;
    if (cc === undefined) return [];
    const items = flows.filter((f) => f.item.facility === facility.id);
    const compiled = centres.get(facility.id)!;
    // The compiled centres hold the order (the default rule reads every usage row: once per facility is enough).
    const order = compiled.shape.order;
    const position = new Map(cc.centres.map((c, i) => [c.id, i]));
    const operating = cc.centres.flatMap((c, i) => (c.kind === "operating" ? [i] : []));
    const supports = compiled.sequence;
    const byYear: Record<string, CentreYear> = {};
    const emrByCentre: Record<string, { total: number; byYear: Record<string, number> }> = Object.fromEntries(
      operating.map((i) => [cc.centres[i]!.id, { total: 0, byYear: {} }]),
    );
    years.forEach((year, t) => {
      const emrCost = new Array<number>(cc.centres.length).fill(0);
      for (const f of items) {
        const at = position.get(f.item.centre ?? cc.emrCentre)!;
        emrCost[at] = emrCost[at]! + f.accrual[t]!;
      }
      const emr = postAllocation(compiled, emrCost);
      const full = postAllocation(
        compiled,
        emrCost.map((c, i) => c + cc.centres[i]!.directCost),
      );
      byYear[String(year)] = {
        emr: byId(cc, operating, emr.final),
        emrSupport: byId(cc, supports, emr.allocated),
        flows: compiled.flows.map(({ from, to }, k) => ({ from: cc.centres[from]!.id, to: cc.centres[to]!.id, amount: emr.flows[k]! })),
        full: byId(cc, operating, full.final),
      };
      for (const i of operating) {
        const entry = emrByCentre[cc.centres[i]!.id]!;
        entry.byYear[String(year)] = emr.final[i]!;
        entry.total += emr.final[i]!;
      }
    });
    return [
      {
        facility: facility.id,
        method: cc.method,
        order: order ?? cc.centres.filter((c) => c.kind === "support").map((c) => c.id),
        centres: cc.centres.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
        emrByCentre,
        byYear,
        assumption: facility.assumption !== undefined || cc.assumption !== undefined || items.some((f) => f.item.assumption !== undefined),
      },
    ];
  });
}

/** Each facility's cost centres, compiled, by facility id. */
export type CompiledCentres = ReadonlyMap<string, CompiledAllocation>;

/**
 * Compiles the cost centres of every facility that declares them, once per run: the
 * allocation stage and the pricing stage post many cost vectors through the same centres.
 */
export function compileFacilities(model: Model): CompiledCentres {
  const currency = model.programme.currency as CurrencyCode;
  return new Map(model.facilities.flatMap((f) => (f.costCentres === undefined ? [] : [[f.id, compileCentres(f.costCentres, currency)] as const])));
}

/** A facility's cost centres compiled for posting many cost vectors (years, views, kinds). */
export function compileCentres(cc: CostCentres, currency: CurrencyCode): CompiledAllocation {
  return compileAllocation({
    method: cc.method,
    currency,
    centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind })),
    usage: cc.usage,
    order: centreOrder(cc),
  });
}

function byId(cc: CostCentres, indices: readonly number[], amounts: Float64Array): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const i of indices) out[cc.centres[i]!.id] = amounts[i]!;
  return out;
}
