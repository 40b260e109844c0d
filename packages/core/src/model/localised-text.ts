import * as z from "zod";

const expect = (key: string) => ({ error: `expect:${key}` });
const text = z.string(expect("text")).trim().min(1, expect("text"));

/**
 * The schema of a {@link LocalText} (local-text.ts), for every text a person reads in a model:
 * provenance, scenario reasons and the analysis set-up's reasons. Non-empty text, or
 * `{ en, vi }` with at least one of them.
 */
export const localTextSchema = z.union(
  [
    text,
    z
      .strictObject({ en: text.optional(), vi: text.optional() }, expect("localText"))
      .refine((t) => t.en !== undefined || t.vi !== undefined, expect("localText"))
      .meta({ minProperties: 1 }),
  ],
  expect("localText"),
);
