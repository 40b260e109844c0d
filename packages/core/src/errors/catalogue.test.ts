import { describe, expect, it } from "vitest";
import { LANGUAGES, MESSAGE_CODES, message } from "./catalogue.js";

// Parameters that answer every name with a visible placeholder, so a text that forgets to quote
// a parameter, or quotes one it was never given, shows it.
const placeholders = new Proxy({}, { get: (_, key) => (typeof key === "string" ? `«${key}»` : undefined) });

describe("the message catalogue", () => {
  it("has codes at all, each once", () => {
    expect(MESSAGE_CODES.length).toBeGreaterThan(50);
    expect(new Set(MESSAGE_CODES).size).toBe(MESSAGE_CODES.length);
  });

  it("writes every code in both languages, never an empty text, NaN, Infinity, undefined or an object", () => {
    for (const code of MESSAGE_CODES) {
      for (const language of LANGUAGES) {
        const text = message(code, language, placeholders);
        expect(text.trim(), `${code} (${language})`).not.toBe("");
        expect(text, `${code} (${language})`).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object /);
      }
    }
  });

  it("has a Vietnamese text of its own for every code, quoting the same parameters as the English", () => {
    for (const code of MESSAGE_CODES) {
      const en = message(code, "en", placeholders);
      const vi = message(code, "vi", placeholders);
      expect(vi, code).not.toBe(en);
      const quoted = (text: string): string[] => [...new Set(text.match(/«[^»]+»/g) ?? [])].map((p) => p.replace(/Vi»$/, "»")).sort();
      expect(quoted(vi), code).toEqual(quoted(en));
    }
  });
});
