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
 * number), so an Excel boundary can turn the error back into a cell error; `message` says in
 * plain English what was expected.
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
  /** The message in English and Vietnamese, for whichever the reader uses. */
  readonly messages: Readonly<Record<"en" | "vi", string>>;

  /**
   * @param code - The Excel error value.
   * @param functionName - The Excel function that failed.
   * @param detail - What was expected, in plain English; the message is prefixed with the function name.
   */
  constructor(code: FinancialErrorCode, functionName: FinancialFunctionName, detail: string) {
    super(`${functionName}: ${detail}`);
    this.code = code;
    this.functionName = functionName;
    this.messages = { en: this.message, vi: `${functionName}: ${vietnamese(detail)}` };
  }
}

/**
 * The Vietnamese of each kind of detail the financial functions write. Details are built
 * from a few sentence shapes (a named argument and a bound, the value found), so each
 * shape is translated once here, with the names and values carried over.
 */
const VIETNAMESE: readonly [RegExp, string][] = [
  [/^(\S+) must be greater than 0 and at most life \((.+)\), got (.+)$/, "$1 phải lớn hơn 0 và không quá thời gian sử dụng ($2), nhận được $3"],
  [/^(\S+) must be at most life \((.+)\), got (.+)$/, "$1 không được vượt quá thời gian sử dụng ($2), nhận được $3"],
  [/^(\S+) must be at most life \+ 1 \((.+)\) when month is below 12, got (.+)$/, "$1 không được vượt quá thời gian sử dụng + 1 ($2) khi month nhỏ hơn 12, nhận được $3"],
  [/^\(1 \+ rate\) \^ nper is 1 for rate (.+) and nper (.+), so no payment settles the amounts$/, "(1 + rate) ^ nper bằng 1 với rate $1 và nper $2, nên không khoản thanh toán nào cân bằng được các số tiền"],
  [/^rate must not be -1 when payments fall at the start of each period \(type 1\)$/, "rate không được bằng -1 khi thanh toán vào đầu mỗi kỳ (type 1)"],
  [/^expected at least one value after the rate$/, "cần ít nhất một giá trị sau lãi suất"],
  [/^(\S+) \((.+)\) must not be greater than (\S+) \((.+)\)$/, "$1 ($2) không được lớn hơn $3 ($4)"],
  [/^(\S+) must be greater than (-?\d+), got (.+)$/, "$1 phải lớn hơn $2, nhận được $3"],
  [/^(\S+) must not be negative, got (.+)$/, "$1 không được âm, nhận được $2"],
  [/^(\S+) must be between (\d+) and (\d+), got (.+)$/, "$1 phải từ $2 đến $3, nhận được $4"],
  [/^(.+) must be a finite number, got (.+)$/, "$1 phải là một số hữu hạn, nhận được $2"],
  [/^(.+) must be a number, got (.+)$/, "$1 phải là một số, nhận được $2"],
  [/^\(1 \+ rate\) \^ nper is not a real number for rate (.+) and nper (.+)$/, "(1 + rate) ^ nper không phải số thực với rate $1 và nper $2"],
  [/^the result is not a finite number for these arguments$/, "kết quả không phải số hữu hạn với các đối số này"],
  [/^values must include at least one positive and one negative cash flow$/, "các dòng tiền phải có ít nhất một giá trị dương và một giá trị âm"],
  [/^found no rate within (\d+) Newton steps from the guess (.+), nor between -99% and 1000%; try another guess$/, "không tìm được lãi suất sau $1 bước Newton từ giá trị đoán $2, cũng không có trong khoảng -99% đến 1000%; hãy thử giá trị đoán khác"],
  [/^rate must not be -1, which discounts every amount by 0$/, "rate không được bằng -1 (mọi khoản sẽ bị chiết khấu về 0)"],
  [/^(\S+) must not be 0$/, "$1 không được bằng 0"],
];

/** Vietnamese for a detail; the English as it is when no shape matches (a test keeps the list complete). */
export function vietnamese(detail: string): string {
  for (const [pattern, replacement] of VIETNAMESE) if (pattern.test(detail)) return detail.replace(pattern, replacement);
  return detail;
}

// The helpers below turn raw arguments into Decimals or errors. They are shared by the
// finance functions and deliberately not re-exported from the package.

/** @internal Throws a {@link FinancialFunctionError}. */
export function fail(code: FinancialErrorCode, fn: FinancialFunctionName, detail: string): never {
  throw new FinancialFunctionError(code, fn, detail);
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
    return fail("#VALUE!", fn, `${name} must be a number, got ${describe(value)}`);
  }
  if (!converted.isFinite()) fail("#VALUE!", fn, `${name} must be a finite number, got ${describe(value)}`);
  return converted;
}

/**
 * @internal An optional numeric argument. Excel custom functions pass `null` for an omitted
 * argument, and JavaScript default parameters only fire for `undefined`, so both mean "omitted".
 */
export function optionalNum(
  fn: FinancialFunctionName,
  name: string,
  value: DecimalInput | null | undefined,
  fallback: number,
): Dec {
  return value === null || value === undefined ? dec(fallback) : num(fn, name, value);
}

/** @internal An optional logical argument: Excel reads any non-zero number as TRUE. */
export function flag(
  fn: FinancialFunctionName,
  name: string,
  value: DecimalInput | boolean | null | undefined,
): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  return !num(fn, name, value).isZero();
}

/** @internal A result that overflowed or left the real numbers is Excel's #NUM!. */
export function finite(fn: FinancialFunctionName, value: Dec): Dec {
  if (!value.isFinite()) fail("#NUM!", fn, "the result is not a finite number for these arguments");
  // Decimal keeps the sign of zero; -0 would print as "0" but compare oddly in tests and JSON.
  return value.isZero() ? dec(0) : value;
}
