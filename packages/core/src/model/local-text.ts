import type { Language } from "../errors/catalogue.js";

/**
 * A text a person reads (an assumption's reason, a source's citation, a scenario's reason):
 * one string for a one-language model, or the text in English and Vietnamese. A model
 * written before texts had two languages stays valid as it is.
 */
export type LocalText = string | { readonly en?: string | undefined; readonly vi?: string | undefined };

/**
 * The text to show in a language: the text in that language, else the text in the other
 * (a model may give only one), else the plain string.
 *
 * @param text - a provenance text from a model, or undefined when the model gives none
 * @param lang - the language of the report, workbook or pane that shows it
 * @returns the text to show, or undefined when there is none
 * @example textIn({ en: "an assumption", vi: "một giả định" }, "vi") // "một giả định"
 * @example textIn({ en: "only English" }, "vi") // "only English"
 * @example textIn("one language", "en") // "one language"
 */
export function textIn(text: LocalText, lang: Language): string;
export function textIn(text: LocalText | undefined, lang: Language): string | undefined;
export function textIn(text: LocalText | undefined, lang: Language): string | undefined {
  if (text === undefined || typeof text === "string") return text;
  return text[lang] ?? text[lang === "vi" ? "en" : "vi"];
}
