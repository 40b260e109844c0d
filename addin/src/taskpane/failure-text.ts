import { CostplanError, FinancialFunctionError, message, type Language } from "@costplan/core";

/**
 * What the pane says when an action fails: core's own message in the pane's language when it is
 * one of core's errors, else the failure (Office's or costplan's bug) quoted after a catalogue text.
 */
export function failureText(error: unknown, language: Language): string {
  if (error instanceof CostplanError || error instanceof FinancialFunctionError) return error.messages[language];
  return message("pane-failed", language, { detail: error instanceof Error ? error.message : String(error) });
}
