import type { Language } from "@costplan/core";

/**
 * The language of Office's user interface, when the add-in runs inside Office: Vietnamese
 * for any `vi-*` display language, English otherwise. Read at each call because Office sets
 * it after the runtime starts, and a test may stub it.
 */
export function officeLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const tag = office?.context?.displayLanguage;
  return typeof tag === "string" && tag.toLowerCase().startsWith("vi") ? "vi" : "en";
}
