import { message, type Language, type MessageCode, type MessageParams } from "@costplan/core";

/** Which Excel error a failed custom function shows. */
export type ExcelErrorKind = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!";

/**
 * A custom-function argument costplan cannot work with. Thrown inside the functions layer
 * only and turned into an Excel error value by {@link excelSafe}; it never reaches Excel.
 */
export class FunctionFailure extends Error {
  override readonly name = "FunctionFailure";
  readonly kind: ExcelErrorKind;
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(kind: ExcelErrorKind, code: MessageCode, params: MessageParams) {
    super(message(code, "en", params));
    this.kind = kind;
    this.code = code;
    this.params = params;
  }

  /** The message in a language. */
  text(language: Language): string {
    return message(this.code, language, this.params);
  }
}

/** A code of what an out-of-range argument expects (the catalogue's "fn-expect-*" phrases). */
export type ExpectCode = Extract<MessageCode, `fn-expect-${string}`>;

/**
 * The failure of an argument outside its range: "fn-out-of-range" with the expectation named by a
 * catalogue code, so both languages come from the catalogue.
 * @example outOfRange("#NUM!", { arg: "rate", received: -2 }, "fn-expect-rate").text("en") // "rate: expected a rate greater than -1, got -2"
 */
export function outOfRange(kind: ExcelErrorKind, at: MessageParams, expect: ExpectCode, params: MessageParams = {}): FunctionFailure {
  return new FunctionFailure(kind, "fn-out-of-range", { ...params, ...at, expect });
}
