import { messages, type Language, type MessageCode, type MessageParams } from "../errors/catalogue.js";

/** One thing wrong with an input document: where, what kind, and what to do, in both languages. */
export interface Problem {
  /** JSON path of the offending value, such as `$.facilities[3].beds`. */
  readonly path: string;
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly message: Readonly<Record<Language, string>>;
}

/** Builds a problem from a path, a code and its parameters. */
export function problem(path: string, code: MessageCode, params: MessageParams): Problem {
  return { path, code, params, message: messages(code, params) };
}

/**
 * Writes a JSON path the way people read it: `$.facilities[3].beds`, with keys that are
 * not plain names in brackets (`$.programme.priceIndex["2021"]`).
 */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, "$");
}

/** Shows a found value briefly in a message: JSON, cut at 60 characters. */
export function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  // JSON cannot hold NaN or Infinity, so they reach here from YAML (or a library caller): show
  // them as YAML spells them (.nan, .inf) rather than JavaScript's "NaN", which reads as a bug.
  // JSON.stringify gives undefined for a function or a symbol (a library caller can pass them).
  const text = typeof value === "number" && !Number.isFinite(value) ? nonFinite(value) : ((JSON.stringify(value) as string | undefined) ?? typeof value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function nonFinite(value: number): string {
  if (Number.isNaN(value)) return ".nan";
  return value > 0 ? ".inf" : "-.inf";
}
