import type { Language } from "@costplan/core";
import { functionMessage, type FunctionMessageCode, type Params } from "./messages.js";

/** Which Excel error a failed custom function shows. */
export type ExcelErrorKind = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!";

/**
 * A custom-function argument costplan cannot work with. Thrown inside the functions layer
 * only and turned into an Excel error value by {@link excelSafe}; it never reaches Excel.
 */
export class FunctionFailure extends Error {
  override readonly name = "FunctionFailure";
  readonly kind: ExcelErrorKind;
  readonly code: FunctionMessageCode;
  readonly params: Params;

  constructor(kind: ExcelErrorKind, code: FunctionMessageCode, params: Params) {
    super(functionMessage(code, "en", params));
    this.kind = kind;
    this.code = code;
    this.params = params;
  }

  /** The message in a language. */
  text(language: Language): string {
    return functionMessage(this.code, language, this.params);
  }
}
