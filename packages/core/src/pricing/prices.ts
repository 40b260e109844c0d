import { allocateCosts } from "../allocation/allocate-costs.js";
import { centreOrder } from "../budget/centre-order.js";
import type { ItemFlows } from "../budget/item-flows.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import type { CurrencyCode } from "../money/currency.js";
import { roundToStep } from "../money/rounding.js";
import type { Facility, Model, Service, ServiceList } from "../model/schema.js";
import { recoverableCost } from "./recoverable.js";

/** One service's price in one year. */
export interface ServiceYear {
  /** EMR cost this service carries in the year: its share of its centre's cost, by volume x weight. */
  readonly emrCost: number;
  /** Of which capital (depreciation or equivalent annual cost) and running costs. */
  readonly emrCapital: number;
  readonly emrRunning: number;
  /** EMR component of one unit, emrCost / volume, as a decimal string (exact to 6 places). */
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

/** A facility's EMR cost and its recovery through prices, in one year. */
export interface FacilityPriceYear {
  /** EMR cost to recover through prices (after exclusions, savings offset and phase-in). */
  readonly recoverable: number;
  /** Of it, what services carry: Σ emrCost = Σ EMR component x volume, exactly. */
  readonly assigned: number;
  /** Cost reaching operating centres that offer no priced service: not recovered through prices. */
  readonly unassigned: number;
  readonly roundingDifference: number;
  readonly unrecoveredByCap: number;
  /** Revenue from the price increases: Σ increase x volume = assigned + rounding - unrecovered by caps. */
  readonly recovered: number;
  readonly fund: number;
  readonly patients: number;
  readonly excludedStateBudget: number;
  readonly savingsOffset: number;
  /** What the facility paid for the recoverable items (less savings when they offset cost). */
  readonly outlay: number;
}

/** The recovery of one facility's EMR cost through prices. */
export interface FacilityPrices {
  readonly facility: string;
  readonly services: readonly ServicePrice[];
  readonly byYear: Readonly<Record<string, FacilityPriceYear>>;
  /** First year in which the cumulative revenue from the increases reaches the cumulative outlay; null if never within the pricing years. */
  readonly breakEvenYear: number | null;
  readonly totalOutlay: number;
  readonly totalRecovered: number;
}

/** The price list that applies to a facility: its own, else its hospital class's. */
export function listFor(model: Model, facility: Facility): ServiceList | undefined {
  return model.serviceLists.find((l) => l.facility === facility.id) ?? model.serviceLists.find((l) => l.facility === undefined && l.class !== undefined && l.class === facility.class);
}

/**
 * Prices one facility's services, every pricing year: its recoverable EMR cost goes
 * through its cost centres (capital and running costs separately, so the price structure
 * can show both) to its operating centres, then to each centre's services in proportion
 * to volume x relative weight. The EMR component is that cost over the volume; the
 * proposed price is the current price plus the component, rounded to the price step by
 * the chosen rule and capped at the regulatory maximum. The increase x volume is split
 * between the insurance fund (insured share x coverage) and patients by largest remainder.
 */
export function priceFacility(model: Model, facility: Facility, flows: readonly ItemFlows[], years: readonly number[]): FacilityPrices | undefined {
  const list = listFor(model, facility);
  if (list === undefined) return undefined;
  const options = model.pricing;
  const currency = model.programme.currency as CurrencyCode;
  const recoverable = recoverableCost(model, facility, flows, years);
  const services = list.services.map((s) => ({
    service: s,
    volume: s.volume ?? Math.round((s.volumePerBed ?? 0) * (facility.beds ?? 0)),
    centre: facility.costCentres === undefined ? "" : s.centre!,
  }));
  const cc = facility.costCentres;
  const order = cc === undefined ? undefined : centreOrder(cc);

  const perService = services.map((): Record<string, ServiceYear> => ({}));
  const facilityYears: Record<string, FacilityPriceYear> = {};
  years.forEach((year, t) => {
    // Cost reaching each operating centre, capital and running apart (allocation is linear).
    const reach = (kind: "capital" | "running"): Map<string, number> => {
      if (cc === undefined) return new Map([["", recoverable.atCentre.get("")![kind][t]!]]);
      const result = allocateCosts({
        method: cc.method,
        currency,
        centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind, cost: recoverable.atCentre.get(c.id)![kind][t]! })),
        usage: cc.usage,
        order,
      });
      return new Map(Object.entries(result.final));
    };
    const capital = reach("capital");
    const running = reach("running");
    let unassigned = 0;
    const carried = services.map(() => ({ capital: 0, running: 0 }));
    for (const centre of capital.keys()) {
      const members = services.flatMap((s, i) => (s.centre === centre ? [i] : []));
      const weights = members.map((i) => new Dec(services[i]!.volume).mul(services[i]!.service.weight));
      const hasWeight = weights.some((w) => w.gt(0));
      for (const kind of ["capital", "running"] as const) {
        const amountAtCentre = (kind === "capital" ? capital : running).get(centre)!;
        if (!hasWeight) {
          unassigned += amountAtCentre;
          continue;
        }
        allocate(amountAtCentre, weights).forEach((part, k) => (carried[members[k]!]![kind] = part));
      }
    }

    let assigned = 0;
    let rounding = 0;
    let unrecoveredByCap = 0;
    let recovered = 0;
    let fund = 0;
    let patients = 0;
    services.forEach(({ service, volume }, i) => {
      const insuredShare = service.insuredShare ?? list.insuredShare;
      const coverage = service.coverage ?? list.coverage;
      const emrCost = carried[i]!.capital + carried[i]!.running;
      const component: DecValue = volume > 0 ? new Dec(emrCost).div(volume) : new Dec(0);
      const rounded = volume > 0 ? roundToStep(new Dec(service.currentPrice).plus(component), options.priceStep, options.rounding).toNumber() : service.currentPrice;
      const capped = options.capAtMaximum && service.maxPrice !== undefined && rounded > service.maxPrice;
      const proposed = capped ? service.maxPrice! : rounded;
      const increase = proposed - service.currentPrice;
      // `+ 0` turns the -0 of a negative increase times a zero volume into 0.
      const roundingDifference = (rounded - service.currentPrice) * volume - emrCost + 0;
      const unrecovered = (rounded - proposed) * volume + 0;
      const totalIncrease = increase * volume + 0;
      const fundShare = new Dec(insuredShare).mul(coverage);
      const [toFund, toPatients] = allocate(totalIncrease, [fundShare, new Dec(1).minus(fundShare)]) as [number, number];
      perService[i]![String(year)] = {
        emrCost,
        emrCapital: carried[i]!.capital,
        emrRunning: carried[i]!.running,
        emrComponent: component.toDecimalPlaces(6).toString(),
        proposedPrice: proposed,
        increase,
        roundingDifference,
        unrecovered,
        capped,
        totalIncrease,
        fund: toFund,
        patients: toPatients,
      };
      assigned += emrCost;
      rounding += roundingDifference;
      unrecoveredByCap += unrecovered;
      recovered += totalIncrease;
      fund += toFund;
      patients += toPatients;
    });
    facilityYears[String(year)] = {
      recoverable: recoverable.total[t]!,
      assigned,
      unassigned,
      roundingDifference: rounding,
      unrecoveredByCap,
      recovered,
      fund,
      patients,
      excludedStateBudget: recoverable.excludedStateBudget[t]!,
      savingsOffset: recoverable.savingsOffset[t]!,
      outlay: recoverable.outlay[t]!,
    };
  });

  let cumulativeOutlay = 0;
  let cumulativeRecovered = 0;
  let breakEvenYear: number | null = null;
  for (const year of years) {
    cumulativeOutlay += facilityYears[String(year)]!.outlay;
    cumulativeRecovered += facilityYears[String(year)]!.recovered;
    if (breakEvenYear === null && cumulativeOutlay > 0 && cumulativeRecovered >= cumulativeOutlay) breakEvenYear = year;
  }
  return {
    facility: facility.id,
    services: services.map(({ service, volume, centre }, i) => ({
      facility: facility.id,
      class: facility.class,
      list: list.id,
      code: service.code,
      name: service.name,
      category: service.category,
      bedType: service.bedType,
      centre: centre === "" ? undefined : centre,
      volume,
      weight: service.weight,
      currentPrice: service.currentPrice,
      maxPrice: service.maxPrice,
      insuredShare: service.insuredShare ?? list.insuredShare,
      coverage: service.coverage ?? list.coverage,
      costElements: service.costElements,
      assumption: service.assumption !== undefined || list.assumption !== undefined || facility.assumption !== undefined,
      byYear: perService[i]!,
    })),
    byYear: facilityYears,
    breakEvenYear,
    totalOutlay: cumulativeOutlay,
    totalRecovered: cumulativeRecovered,
  };
}
