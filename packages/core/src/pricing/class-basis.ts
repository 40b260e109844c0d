import type { PricingOptions } from "../model/schema.js";
import type { ClassPool } from "./class-pool.js";
import type { FacilityPrices } from "./facility-prices.js";
import { proposedPrice } from "./price-services.js";

/** What a facility's uniform class prices recover against its own EMR cost, in one year or in total. */
export interface RecoveryBalance {
  /** The facility's own EMR cost reaching its priced services. */
  readonly ownCost: number;
  /** Revenue from the increases at the class's uniform prices: Σ (proposed - current) x the facility's volume. */
  readonly recovered: number;
  /** recovered - ownCost: above 0 the facility gains (over-recovers), below 0 it loses (under-recovers). */
  readonly balance: number;
}

/** One facility on the class basis: its balance by year and in total, and whether it gains or loses. */
export interface ClassBasisFacility {
  readonly facility: string;
  readonly class: string | null;
  readonly byYear: Readonly<Record<string, RecoveryBalance>>;
  readonly total: RecoveryBalance;
  readonly outcome: "gains" | "loses" | "even";
}

/** A class's balances, and the two differences they must add up to. */
export interface ClassBasisYear extends RecoveryBalance {
  /** Σ over the class's pools of (rounded price - current) x pooled volume - pooled cost: what the price step adds. */
  readonly roundingDifference: number;
  /** Σ over the class's pools of (rounded - capped price) x pooled volume: what caps leave unrecovered. */
  readonly unrecoveredByCap: number;
}

/** One hospital class (or a facility with no class) on the class basis. */
export interface ClassBasisClass {
  readonly class: string | null;
  /** The class, or the facility when it has none. */
  readonly label: string;
  readonly facilities: readonly string[];
  readonly byYear: Readonly<Record<string, ClassBasisYear>>;
  readonly total: ClassBasisYear;
  /** Facilities whose uniform prices recover more than their own cost, largest gain first. */
  readonly gainers: readonly string[];
  /** Facilities whose uniform prices recover less than their own cost, largest loss first. */
  readonly losers: readonly string[];
}

/** The class basis's report: per class and per facility, what one price per class does to each facility. */
export interface ClassBasis {
  readonly classes: readonly ClassBasisClass[];
  readonly facilities: readonly ClassBasisFacility[];
}

const zero: ClassBasisYear = {
  ownCost: 0,
  recovered: 0,
  balance: 0,
  roundingDifference: 0,
  unrecoveredByCap: 0,
};
const add = (a: ClassBasisYear, b: Partial<ClassBasisYear>): ClassBasisYear => ({
  ownCost: a.ownCost + (b.ownCost ?? 0),
  recovered: a.recovered + (b.recovered ?? 0),
  balance: a.balance + (b.balance ?? 0),
  roundingDifference: a.roundingDifference + (b.roundingDifference ?? 0),
  unrecoveredByCap: a.unrecoveredByCap + (b.unrecoveredByCap ?? 0),
});

/**
 * Reports the class basis: for each facility, what the class's uniform prices recover against
 * its own EMR cost, by year and in total; for each class, the sum of those balances beside the
 * rounding and cap differences of its pools, computed from the pools alone. The two agree
 * exactly: Σ balance = Σ recovered - Σ own cost = (price - current) x pooled volume - pooled cost,
 * which is the rounding difference less what caps cut.
 */
export function classBasisReport(
  pools: readonly ClassPool[],
  facilities: readonly FacilityPrices[],
  years: readonly number[],
  options: PricingOptions,
): ClassBasis {
  const perFacility: ClassBasisFacility[] = facilities.map((f) => {
    const byYear: Record<string, RecoveryBalance> = {};
    let total: RecoveryBalance = { ownCost: 0, recovered: 0, balance: 0 };
    for (const year of years) {
      const y = f.byYear[String(year)]!;
      const row = {
        ownCost: y.assigned,
        recovered: y.recovered,
        balance: y.recovered - y.assigned,
      };
      byYear[String(year)] = row;
      total = {
        ownCost: total.ownCost + row.ownCost,
        recovered: total.recovered + row.recovered,
        balance: total.balance + row.balance,
      };
    }
    return {
      facility: f.facility.id,
      class: f.facility.class ?? null,
      byYear,
      total,
      outcome: total.balance > 0 ? "gains" : total.balance < 0 ? "loses" : "even",
    };
  });

  interface Group {
    readonly cls: string | null;
    readonly label: string;
    readonly members: ClassBasisFacility[];
    readonly byYear: ClassBasisYear[];
  }
  const groups = new Map<string, Group>();
  const groupOf = (cls: string | undefined, id: string): Group => {
    const key = cls ?? `\u0001${id}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        cls: cls ?? null,
        label: cls ?? id,
        members: [],
        byYear: years.map(() => zero),
      };
      groups.set(key, g);
    }
    return g;
  };
  facilities.forEach((f, k) => {
    const g = groupOf(f.facility.class, f.facility.id);
    const entry = perFacility[k]!;
    g.members.push(entry);
    years.forEach((year, t) => (g.byYear[t] = add(g.byYear[t]!, entry.byYear[String(year)]!)));
  });
  for (const pool of pools) {
    const g = groupOf(pool.class, pool.label);
    const cap = options.capAtMaximum ? pool.maxPrice : undefined;
    years.forEach((_, t) => {
      const cost = pool.cost[t]!;
      const { rounded, price } = proposedPrice(pool.currentPrice, cost, pool.volume, cap, options.priceStep, options.rounding);
      // `+ 0` turns the -0 of a zero volume into 0.
      g.byYear[t] = add(g.byYear[t]!, {
        roundingDifference: (rounded - pool.currentPrice) * pool.volume - cost + 0,
        unrecoveredByCap: (rounded - price) * pool.volume + 0,
      });
    });
  }

  const classes = [...groups.values()].map((g): ClassBasisClass => {
    const byYear: Record<string, ClassBasisYear> = {};
    years.forEach((year, t) => (byYear[String(year)] = g.byYear[t]!));
    const ranked = [...g.members].sort((a, b) => b.total.balance - a.total.balance);
    return {
      class: g.cls,
      label: g.label,
      facilities: g.members.map((m) => m.facility),
      byYear,
      total: g.byYear.reduce(add, zero),
      gainers: ranked.filter((m) => m.outcome === "gains").map((m) => m.facility),
      losers: ranked
        .filter((m) => m.outcome === "loses")
        .reverse()
        .map((m) => m.facility),
    };
  });
  return { classes, facilities: perFacility };
}
