import { defaultOrder } from "../allocation/order.js";
import type { CostCentres } from "../model/schema.js";

/**
 * The step-down order of a facility's cost centres, the same every year and for every
 * allocation of them (EMR cost, full cost, prices): the given order, or the default rule
 * applied to the centres' direct costs, since EMR cost moves from year to year. Undefined
 * for the other methods.
 */
export function centreOrder(cc: CostCentres): readonly string[] | undefined {
  if (cc.method !== "step-down") return undefined;
  return cc.order ?? defaultOrder({ centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind, cost: c.directCost })), usage: cc.usage });
}
