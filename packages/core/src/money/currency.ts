/**
 * ISO 4217 minor units of the currencies costplan knows.
 *
 * Data, not logic: a fixed table keeps results identical on every machine, where
 * `Intl` would follow whatever CLDR version the runtime ships.
 */
const MINOR_UNITS = {
  VND: 0,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  CNY: 2,
  THB: 2,
  LAK: 2,
  KHR: 2,
  SGD: 2,
  AUD: 2,
  CAD: 2,
  CHF: 2,
  INR: 2,
  IDR: 2,
  KES: 2,
  MYR: 2,
  PHP: 2,
} as const;

/** An ISO 4217 currency code costplan supports. */
export type CurrencyCode = keyof typeof MINOR_UNITS;

/** The supported currency codes, in a stable order. */
export const CURRENCY_CODES: readonly CurrencyCode[] = Object.keys(MINOR_UNITS) as CurrencyCode[];

/**
 * Tells whether a string is a supported ISO 4217 code.
 *
 * @example isCurrencyCode("VND") // true
 */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(MINOR_UNITS, code);
}

/**
 * Number of decimal places of the currency's minor unit (VND 0, USD 2).
 *
 * @example minorUnits("USD") // 2
 */
export function minorUnits(currency: CurrencyCode): number {
  return MINOR_UNITS[currency];
}
