import { formatMoney, formatNumber, minorUnits, toMajor, type CurrencyCode, type Language } from "@costplan/core";

/** How the report writes numbers in one language and currency. */
export interface ReportFormat {
  /** Exact amount: `1.234.567 ₫` / `VND 1,234,567`. */
  readonly money: (minor: number) => string;
  /** Exact amount without the currency, for table cells under a heading that names it: `1.234.567`. */
  readonly amount: (minor: number) => string;
  /** Rounded for a heading or a chart: `292,6 tỷ đồng` / `VND 292.6 billion`. */
  readonly compact: (minor: number) => string;
  /** A count or a plain number with the given decimals. */
  readonly number: (value: number | string, places?: number) => string;
  /** A ratio as a percentage: 0.125 -> `12,5 %` / `12.5 %`. */
  readonly percent: (ratio: number, places?: number) => string;
}

/**
 * The report's number formats, all from core's formatMoney and formatNumber (the same the
 * terminal report uses), so a figure reads the same in every view.
 */
export function reportFormat(currency: CurrencyCode, lang: Language): ReportFormat {
  return {
    money: (minor) => formatMoney(minor, currency, lang),
    amount: (minor) => formatNumber(toMajor(minor, currency), lang, minorUnits(currency)),
    compact: (minor) => formatMoney(minor, currency, lang, { compact: true }),
    number: (value, places = 0) => formatNumber(value, lang, places),
    percent: (ratio, places = 1) => `${formatNumber(ratio * 100, lang, places)} %`,
  };
}
