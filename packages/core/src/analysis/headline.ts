import type { Model } from "../model/schema.js";
import type { RunResult } from "../pipeline/run-model.js";

/** The key services a comparison shows the price of, in this order. */
export const KEY_SERVICES = ["examination", "internalMedicineBedDay", "icuBedDay", "test"] as const;
/** One of the key services. */
export type KeyService = (typeof KEY_SERVICES)[number];

/** A year's cost to recover and who pays for it. */
export interface HeadlineYear {
  /** EMR cost to recover through prices. */
  readonly recoverable: number;
  /** Revenue from the price increases. */
  readonly recovered: number;
  readonly fund: number;
  readonly patients: number;
}

/** A key service's proposed price in one hospital class (or at a facility with no class), in the price year. */
export interface KeyPrice {
  readonly service: KeyService;
  readonly code: string;
  /** The class, or the facility when it has none. */
  readonly label: string;
  readonly currentPrice: number;
  /** Volume-weighted mean over the class's facilities (one price on the class basis). */
  readonly proposedPrice: number;
  /** Σ EMR cost / Σ volume, as a decimal string (6 places). */
  readonly emrComponent: string;
}

/** The figures a comparison sets side by side, for one run. */
export interface Headline {
  readonly totalCost: number;
  /** The year whose prices the key prices are, and whose figures a one-year summary shows. */
  readonly priceYear: number;
  readonly byYear: Readonly<Record<string, HeadlineYear>>;
  readonly total: HeadlineYear;
  readonly keyPrices: readonly KeyPrice[];
  /** Facilities whose cumulative revenue from the increases covers their outlay within the pricing years. */
  readonly breakEven: {
    readonly count: number;
    readonly of: number;
    readonly facilities: readonly string[];
  };
}

/**
 * The service code of each key service in a model, chosen by category and bed type from the
 * first price list that has one: the first `examination`; the first `bed-day` whose bed type
 * reads internal medicine ("internal", "nội"); the first `bed-day` whose bed type reads intensive
 * care ("ICU", "intensive", "hồi sức"); the first `test`. A model without one has no entry for it.
 *
 * @example keyServiceCodes(bacNinh) // Map { "examination" => "KB", "internalMedicineBedDay" => "NG-NOI", "icuBedDay" => "NG-HSTC", "test" => "XN-TPT" }
 */
export function keyServiceCodes(model: Model): ReadonlyMap<KeyService, string> {
  const tests: Record<KeyService, (s: Model["serviceLists"][number]["services"][number]) => boolean> = {
    examination: (s) => s.category === "examination",
    internalMedicineBedDay: (s) => s.category === "bed-day" && /internal|nội/i.test(s.bedType ?? ""),
    icuBedDay: (s) => s.category === "bed-day" && /\bicu\b|intensive|hồi sức/i.test(s.bedType ?? ""),
    test: (s) => s.category === "test",
  };
  const codes = new Map<KeyService, string>();
  for (const key of KEY_SERVICES) {
    for (const list of model.serviceLists) {
      const found = list.services.find(tests[key]);
      if (found !== undefined) {
        codes.set(key, found.code);
        break;
      }
    }
  }
  return codes;
}

const emptyYear: HeadlineYear = {
  recoverable: 0,
  recovered: 0,
  fund: 0,
  patients: 0,
};

/**
 * The headline figures of one run: total cost, the EMR cost to recover and what prices recover,
 * the fund's and patients' share by year, the key services' proposed prices per class in the
 * price year, and the facilities that break even.
 */
export function headlineOf(result: RunResult, codes: ReadonlyMap<KeyService, string>): Headline {
  const byYear: Record<string, HeadlineYear> = {};
  let total = emptyYear;
  for (const [year, p] of Object.entries(result.payers.byYear)) {
    const y = {
      recoverable: p.recoverable,
      recovered: p.recovered,
      fund: p.fund,
      patients: p.patients,
    };
    byYear[year] = y;
    total = {
      recoverable: total.recoverable + y.recoverable,
      recovered: total.recovered + y.recovered,
      fund: total.fund + y.fund,
      patients: total.patients + y.patients,
    };
  }
  const keyPrices: KeyPrice[] = [];
  for (const service of KEY_SERVICES) {
    const code = codes.get(service);
    if (code === undefined) continue;
    for (const row of result.priceTable) {
      if (row.code !== code) continue;
      keyPrices.push({
        service,
        code,
        label: row.label,
        currentPrice: row.currentPrice.mean,
        proposedPrice: row.proposedPrice.mean,
        emrComponent: row.emrComponent.mean,
      });
    }
  }
  const facilities = Object.entries(result.payers.byFacility);
  const even = facilities.filter(([, f]) => f.breakEvenYear !== null).map(([id]) => id);
  return {
    totalCost: result.summary.totalCost,
    priceYear: result.pricing.priceYear,
    byYear,
    total,
    keyPrices,
    breakEven: { count: even.length, of: facilities.length, facilities: even },
  };
}
