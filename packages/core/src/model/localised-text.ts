import * as z from "zod";
import { textIn, type LocalText } from "./local-text.js";

/**
 * The texts of an analysis set-up: the same shape as a provenance text ({@link LocalText}), read
 * with the same {@link textIn}.
 */
export type LocalisedText = LocalText;
export { textIn };

const text = z.string({ error: "expect:text" }).trim().min(1, { error: "expect:text" });

/** The schema of a {@link LocalisedText}: non-empty text, or `{ en, vi }` with both non-empty. */
export const localisedTextSchema = z
  .union([text, z.strictObject({ en: text, vi: text }, { error: "expect:object" })], { error: "expect:localisedText" })
  .meta({ description: 'A text, or the same text as { "en": ..., "vi": ... } so that each language reads its own.' });
