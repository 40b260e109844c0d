import { Dec } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { splitInto } from "../money/integer.js";
import type { ListedServices } from "./listed-services.js";

/** EMR cost reaching each operating centre in one year, capital and running costs apart. */
export interface CentreCost {
  readonly capital: ReadonlyMap<string, number>;
  readonly running: ReadonlyMap<string, number>;
}

/** The EMR cost each service carries, by year: columns of services x years (row i*years + t). */
export interface ServiceCost {
  readonly emrCapital: Float64Array;
  readonly emrRunning: Float64Array;
  /** Cost reaching operating centres that offer no priced service with volume, by year. */
  readonly unassigned: Float64Array;
}

/**
 * Service costing: each operating centre's EMR cost goes to its services in proportion to
 * volume x relative weight, by largest remainder, capital and running costs separately, so
 * Σ over a centre's services = the centre's cost exactly. A centre with no priced volume
 * keeps its cost as unassigned: it is not recovered through prices, and it is reported.
 */
export function costServices(listed: ListedServices, byYear: readonly CentreCost[]): ServiceCost {
  const n = listed.services.length;
  const years = byYear.length;
  const emrCapital = new Float64Array(n * years);
  const emrRunning = new Float64Array(n * years);
  const unassigned = new Float64Array(years);
  byYear.forEach((reach, t) => {
    for (const [centre, capital] of reach.capital) {
      const members = listed.byCentre.get(centre);
      const running = reach.running.get(centre)!;
      if (members === undefined || !members.some((i) => listed.costWeight[i]! > 0)) {
        unassigned[t] = unassigned[t]! + capital + running;
        continue;
      }
      spread(listed, members, capital, emrCapital, t, years);
      spread(listed, members, running, emrRunning, t, years);
    }
  });
  return { emrCapital, emrRunning, unassigned };
}

function spread(listed: ListedServices, members: Int32Array, amount: number, out: Float64Array, t: number, years: number): void {
  if (listed.weightsSafe) {
    splitInto(amount, listed.costWeight, members, out, t, years);
    return;
  }
  // Cost weights past 2^53 (volumes of billions with finely divided weights): exact decimals.
  const weights = Array.from(members, (i) => new Dec(listed.volume[i]!).mul(listed.services[i]!.weight));
  allocate(amount, weights).forEach((part, k) => (out[members[k]! * years + t] = part));
}
