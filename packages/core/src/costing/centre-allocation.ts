import { allocateCosts } from "../allocation/allocate-costs.js";
import type { AllocationProblem } from "../allocation/problem.js";
import type { CurrencyCode } from "../money/currency.js";
import type { Model } from "../model/schema.js";
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
export function allocateFacilities(model: Model, flows: readonly ItemFlows[], years: readonly number[]): FacilityAllocation[] {
  const currency = model.programme.currency as CurrencyCode;
  return model.facilities.flatMap((facility) => {
    const cc = facility.costCentres;
    if (cc === undefined) return [];
    const items = flows.filter((f) => f.item.facility === facility.id);
    const byYear: Record<string, CentreYear> = {};
    const operating = cc.centres.filter((c) => c.kind === "operating").map((c) => c.id);
    const emrByCentre: Record<string, { total: number; byYear: Record<string, number> }> = Object.fromEntries(operating.map((id) => [id, { total: 0, byYear: {} }]));
    const order = centreOrder(cc);
    years.forEach((year, t) => {
      const emrCost = new Map<string, number>(cc.centres.map((c) => [c.id, 0]));
      for (const f of items) {
        const centre = f.item.centre ?? cc.emrCentre;
        emrCost.set(centre, emrCost.get(centre)! + f.accrual[t]!);
      }
      const problem = (cost: (id: string) => number): AllocationProblem => ({
        method: cc.method,
        currency,
        centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind, cost: cost(c.id) })),
        usage: cc.usage,
        order,
      });
      const emr = allocateCosts(problem((id) => emrCost.get(id)!));
      const full = allocateCosts(problem((id) => emrCost.get(id)! + cc.centres.find((c) => c.id === id)!.directCost));
      byYear[String(year)] = { emr: emr.final, emrSupport: emr.support, flows: emr.flows.map(({ from, to, amount }) => ({ from, to, amount })), full: full.final };
      for (const id of operating) {
        const entry = emrByCentre[id]!;
        entry.byYear[String(year)] = emr.final[id]!;
        entry.total += emr.final[id]!;
      }
    });
    return [{
      facility: facility.id,
      method: cc.method,
      order: order ?? cc.centres.filter((c) => c.kind === "support").map((c) => c.id),
      centres: cc.centres.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
      emrByCentre,
      byYear,
      assumption: facility.assumption !== undefined || cc.assumption !== undefined || items.some((f) => f.item.assumption !== undefined),
    }];
  });
}
