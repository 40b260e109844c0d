import { divRound, percentText, ratioText } from "../money/integer.js";
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
    code: string;
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
    currentMin: number;
    currentMax: number;
    proposedMin: number;
    proposedMax: number;
    // The services with the lowest and highest EMR component per unit, as cost and volume.
    emrMinCost: number;
    emrMinVolume: number;
    emrMaxCost: number;
    emrMaxVolume: number;
  }
  // Groups by label (class, or a facility without one), then by service code: two lookups
  // of strings already held, no key built per service; `ordered` keeps first appearance.
  const byLabel = new Map<string, Map<string, Group>>();
  const ordered: Group[] = [];
  // A list met for the first time (a facility's own list, or a class list's first facility)
  // can only be the last list of a group it has touched, so no group's lists are searched.
  const listsSeen = new Set<string>();
  // Facilities of a class mostly list the same codes in the same order, so the group at the
  // same position of the label's previous facility is tried before the map (one string
  // comparison instead of a hash lookup per service).
  const previousByLabel = new Map<string, Group[]>();
  for (const f of facilities) {
    const t = f.years.indexOf(priceYear);
    if (t < 0) continue;
    const years = f.years.length;
    const label = f.facility.class ?? `\u0001${f.facility.id}`;
    let groups = byLabel.get(label);
    if (groups === undefined) {
      groups = new Map();
      byLabel.set(label, groups);
    }
    const listId = f.listed.list.id;
    const listNew = !listsSeen.has(listId);
    listsSeen.add(listId);
    const listAssumed = f.listed.list.assumption !== undefined || f.facility.assumption !== undefined;
    const services = f.listed.services;
    const previous = previousByLabel.get(label) ?? [];
    const byPosition: Group[] = new Array<Group>(services.length);
    previousByLabel.set(label, byPosition);
    const { volume: volumes, currentPrice } = f.listed;
    const { emrCapital, emrRunning } = f.cost;
    const { proposed: proposedPrices, capped } = f.prices;
    const { fund, patients } = f.payers;
    for (let i = 0; i < services.length; i += 1) {
      const service = services[i]!;
      const row = i * years + t;
      const volume = volumes[i]!;
      const emrCost = emrCapital[row]! + emrRunning[row]!;
      const proposed = proposedPrices[row]!;
      const price = currentPrice[i]!;
      const code = service.code;
      let g = previous[i];
      if (g === undefined || g.code !== code) g = groups.get(code);
      if (g === undefined) {
        g = {
          code,
          first: { f, i },
          lists: [],
          facilities: 0,
          volume: 0,
          current: 0,
          proposed: 0,
          emrCost: 0,
          fund: 0,
          patients: 0,
          capped: false,
          assumption: false,
          currentMin: price,
          currentMax: price,
          proposedMin: proposed,
          proposedMax: proposed,
          emrMinCost: emrCost,
          emrMinVolume: volume,
          emrMaxCost: emrCost,
          emrMaxVolume: volume,
        };
        groups.set(code, g);
        ordered.push(g);
      }
      byPosition[i] = g;
      g.facilities += 1;
      if (listNew ? g.lists[g.lists.length - 1] !== listId : !g.lists.includes(listId)) g.lists.push(listId);
      g.volume += volume;
      g.current += price * volume;
      g.proposed += proposed * volume;
      g.emrCost += emrCost;
      g.fund += fund[row]!;
      g.patients += patients[row]!;
      g.capped ||= capped[row] === 1;
      g.assumption ||= service.assumption !== undefined || listAssumed;
      if (price < g.currentMin) g.currentMin = price;
      if (price > g.currentMax) g.currentMax = price;
      if (proposed < g.proposedMin) g.proposedMin = proposed;
      if (proposed > g.proposedMax) g.proposedMax = proposed;
      const unit = perUnit(emrCost, volume);
      if (unit < perUnit(g.emrMinCost, g.emrMinVolume)) [g.emrMinCost, g.emrMinVolume] = [emrCost, volume];
      if (unit > perUnit(g.emrMaxCost, g.emrMaxVolume)) [g.emrMaxCost, g.emrMaxVolume] = [emrCost, volume];
    }
  }
  return ordered.map((g) => {
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
      currentPrice: { mean: mean(g.current), min: g.currentMin, max: g.currentMax },
      emrComponent: {
        mean: g.volume > 0 ? ratioText(g.emrCost, g.volume, 6) : "0",
        min: componentText(g.emrMinCost, g.emrMinVolume),
        max: componentText(g.emrMaxCost, g.emrMaxVolume),
      },
      proposedPrice: { mean: mean(g.proposed), min: g.proposedMin, max: g.proposedMax },
      increasePct: g.current > 0 ? percentText(g.proposed - g.current, g.current) : "0.00",
      emrCost: g.emrCost,
      fund: g.fund,
      patients: g.patients,
      capped: g.capped,
      assumption: g.assumption,
    };
  });
}

function perUnit(cost: number, volume: number): number {
  return volume > 0 ? cost / volume : 0;
}

function componentText(cost: number, volume: number): string {
  return volume > 0 ? ratioText(cost, volume, 6) : "0";
}
