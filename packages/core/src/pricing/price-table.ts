import { divRound, fixedText, ratioText } from "../money/integer.js";
import type { FacilityPrices } from "./facility-prices.js";

/** Lowest, volume-weighted mean and highest value of a price figure over a row's facilities. */
export interface PriceRange<T> {
  readonly mean: T;
  readonly min: T;
  readonly max: T;
}

/**
 * One service (by code) in one hospital class in the price year, over every facility of the
 * class that prices it, whichever list it prices it from: the table a ministry reads, since
 * insurance prices are set per class. A facility with no class is a row group of its own.
 */
export interface PriceTableRow {
  /** The price lists the rows come from (one for a class list; one per facility for facilities' own lists). */
  readonly lists: readonly string[];
  readonly code: string;
  readonly name: string;
  readonly category: string;
  /** The hospital class of the facilities; undefined for a facility with no class. */
  readonly class: string | undefined;
  /** The class, or the facility when it has none. */
  readonly label: string;
  readonly facilities: number;
  readonly volume: number;
  /** Whole minor units; the mean is weighted by volume and rounded half up. */
  readonly currentPrice: PriceRange<number>;
  /** EMR component per unit as a decimal string (6 places); the mean is Σ EMR cost / Σ volume. */
  readonly emrComponent: PriceRange<string>;
  readonly proposedPrice: PriceRange<number>;
  /** Σ increase x volume over Σ current price x volume, in per cent, 2 places. */
  readonly increasePct: string;
  readonly emrCost: number;
  readonly fund: number;
  readonly patients: number;
  readonly capped: boolean;
  readonly assumption: boolean;
}

/**
 * The price table of the price year: every (hospital class, service code) over the facilities
 * of the class, read straight from the facilities' columns, in the order classes and services
 * first appear.
 */
export function priceTable(facilities: readonly FacilityPrices[], priceYear: number): PriceTableRow[] {
  interface Group {
    first: { f: FacilityPrices; i: number };
    lists: string[];
    facilities: number;
    volume: number;
    current: number;
    proposed: number;
    emrCost: number;
    fund: number;
    patients: number;
    capped: boolean;
    assumption: boolean;
    currentRange: [number, number];
    proposedRange: [number, number];
    emrRange: [{ cost: number; volume: number }, { cost: number; volume: number }];
  }
  const groups = new Map<string, Group>();
  for (const f of facilities) {
    const t = f.years.indexOf(priceYear);
    if (t < 0) continue;
    const years = f.years.length;
    f.listed.services.forEach((service, i) => {
      const row = i * years + t;
      const volume = f.listed.volume[i]!;
      const emrCost = f.cost.emrCapital[row]! + f.cost.emrRunning[row]!;
      const proposed = f.prices.proposed[row]!;
      const component = { cost: emrCost, volume };
      const key = `${f.facility.class ?? `\u0001${f.facility.id}`}\u0000${service.code}`;
      let g = groups.get(key);
      if (g === undefined) {
        g = { first: { f, i }, lists: [], facilities: 0, volume: 0, current: 0, proposed: 0, emrCost: 0, fund: 0, patients: 0, capped: false, assumption: false, currentRange: [service.currentPrice, service.currentPrice], proposedRange: [proposed, proposed], emrRange: [component, component] };
        groups.set(key, g);
      }
      g.facilities += 1;
      if (!g.lists.includes(f.listed.list.id)) g.lists.push(f.listed.list.id);
      g.volume += volume;
      g.current += service.currentPrice * volume;
      g.proposed += proposed * volume;
      g.emrCost += emrCost;
      g.fund += f.payers.fund[row]!;
      g.patients += f.payers.patients[row]!;
      g.capped ||= f.prices.capped[row] === 1;
      g.assumption ||= service.assumption !== undefined || f.listed.list.assumption !== undefined || f.facility.assumption !== undefined;
      g.currentRange = [Math.min(g.currentRange[0], service.currentPrice), Math.max(g.currentRange[1], service.currentPrice)];
      g.proposedRange = [Math.min(g.proposedRange[0], proposed), Math.max(g.proposedRange[1], proposed)];
      if (perUnit(component) < perUnit(g.emrRange[0])) g.emrRange = [component, g.emrRange[1]];
      if (perUnit(component) > perUnit(g.emrRange[1])) g.emrRange = [g.emrRange[0], component];
    });
  }
  return [...groups.values()].map((g) => {
    const { f, i } = g.first;
    const service = f.listed.services[i]!;
    const mean = (total: number): number => (g.volume > 0 ? divRound(total, g.volume, "half-up") : 0);
    return {
      lists: g.lists,
      code: service.code,
      name: service.name,
      category: service.category,
      class: f.facility.class,
      label: f.facility.class ?? f.facility.id,
      facilities: g.facilities,
      volume: g.volume,
      currentPrice: { mean: mean(g.current), min: g.currentRange[0], max: g.currentRange[1] },
      emrComponent: { mean: g.volume > 0 ? ratioText(g.emrCost, g.volume, 6) : "0", min: componentText(g.emrRange[0]), max: componentText(g.emrRange[1]) },
      proposedPrice: { mean: mean(g.proposed), min: g.proposedRange[0], max: g.proposedRange[1] },
      increasePct: g.current > 0 ? fixedText((g.proposed - g.current) * 100, g.current, 2) : "0.00",
      emrCost: g.emrCost,
      fund: g.fund,
      patients: g.patients,
      capped: g.capped,
      assumption: g.assumption,
    };
  });
}

function perUnit(c: { cost: number; volume: number }): number {
  return c.volume > 0 ? c.cost / c.volume : 0;
}

function componentText(c: { cost: number; volume: number }): string {
  return c.volume > 0 ? ratioText(c.cost, c.volume, 6) : "0";
}
