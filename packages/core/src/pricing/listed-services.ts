import { scaledTo, decimalParts, SAFE_PRODUCT } from "../money/integer.js";
import type { Facility, Service, ServiceList } from "../model/schema.js";

/** A facility's priced services as columns: the rows every price figure is computed over. */
export interface ListedServices {
  readonly list: ServiceList;
  readonly services: readonly Service[];
  /** Services a year at this facility: the given volume, or volume per bed x beds. */
  readonly volume: Float64Array;
  /**
   * Each service's current price and maximum price (NaN for none), as columns: the price loops
   * read them for every service and year, and a list's service records come in many shapes
   * (optional fields), which makes reading a field of each record slow.
   */
  readonly currentPrice: Float64Array;
  readonly maxPrice: Float64Array;
  /** Volume x relative weight, as whole numbers at one scale for the whole list (exact). */
  readonly costWeight: Float64Array;
  /** Whether every cost weight is a safe integer; if not, spreading falls back to decimals. */
  readonly weightsSafe: boolean;
  /** The operating centre of each service ("" when the facility has no cost centres). */
  readonly centre: readonly string[];
  /** Positions of the services of each centre, in list order. */
  readonly byCentre: ReadonlyMap<string, Int32Array>;
}

/**
 * The services of a facility's price list with their volumes and cost weights. The weights
 * are volume x relative weight scaled by one power of ten for the whole list, so that
 * largest-remainder spreading can run in integers: a common scale changes no share and no
 * tie-break.
 */
export function listedServices(facility: Facility, list: ServiceList): ListedServices {
  const services = list.services;
  const n = services.length;
  const volume = new Float64Array(n);
  const currentPrice = new Float64Array(n);
  const maxPrice = new Float64Array(n);
  const costWeight = new Float64Array(n);
  // Lists repeat a few weights (1, 1.5, 2.5...): read each one's decimals once.
  const placesOf = new Map<number, number>();
  let places = 0;
  for (const s of services) {
    let p = placesOf.get(s.weight);
    if (p === undefined) {
      p = decimalParts(s.weight).places;
      placesOf.set(s.weight, p);
    }
    places = Math.max(places, p);
  }
  const scaledWeight = new Map<number, number>();
  let weightsSafe = true;
  const withCentres = facility.costCentres !== undefined;
  const centre: string[] = [];
  const members = new Map<string, number[]>();
  services.forEach((s, i) => {
    const v = s.volume ?? Math.round((s.volumePerBed ?? 0) * (facility.beds ?? 0));
    volume[i] = v;
    currentPrice[i] = s.currentPrice;
    maxPrice[i] = s.maxPrice ?? Number.NaN;
    let unit = scaledWeight.get(s.weight);
    if (unit === undefined) {
      unit = scaledTo(s.weight, places);
      scaledWeight.set(s.weight, unit);
    }
    const w = v * unit;
    costWeight[i] = w;
    if (!(w < SAFE_PRODUCT)) weightsSafe = false;
    const c = withCentres ? s.centre! : "";
    centre.push(c);
    let group = members.get(c);
    if (group === undefined) {
      group = [];
      members.set(c, group);
    }
    group.push(i);
  });
  const byCentre = new Map<string, Int32Array>();
  for (const [c, group] of members) byCentre.set(c, Int32Array.from(group));
  return { list, services, volume, currentPrice, maxPrice, costWeight, weightsSafe, centre, byCentre };
}
