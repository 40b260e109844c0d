import { Dec } from "../internal/decimal.js";
import { percentText, ratioText } from "../money/integer.js";
import type { Service } from "../model/schema.js";
import type { FacilityPrices } from "./facility-prices.js";

/** One service's price in one year. */
export interface ServiceYear {
  /** EMR cost this service carries in the year: its share of its centre's cost, by volume x weight. */
  readonly emrCost: number;
  /** Of which capital (depreciation or equivalent annual cost) and running costs. */
  readonly emrCapital: number;
  readonly emrRunning: number;
  /** EMR component of one unit, emrCost / volume (on the class basis the class pool's cost / volume), as a decimal string (exact to 6 places). */
  readonly emrComponent: string;
  /** Current price + EMR component, rounded to the price step, capped at the maximum. */
  readonly proposedPrice: number;
  readonly increase: number;
  /** What the price step's rounding adds over the year: (rounded - current) x volume - emrCost, before any cap. */
  readonly roundingDifference: number;
  /** EMR cost left unrecovered because the price was capped, over the year. */
  readonly unrecovered: number;
  readonly capped: boolean;
  /** The year's increase x volume, and its split between the insurance fund and patients. */
  readonly totalIncrease: number;
  readonly fund: number;
  readonly patients: number;
}

/** A service at one facility, with its price in every pricing year. */
export interface ServicePrice {
  readonly facility: string;
  readonly class: string | undefined;
  readonly list: string;
  readonly code: string;
  readonly name: string;
  readonly category: Service["category"];
  readonly bedType: string | undefined;
  readonly centre: string | undefined;
  readonly volume: number;
  readonly weight: number;
  readonly currentPrice: number;
  readonly maxPrice: number | undefined;
  readonly insuredShare: number;
  readonly coverage: number;
  readonly costElements: Service["costElements"];
  readonly assumption: boolean;
  readonly byYear: Readonly<Record<string, ServiceYear>>;
}

/** Cost elements of one unit in the structure of Law 15/2023/QH15 Art. 110, as decimal strings. */
export interface PriceStructure {
  readonly personnel: string;
  readonly direct: string;
  readonly depreciation: string;
  readonly generalAdministrative: string;
  readonly accumulation: string;
}

/** One service's price proposal in the price year (the table's year), with every year beside it. */
export interface PriceEntry extends Omit<ServicePrice, "byYear" | "costElements"> {
  readonly year: number;
  readonly emrComponent: string;
  readonly proposedPrice: number;
  readonly increase: number;
  /** Increase over the current price, in per cent, as a decimal string with 2 places. */
  readonly increasePct: string;
  readonly fundImpact: number;
  readonly patientImpact: number;
  readonly capped: boolean;
  readonly unrecovered: number;
  /**
   * The EMR component in the price split into Art. 110 elements: capital costs are depreciation, running costs are general & administrative (IT); on
   * the class basis, the class pool's.
   */
  readonly structure: {
    readonly current: PriceStructure | undefined;
    readonly emr: { readonly depreciation: string; readonly generalAdministrative: string };
    readonly proposed: PriceStructure | undefined;
  };
  readonly byYear: Readonly<Record<string, ServiceYear>>;
}

/** One service's year as a record, read from the facility's columns. */
export function serviceYear(f: FacilityPrices, i: number, t: number): ServiceYear {
  const row = i * f.years.length + t;
  const volume = f.listed.volume[i]!;
  const emrCapital = f.cost.emrCapital[row]!;
  const emrRunning = f.cost.emrRunning[row]!;
  const emrCost = emrCapital + emrRunning;
  const proposedPrice = f.prices.proposed[row]!;
  const increase = proposedPrice - f.listed.services[i]!.currentPrice;
  return {
    emrCost,
    emrCapital,
    emrRunning,
    emrComponent: componentOf(f, i, row, emrCost, volume),
    proposedPrice,
    increase,
    roundingDifference: f.prices.roundingDifference[row]!,
    unrecovered: f.prices.unrecovered[row]!,
    capped: f.prices.capped[row] === 1,
    totalIncrease: increase * volume + 0,
    fund: f.payers.fund[row]!,
    patients: f.payers.patients[row]!,
  };
}

/** The per-unit component a price was built from: the facility's own, or its class pool's. */
function componentOf(f: FacilityPrices, i: number, row: number, emrCost: number, volume: number): string {
  const pool = f.prices.pool;
  const cost = pool === undefined ? emrCost : pool.cost[row]!;
  const base = pool === undefined ? volume : pool.volume[i]!;
  return base > 0 ? ratioText(cost, base, 6) : "0";
}

/**
 * The EMR component of one unit split into Art. 110 elements: capital costs are depreciation,
 * running costs general & administrative (IT). It is the component the price was built from:
 * the facility's own cost over its volume, or on the class basis its class pool's cost over the
 * pool's volume (the facility's own share would not be in its price).
 */
function emrStructure(f: FacilityPrices, i: number, t: number, y: ServiceYear): { depreciation: string; generalAdministrative: string } {
  const pool = f.prices.pool;
  const row = i * f.years.length + t;
  const capital = pool === undefined ? y.emrCapital : pool.capital[row]!;
  const running = pool === undefined ? y.emrRunning : pool.cost[row]! - pool.capital[row]!;
  const volume = pool === undefined ? f.listed.volume[i]! : pool.volume[i]!;
  const perUnit = (amount: number): string => (volume > 0 ? ratioText(amount, volume, 6) : "0");
  return { depreciation: perUnit(capital), generalAdministrative: perUnit(running) };
}

/**
 * The price entries of a facility's services for the price table's year, each with every
 * pricing year beside it: the per-service detail of a run, built from the columns only when
 * it is asked for.
 */
export function priceEntries(f: FacilityPrices, priceYear: number): PriceEntry[] {
  const { facility, listed, years } = f;
  return listed.services.map((service, i) => {
    const byYear: Record<string, ServiceYear> = {};
    years.forEach((year, t) => (byYear[String(year)] = serviceYear(f, i, t)));
    const y = byYear[String(priceYear)]!;
    const volume = listed.volume[i]!;
    const emr = emrStructure(f, i, years.indexOf(priceYear), y);
    const e = service.costElements;
    const current: PriceStructure | undefined =
      e === undefined
        ? undefined
        : {
            personnel: String(e.personnel),
            direct: String(e.direct),
            depreciation: String(e.depreciation),
            generalAdministrative: String(e.generalAdministrative),
            accumulation: String(e.accumulation),
          };
    const proposed: PriceStructure | undefined =
      current === undefined
        ? undefined
        : {
            ...current,
            depreciation: new Dec(current.depreciation).plus(emr.depreciation).toString(),
            generalAdministrative: new Dec(current.generalAdministrative).plus(emr.generalAdministrative).toString(),
          };
    const centre = listed.centre[i]!;
    return {
      facility: facility.id,
      class: facility.class,
      list: listed.list.id,
      code: service.code,
      name: service.name,
      category: service.category,
      bedType: service.bedType,
      centre: centre === "" ? undefined : centre,
      volume,
      weight: service.weight,
      currentPrice: service.currentPrice,
      maxPrice: service.maxPrice,
      insuredShare: service.insuredShare ?? listed.list.insuredShare,
      coverage: service.coverage ?? listed.list.coverage,
      assumption: service.assumption !== undefined || listed.list.assumption !== undefined || facility.assumption !== undefined,
      year: priceYear,
      emrComponent: y.emrComponent,
      proposedPrice: y.proposedPrice,
      increase: y.increase,
      increasePct: service.currentPrice > 0 ? percentText(y.increase, service.currentPrice) : "0.00",
      fundImpact: y.fund,
      patientImpact: y.patients,
      capped: y.capped,
      unrecovered: y.unrecovered,
      structure: { current, emr, proposed },
      byYear,
    };
  });
}
