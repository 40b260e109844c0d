import type { CostedFacility } from "./facility-prices.js";
import type { ComponentBase } from "./price-services.js";

/** One service priced uniformly over the facilities of a hospital class: its pooled cost and volume. */
export interface ClassPool {
  /** The hospital class; undefined for a facility with no class, which is a pool of its own. */
  readonly class: string | undefined;
  /** The class, or the facility when it has none. */
  readonly label: string;
  readonly code: string;
  readonly currentPrice: number;
  readonly maxPrice: number | undefined;
  /** Σ EMR cost reaching the service at the class's facilities, by pricing year. */
  readonly cost: Float64Array;
  /** Of it, capital costs (depreciation or equivalent annual cost), by pricing year: the component's depreciation element. */
  readonly capital: Float64Array;
  /** Σ the service's volume over the class's facilities. */
  readonly volume: number;
}

/** Every pool of a model and, for each costed facility, the pool each of its services is priced from. */
export interface ClassPools {
  readonly pools: readonly ClassPool[];
  /** Aligned with the costed facilities: the component base of each (cost row i*years + t, volume row i). */
  readonly bases: readonly ComponentBase[];
}

/**
 * Pools each service over the facilities of its hospital class (the class basis): the class's
 * EMR cost reaching the service over the class's total volume gives one component per service
 * and class, as the insurance price tables set one price per class (Circular 22/2023/TT-BYT).
 * A pool is one service code at one current price and one cap: a class's tariff names one
 * price per service, so a facility whose list prices the code differently is never averaged
 * with the others (it forms a pool of its own). Sums are of whole minor units: exact.
 */
export function classPools(costed: readonly CostedFacility[], years: number): ClassPools {
  interface Open {
    readonly pool: ClassPool;
    readonly cost: Float64Array;
    readonly capital: Float64Array;
    volume: number;
  }
  const open = new Map<string, Open>();
  const members: Open[][] = costed.map((c) => {
    const { facility, listed, cost } = c;
    const label = facility.class ?? facility.id;
    // \u0001 keeps a facility with no class apart from a class that happens to share its id.
    const group = facility.class ?? `\u0001${facility.id}`;
    return listed.services.map((service, i) => {
      const key = `${group}\u0000${service.code}\u0000${String(service.currentPrice)}\u0000${String(service.maxPrice ?? "")}`;
      let entry = open.get(key);
      if (entry === undefined) {
        const sum = new Float64Array(years);
        const capital = new Float64Array(years);
        entry = {
          pool: {
            class: facility.class,
            label,
            code: service.code,
            currentPrice: service.currentPrice,
            maxPrice: service.maxPrice,
            cost: sum,
            capital,
            volume: 0,
          },
          cost: sum,
          capital,
          volume: 0,
        };
        open.set(key, entry);
      }
      entry.volume += listed.volume[i]!;
      for (let t = 0; t < years; t += 1) {
        entry.cost[t] = entry.cost[t]! + cost.emrCapital[i * years + t]! + cost.emrRunning[i * years + t]!;
        entry.capital[t] = entry.capital[t]! + cost.emrCapital[i * years + t]!;
      }
      return entry;
    });
  });
  const bases = members.map((entries) => {
    const cost = new Float64Array(entries.length * years);
    const capital = new Float64Array(entries.length * years);
    const volume = new Float64Array(entries.length);
    entries.forEach((e, i) => {
      volume[i] = e.volume;
      cost.set(e.cost, i * years);
      capital.set(e.capital, i * years);
    });
    return { cost, capital, volume };
  });
  const pools = [...open.values()].map((e) => ({
    ...e.pool,
    volume: e.volume,
  }));
  return { pools, bases };
}
