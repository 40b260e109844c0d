import { createScanner } from "jsonc-parser";

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its two values used here.
const NUMERIC_LITERAL = 11;
const EOF = 17;

/**
 * Where a number literal could be past ±1.8e308, JSON.parse's limit: an exponent of three
 * digits, or 309 digits in a row. Numbers past it parse as Infinity, and the message would show
 * that instead of what the file says; a valid model has none, so a quick search decides whether
 * the text needs tokenising at all.
 */
const CANDIDATE = /(?<![\w"-])-?\d+(?:\.\d+)?[eE]\+?\d{3}(?![\w"])|\d{309}/;

/**
 * The first number literal of JSON text that JSON.parse reads as ±Infinity, as the file writes it
 * (cut at 60 characters), with its offset; undefined when there is none.
 */
export function numberPastRange(text: string): { readonly literal: string; readonly offset: number } | undefined {
  if (!CANDIDATE.test(text)) return undefined;
  const scanner = createScanner(text, true);
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token !== NUMERIC_LITERAL || Number.isFinite(Number(scanner.getTokenValue()))) continue;
    const literal = scanner.getTokenValue();
    return { literal: literal.length > 60 ? `${literal.slice(0, 57)}...` : literal, offset: scanner.getTokenOffset() };
  }
  return undefined;
}

/**
 * Whether a parsed JSON document holds a number that is not finite: JSON.parse gives one only for
 * a literal past ±1.8e308, so a document without one needs no search of its text (a walk over a
 * province's values is several times cheaper than the search over its 25 MB of text).
 */
export function hasNonFiniteNumber(document: unknown): boolean {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return true;
    } else if (Array.isArray(value)) {
      for (const entry of value) if (typeof entry === "object" || typeof entry === "number") stack.push(entry);
    } else if (typeof value === "object" && value !== null) {
      for (const entry of Object.values(value)) if (typeof entry === "object" || typeof entry === "number") stack.push(entry);
    }
  }
  return false;
}
