/**
 * The lower bound for costplan's per-service arithmetic: the same step-down allocation
 * and service costing in plain float64 loops over typed arrays, with no exact rounding,
 * no largest-remainder splits, no audit trail and no result objects. It answers "how fast
 * could the hot path be?", not "what is the right figure": its money is binary floats.
 *
 * `facilityColumns` lays a model out as columns (not timed); `floatKernel` is the timed part.
 */
import { defaultOrder, type Model } from "@costplan/core";

/** One facility as typed columns. */
export interface FacilityColumns {
  readonly centres: number;
  /** Support-centre indices in step-down order. */
  readonly order: Int32Array;
  /** usage[k * centres + t]: how much of the k-th support centre in `order`'s base centre t uses. */
  readonly usage: Float64Array;
  /** cost[y * centres + c]: EMR cost to recover at centre c in programme year y. */
  readonly cost: Float64Array;
  readonly centreOf: Int32Array;
  readonly volume: Float64Array;
  readonly weight: Float64Array;
  readonly price: Float64Array;
  /** Infinity where the service has no cap. */
  readonly maxPrice: Float64Array;
  readonly insured: Float64Array;
  readonly coverage: Float64Array;
}

/** What the kernel adds up; the sums keep the loops from being optimised away. */
export interface KernelTotals {
  readonly emrCost: number;
  readonly fund: number;
  readonly patients: number;
  readonly unrecovered: number;
}

/**
 * Lays out each facility with cost centres and a price list: centres, the step-down
 * order (costplan's default rule, or the facility's own), usage bases, and a cost to
 * recover per centre and year that follows costplan's pricing defaults in spirit:
 * capital by straight line over its life, recurring as paid, one-off in its year, the
 * state-budget share left out.
 */
export function facilityColumns(model: Model): FacilityColumns[] {
  const first = model.programme.firstYear;
  const years = model.programme.lastYear - first + 1;
  const stateSources = new Set(model.fundingSources.filter((s) => s.kind === "state-budget").map((s) => s.id));
  const out: FacilityColumns[] = [];
  for (const facility of model.facilities) {
    const cc = facility.costCentres;
    const list = model.serviceLists.find((l) => l.facility === facility.id);
    if (cc === undefined || list === undefined) continue;
    const ids = cc.centres.map((c) => c.id);
    const at = new Map(ids.map((id, i) => [id, i]));
    const n = ids.length;
    const orderIds = cc.order ?? defaultOrder({ centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind, cost: c.directCost })), usage: cc.usage });
    const order = Int32Array.from(orderIds.map((id) => at.get(id)!));
    const usage = new Float64Array(order.length * n);
    orderIds.forEach((s, k) => {
      for (const [t, v] of Object.entries(cc.usage[s] ?? {})) if (t !== s) usage[k * n + at.get(t)!] = v;
    });
    const cost = new Float64Array(years * n);
    for (const item of model.costItems) {
      if (item.facility !== facility.id) continue;
      const c = at.get(item.centre ?? cc.emrCentre)!;
      const share =
        typeof item.funding === "string"
          ? stateSources.has(item.funding)
            ? 0
            : 1
          : item.funding.reduce((a, f) => a + (stateSources.has(f.source) ? 0 : f.share), 0);
      const add = (year: number, amount: number): void => {
        if (year >= first && year < first + years) cost[(year - first) * n + c] = cost[(year - first) * n + c]! + amount * share;
      };
      if (item.nature === "capital") {
        const from = Number(item.inService.slice(0, 4));
        for (let y = from; y < from + item.usefulLife; y += 1) add(y, (item.cost - item.salvage) / item.usefulLife);
      } else if (item.nature === "recurring") {
        for (let y = item.firstYear; y <= item.lastYear; y += 1) add(y, item.amountPerYear);
      } else add(item.year, item.amount);
    }
    const s = list.services;
    out.push({
      centres: n,
      order,
      usage,
      cost,
      centreOf: Int32Array.from(s.map((x) => at.get(x.centre ?? "")!)),
      volume: Float64Array.from(s.map((x) => x.volume ?? 0)),
      weight: Float64Array.from(s.map((x) => x.weight)),
      price: Float64Array.from(s.map((x) => x.currentPrice)),
      maxPrice: Float64Array.from(s.map((x) => x.maxPrice ?? Number.POSITIVE_INFINITY)),
      insured: Float64Array.from(s.map((x) => x.insuredShare ?? list.insuredShare)),
      coverage: Float64Array.from(s.map((x) => x.coverage ?? list.coverage)),
    });
  }
  return out;
}

/**
 * For every facility and year: step-down (each support centre in order sends what it
 * holds to the centres not yet closed, in proportion to usage), then each operating
 * centre's cost to its services by volume x weight, the EMR component per unit, the
 * price rounded half up to `step` and capped, and the increase split between the fund
 * (insured share x coverage) and patients.
 */
export function floatKernel(facilities: readonly FacilityColumns[], years: number, step: number): KernelTotals {
  let emrCost = 0;
  let fund = 0;
  let patients = 0;
  let unrecovered = 0;
  for (const f of facilities) {
    const n = f.centres;
    const acc = new Float64Array(n);
    const closed = new Uint8Array(n);
    const units = new Float64Array(n);
    const services = f.volume.length;
    for (let j = 0; j < services; j += 1) units[f.centreOf[j]!] = units[f.centreOf[j]!]! + f.volume[j]! * f.weight[j]!;
    for (let y = 0; y < years; y += 1) {
      acc.set(f.cost.subarray(y * n, (y + 1) * n));
      closed.fill(0);
      for (let k = 0; k < f.order.length; k += 1) {
        const s = f.order[k]!;
        closed[s] = 1;
        let base = 0;
        for (let t = 0; t < n; t += 1) if (closed[t] === 0) base += f.usage[k * n + t]!;
        const amount = acc[s]!;
        acc[s] = 0;
        if (base > 0) for (let t = 0; t < n; t += 1) if (closed[t] === 0) acc[t] = acc[t]! + (amount * f.usage[k * n + t]!) / base;
      }
      for (let j = 0; j < services; j += 1) {
        const c = f.centreOf[j]!;
        const volume = f.volume[j]!;
        if (volume === 0 || units[c] === 0) continue;
        const cost = (acc[c]! * volume * f.weight[j]!) / units[c]!;
        const component = cost / volume;
        const proposed = Math.round((f.price[j]! + component) / step) * step;
        const capped = Math.min(proposed, f.maxPrice[j]!);
        const increase = (capped - f.price[j]!) * volume;
        const toFund = increase * f.insured[j]! * f.coverage[j]!;
        emrCost += cost;
        fund += toFund;
        patients += increase - toFund;
        unrecovered += (proposed - capped) * volume;
      }
    }
  }
  return { emrCost, fund, patients, unrecovered };
}
