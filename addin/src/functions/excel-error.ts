import type { ExcelErrorKind } from "./failure.js";

const CODES = { "#VALUE!": "invalidValue", "#N/A": "notAvailable", "#NUM!": "invalidNumber", "#DIV/0!": "divisionByZero" } as const satisfies Record<
  ExcelErrorKind,
  keyof typeof CustomFunctions.ErrorCode
>;

/**
 * Makes the error value Excel shows in the cell. Excel displays a custom message only for
 * #VALUE! and #N/A, so the others carry none. `CustomFunctions` is the global the
 * custom-functions runtime provides (a test stubs it).
 */
export function excelError(kind: ExcelErrorKind, message: string): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[CODES[kind]];
  return kind === "#VALUE!" || kind === "#N/A" ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}
