import { messages, type Language, type MessageCode, type MessageParams } from "../errors/catalogue.js";
import { Dec, dec, type DecimalInput } from "../internal/decimal.js";
import { minorUnits, type CurrencyCode } from "./currency.js";
import { decimalRounding, type RoundingMode } from "./rounding.js";

/**
 * An amount of money at rest: a whole number of the currency's minor unit
 * (đồng for VND, cents for USD), always a safe integer.
 */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/**
 * Thrown when an amount is not a whole, safe number of minor units. Like every costplan error it
 * carries a catalogue code, the parameters of its message and the message in both languages
 * (`message` is the English); it stays a RangeError for callers that catch those.
 */
export class MoneyRangeError extends RangeError {
  override readonly name = "MoneyRangeError";
  readonly code: MoneyRangeCode;
  readonly params: MessageParams;
  readonly messages: Readonly<Record<Language, string>>;

  /** @param amount - the number that is not a safe integer */
  constructor(amount: number) {
    const code: MoneyRangeCode = Number.isFinite(amount) ? "money-not-safe-integer" : "money-not-finite";
    // Stryker disable next-line ConditionalExpression: "money-not-finite" has no parameter to show, so an extra one is never written
    const params = code === "money-not-safe-integer" ? { received: String(amount) } : {};
    const text = messages(code, params);
    super(text.en);
    this.code = code;
    this.params = params;
    this.messages = text;
  }
}

/** The catalogue codes of {@link MoneyRangeError}. */
export type MoneyRangeCode = Extract<MessageCode, "money-not-safe-integer" | "money-not-finite">;

/**
 * Checks that a number is a whole, safe number of minor units and returns it.
 *
 * @throws MoneyRangeError (`money-not-safe-integer`) when it is fractional or beyond ±9,007,199,254,740,991,
 *   (`money-not-finite`) when it is NaN or infinite
 * @example assertMinor(1_000) // 1000
 */
export function assertMinor(amount: number): number {
  if (!Number.isSafeInteger(amount)) throw new MoneyRangeError(amount);
  return amount;
}

/**
 * Makes a Money value from a whole number of minor units.
 *
 * @throws MoneyRangeError when `amount` is not a safe integer
 * @example money(292_600_000_000, "VND") // { amount: 292600000000, currency: "VND" }
 */
export function money(amount: number, currency: CurrencyCode): Money {
  return { amount: assertMinor(amount), currency };
}

/**
 * Posts a decimal amount in minor units to a whole number of minor units by a named mode.
 * This is the one place where money is rounded to the minor unit.
 *
 * @param value - an amount in minor units, possibly fractional
 * @param mode - rounding mode, `half-up` (Excel ROUND) by default
 * @returns a safe integer
 * @throws MoneyRangeError when the result is beyond the safe range
 * @example postMinor("1234.5") // 1235
 */
// Stryker disable next-line StringLiteral: an unnamed mode is decimal.js's default, set to half-up (internal/decimal.ts)
export function postMinor(value: DecimalInput, mode: RoundingMode = "half-up"): number {
  const rounded = dec(value).toDecimalPlaces(0, decimalRounding(mode));
  return assertMinor(rounded.toNumber());
}

/**
 * Converts an amount in major units (dollars, đồng) to whole minor units by a named mode.
 *
 * @example toMinor("12.345", "USD") // 1235
 * @example toMinor(1500, "VND") // 1500
 */
// Stryker disable next-line StringLiteral: an unnamed mode is decimal.js's default, set to half-up (internal/decimal.ts)
export function toMinor(major: DecimalInput, currency: CurrencyCode, mode: RoundingMode = "half-up"): number {
  return postMinor(dec(major).mul(new Dec(10).pow(minorUnits(currency))), mode);
}

/**
 * Converts whole minor units to an exact decimal amount in major units.
 *
 * @example toMajor(1235, "USD").toString() // "12.35"
 */
export function toMajor(amount: number, currency: CurrencyCode): Dec {
  return dec(amount).div(new Dec(10).pow(minorUnits(currency)));
}
