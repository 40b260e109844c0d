import * as z from "zod";
import type { Language } from "../errors/catalogue.js";

/**
 * A text shown to a reader: one string (a one-language model), or the same text in English
 * and Vietnamese, so that a report in either language reads it in its own.
 */
export type LocalisedText = string | { readonly en: string; readonly vi: string };

const text = z.string({ error: "expect:text" }).trim().min(1, { error: "expect:text" });

/** The schema of a {@link LocalisedText}: non-empty text, or `{ en, vi }` with both non-empty. */
export const localisedTextSchema = z
  .union([text, z.strictObject({ en: text, vi: text }, { error: "expect:object" })], { error: "expect:localisedText" })
  .meta({ description: "A text, or the same text as { \"en\": ..., \"vi\": ... } so that each language reads its own." });

/**
 * The text of a {@link LocalisedText} in a language; a plain string reads the same in both.
 *
 * @example
 * textIn({ en: "an assumption", vi: "một giả định" }, "vi"); // "một giả định"
 * textIn("an assumption", "vi"); // "an assumption"
 */
export function textIn(value: LocalisedText, language: Language): string {
  return typeof value === "string" ? value : value[language];
}
