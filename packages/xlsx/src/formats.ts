/**
 * Number formats shared by the template and the results workbook, so that a figure reads
 * the same on every sheet: money in the currency's format, shares as percentages, years as
 * plain numbers, dates as dates.
 */

/** Minor-unit digits of the currencies costplan knows; others show two decimals. */
const MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ["VND", 0],
  ["JPY", 0],
  ["KRW", 0],
  ["LAK", 0],
  ["KHR", 0],
]);

/** Excel's literal form of a currency sign, quoted so that no locale reads it as a code. */
const SIGNS: ReadonlyMap<string, string> = new Map([
  ["VND", "₫"],
  ["USD", "$"],
  ["EUR", "€"],
]);

/**
 * The money format of a currency: `#,##0 "₫"` for VND (whole đồng), `#,##0.00 "$"` for
 * USD. Negative amounts show with a minus sign, zero as `0`.
 */
export function moneyFormat(currency: string): string {
  const digits = MINOR_DIGITS.get(currency) ?? 2;
  const sign = SIGNS.get(currency) ?? currency;
  const number = digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`;
  return `${number} "${sign}"`;
}

/** Shares and rates: 0.9 shows as 90%, 0.075 as 7.5%. */
export const PERCENT = "0.0%";
/** Whole counts (volumes, units). */
export const COUNT = "#,##0";
/** Years as plain numbers, never 2,025. */
export const YEAR = "0";
/** Dates as dates. */
export const DATE = "dd/mm/yyyy";
