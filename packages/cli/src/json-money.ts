import { minorUnits, toMajor, type CurrencyCode } from "@costplan/core";

/**
 * An amount of whole minor units, written for JSON in major units (đồng, dollars): a
 * number when the JSON text of that number is exactly the decimal (VND amounts always
 * are), otherwise a decimal string, so no reader sees a binary-float approximation.
 */
export function moneyJson(amount: number, currency: CurrencyCode): number | string {
  if (minorUnits(currency) === 0) return amount;
  const decimal = toMajor(amount, currency).toString();
  return String(Number(decimal)) === decimal ? Number(decimal) : decimal;
}

/** Applies {@link moneyJson} to every value of a record. */
export function moneyRecord(values: Readonly<Record<string, number>>, currency: CurrencyCode): Record<string, number | string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, moneyJson(v, currency)]));
}
