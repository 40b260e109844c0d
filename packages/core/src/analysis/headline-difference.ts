import { Dec } from "../internal/decimal.js";
import type { Headline, HeadlineYear, KeyService } from "./headline.js";

/** A key service's price in one class, less the base's. */
export interface KeyPriceDifference {
  readonly service: KeyService;
  readonly code: string;
  readonly label: string;
  readonly proposedPrice: number;
  /** Exact difference of the two components, 6 places. */
  readonly emrComponent: string;
}

/** A headline less the base's: every figure as this run minus the base run. */
export interface HeadlineDifference {
  readonly totalCost: number;
  /** Over the years of both runs (a year one of them does not price counts as 0 there). */
  readonly byYear: Readonly<Record<string, HeadlineYear>>;
  readonly total: HeadlineYear;
  /** The key prices both runs have (same service, code and class). */
  readonly keyPrices: readonly KeyPriceDifference[];
  /** Facilities breaking even, less the base's count. */
  readonly breakEven: number;
}

const none: HeadlineYear = {
  recoverable: 0,
  recovered: 0,
  fund: 0,
  patients: 0,
};
const minus = (a: HeadlineYear, b: HeadlineYear): HeadlineYear => ({
  recoverable: a.recoverable - b.recoverable,
  recovered: a.recovered - b.recovered,
  fund: a.fund - b.fund,
  patients: a.patients - b.patients,
});

/**
 * Each figure of a headline less the base's. Amounts are whole minor units, so the
 * differences are exact; components are decimal strings, subtracted in decimal.
 */
export function headlineDifference(run: Headline, base: Headline): HeadlineDifference {
  const years = [...new Set([...Object.keys(base.byYear), ...Object.keys(run.byYear)])].sort();
  const byYear: Record<string, HeadlineYear> = {};
  for (const year of years) byYear[year] = minus(run.byYear[year] ?? none, base.byYear[year] ?? none);
  const baseKey = new Map(base.keyPrices.map((k) => [`${k.service}\u0000${k.code}\u0000${k.label}`, k]));
  const keyPrices = run.keyPrices.flatMap((k): KeyPriceDifference[] => {
    const b = baseKey.get(`${k.service}\u0000${k.code}\u0000${k.label}`);
    if (b === undefined) return [];
    return [
      {
        service: k.service,
        code: k.code,
        label: k.label,
        proposedPrice: k.proposedPrice - b.proposedPrice,
        emrComponent: new Dec(k.emrComponent).minus(b.emrComponent).toFixed(6),
      },
    ];
  });
  return {
    totalCost: run.totalCost - base.totalCost,
    byYear,
    total: minus(run.total, base.total),
    keyPrices,
    breakEven: run.breakEven.count - base.breakEven.count,
  };
}
