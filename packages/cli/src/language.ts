import type { Language } from "@costplan/core";

/**
 * The language to write in: --lang, then COSTPLAN_LANG, then the model's own language,
 * then the system locale (LANG starting with "vi"), then English.
 */
export function chooseLanguage(flag: Language | undefined, modelLanguage?: string): Language {
  if (flag !== undefined) return flag;
  const env = process.env["COSTPLAN_LANG"];
  if (env === "vi" || env === "en") return env;
  if (modelLanguage === "vi" || modelLanguage === "en") return modelLanguage;
  return (process.env["LANG"] ?? "").toLowerCase().startsWith("vi") ? "vi" : "en";
}
