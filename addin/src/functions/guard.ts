import { CostplanError, FinancialFunctionError, message, MoneyRangeError } from "@costplan/core";
import { officeLanguage } from "../language.js";
import { excelError } from "./excel-error.js";
import { FunctionFailure } from "./failure.js";

/**
 * Runs a custom function's body and turns any failure into an Excel error value, so Excel
 * never sees a thrown exception (a throw shows as a bare #VALUE! with no reason, and in
 * some hosts stops the batch). Argument problems and core's own errors keep their message,
 * in the user's language.
 */
export function excelSafe<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return toExcelError(error);
  }
}

/** The Excel error value for whatever a custom function's body threw. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const language = officeLanguage();
  if (error instanceof FunctionFailure) return excelError(error.kind, error.text(language));
  if (error instanceof CostplanError) return excelError("#VALUE!", error.messages[language]);
  if (error instanceof FinancialFunctionError)
    return excelError(error.code === "#DIV/0!" ? "#DIV/0!" : error.code === "#NUM!" ? "#NUM!" : "#VALUE!", error.messages[language]);
  if (error instanceof MoneyRangeError) return excelError("#NUM!", message("amount-beyond-exact-range", language, { detail: error.messages[language] }));
  return excelError("#VALUE!", message("fn-unexpected", language, { detail: error instanceof Error ? error.message : String(error) }));
}

/**
 * {@link excelSafe} for functions that spill: a failure is a one-cell result holding the
 * error, because functions.json declares the result a matrix and Excel expects rows of cells.
 */
export function excelSafeSpill<T>(body: () => T[][]): (T | CustomFunctions.Error)[][] {
  try {
    return body();
  } catch (error) {
    return [[toExcelError(error)]];
  }
}
