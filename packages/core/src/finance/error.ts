import { messages, type Language, type MessageCode, type MessageParams } from "../errors/catalogue.js";
import { dec } from "../internal/decimal.js";
import type { Dec, DecimalInput } from "../internal/decimal.js";

/** The Excel error value a financial function would show in a cell. */
export type FinancialErrorCode = "#NUM!" | "#DIV/0!" | "#VALUE!";

/** The Excel names of the financial functions, as they appear in error messages. */
export type FinancialFunctionName = "SLN" | "SYD" | "DB" | "DDB" | "VDB" | "PMT" | "PV" | "FV" | "NPV" | "IRR";

/**
 * Thrown when a financial function gets arguments Excel would answer with an error value.
 *
 * `code` is the error value Excel shows (`#NUM!` for an argument out of range or a rate that
 * does not converge, `#DIV/0!` for a division by zero, `#VALUE!` for something that is not a
 * number), so an Excel boundary can turn the error back into a cell error; `messages` says in
 * English and Vietnamese what was expected (a catalogue message, `messageCode`), and `message`
 * is its English.
 *
 * @example
 * try {
 *   db(10000, 1000, -1, 1);
 * } catch (error) {
 *   if (error instanceof FinancialFunctionError) {
 *     error.code; // "#NUM!"
 *     error.functionName; // "DB"
 *     error.message; // "DB: life must be greater than 0, got -1"
 *   }
 * }
 */
export class FinancialFunctionError extends Error {
  override readonly name = "FinancialFunctionError";
  /** The Excel error value. */
  readonly code: FinancialErrorCode;
  /** The Excel function that failed. */
  readonly functionName: FinancialFunctionName;
  /** The catalogue code of the message. */
  readonly messageCode: MessageCode;
  /** The parameters of the message, with the function's name as `fn`. */
  readonly params: MessageParams;
  /** The message in English and Vietnamese, for whichever the reader uses. */
  readonly messages: Readonly<Record<Language, string>>;

  /**
   * @param code - The Excel error value.
   * @param functionName - The Excel function that failed.
   * @param messageCode - The catalogue message saying what was expected (it starts with the function's name).
   * @param params - The message's parameters: argument names and the values found.
   */
  constructor(code: FinancialErrorCode, functionName: FinancialFunctionName, messageCode: MessageCode, params: MessageParams = {}) {
    const full = { ...params, fn: functionName };
    const text = messages(messageCode, full);
    super(text.en);
    this.code = code;
    this.functionName = functionName;
    this.messageCode = messageCode;
    this.params = full;
    this.messages = text;
  }
}

// The helpers below turn raw arguments into Decimals or errors. They are shared by the
// finance functions and deliberately not re-exported from the package.

/** @internal Throws a {@link FinancialFunctionError}. */
export function fail(code: FinancialErrorCode, fn: FinancialFunctionName, messageCode: MessageCode, params: MessageParams = {}): never {
  throw new FinancialFunctionError(code, fn, messageCode, params);
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** @internal A required numeric argument; anything that is not a finite number is Excel's #VALUE!. */
export function num(fn: FinancialFunctionName, name: string, value: DecimalInput): Dec {
  let converted: Dec;
  try {
    converted = dec(value);
  } catch {
    return fail("#VALUE!", fn, "finance-not-number", { name, value: describe(value) });
  }
  if (!converted.isFinite()) fail("#VALUE!", fn, "finance-not-finite", { name, value: describe(value) });
  return converted;
}

/**
 * @internal An optional numeric argument. Excel custom functions pass `null` for an omitted
 * argument, and JavaScript default parameters only fire for `undefined`, so both mean "omitted".
 */
export function optionalNum(fn: FinancialFunctionName, name: string, value: DecimalInput | null | undefined, fallback: number): Dec {
  return value === null || value === undefined ? dec(fallback) : num(fn, name, value);
}

/** @internal An optional logical argument: Excel reads any non-zero number as TRUE. */
export function flag(fn: FinancialFunctionName, name: string, value: DecimalInput | boolean | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  return !num(fn, name, value).isZero();
}

/** @internal A result that overflowed or left the real numbers is Excel's #NUM!. */
export function finite(fn: FinancialFunctionName, value: Dec): Dec {
  if (!value.isFinite()) fail("#NUM!", fn, "finance-result-not-finite");
  // Decimal keeps the sign of zero; -0 would print as "0" but compare oddly in tests and JSON.
  return value.isZero() ? dec(0) : value;
}
