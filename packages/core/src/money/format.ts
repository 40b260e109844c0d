import type { Language } from "../errors/catalogue.js";
import { dec, type DecimalInput } from "../internal/decimal.js";
import { minorUnits, type CurrencyCode } from "./currency.js";
import { toMajor } from "./money.js";

/** How an amount is written: every digit, or scaled to thousands/millions/billions. */
export interface FormatOptions {
  /** Scale to a word (`292,6 tỷ đồng`, `VND 292.6 billion`); every digit when false (default). */
  readonly compact?: boolean;
  /** Decimal places kept in compact form (default 1; trailing zeros are dropped). */
  readonly digits?: number;
}

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

const SCALES: readonly { exponent: number; vi: string; en: string }[] = [
  { exponent: 12, vi: "nghìn tỷ", en: "trillion" },
  { exponent: 9, vi: "tỷ", en: "billion" },
  { exponent: 6, vi: "triệu", en: "million" },
  { exponent: 3, vi: "nghìn", en: "thousand" },
];

/**
 * Writes a decimal number with the language's group and decimal separators.
 * Rounding is half away from zero to `places` decimals; values are never shown in
 * exponent notation.
 *
 * @example formatNumber("1234567.891", "vi", 2) // "1.234.567,89"
 * @example formatNumber(1234567, "en") // "1,234,567"
 */
export function formatNumber(value: DecimalInput, language: Language, places = 0): string {
  const fixed = dec(value).toFixed(places);
  const negative = fixed.startsWith("-");
  // Stryker disable next-line StringLiteral: toFixed always writes a whole part; the default only satisfies the type
  const [whole = "0", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const { group, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const isZero = /^[0.]*$/.test(fixed.replace("-", ""));
  return `${negative && !isZero ? "-" : ""}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
}

/**
 * Writes an amount of money (whole minor units) for people.
 *
 * - `vi`: `1.234.567 ₫`, compact `292,6 tỷ đồng`; other currencies `1.234,56 USD`.
 * - `en`: `VND 1,234,567`, compact `VND 292.6 billion`.
 *
 * @param amount - whole minor units
 * @param currency - the amount's currency
 * @param language - `vi` or `en`
 * @param options - compact form and its decimal places
 * @example formatMoney(1_234_567, "VND", "vi") // "1.234.567 ₫"
 * @example formatMoney(292_600_000_000, "VND", "vi", { compact: true }) // "292,6 tỷ đồng"
 * @example formatMoney(292_600_000_000, "VND", "en", { compact: true }) // "VND 292.6 billion"
 */
export function formatMoney(amount: number, currency: CurrencyCode, language: Language, options: FormatOptions = {}): string {
  const major = toMajor(amount, currency);
  if (options.compact === true) {
    const scale = SCALES.find((sc) => major.abs().gte(dec(10).pow(sc.exponent)));
    if (scale !== undefined) {
      const scaled = major.div(dec(10).pow(scale.exponent));
      const text = trimZeros(formatNumber(scaled, language, options.digits ?? 1), language);
      return language === "vi" ? `${text} ${scale.vi} ${viCurrencyWord(currency)}` : `${currency} ${text} ${scale.en}`;
    }
  }
  const text = formatNumber(major, language, minorUnits(currency));
  if (language === "en") return `${currency} ${text}`;
  return options.compact === true ? `${text} ${viCurrencyWord(currency)}` : `${text} ${currency === "VND" ? "₫" : currency}`;
}

function viCurrencyWord(currency: CurrencyCode): string {
  return currency === "VND" ? "đồng" : currency;
}

function trimZeros(text: string, language: Language): string {
  const decimal = SEPARATORS[language].decimal;
  if (!text.includes(decimal)) return text;
  return text.replace(/0+$/, "").replace(new RegExp(`\\${decimal}$`), "");
}
