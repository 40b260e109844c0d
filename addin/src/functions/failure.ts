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
