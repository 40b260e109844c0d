import type { Basis } from "@costplan/core";
import { UsageError } from "../usage-error.js";

export { UsageError } from "../usage-error.js";

/** `-20%` is -0.2 (relative); `0.05` is 0.05 (absolute). */
function parseEnd(text: string): { value: number; relative: boolean } | undefined {
  const m = /^([+-]?\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  if (m === null) return undefined;
  const n = Number(m[1]);
  // The percentage is divided exactly in decimal terms: "-20%" is -0.2, not -0.20000000000000004.
  return { value: m[2] === "%" ? Number((n / 100).toPrecision(15)) : n, relative: m[2] === "%" };
}

/**
 * Reads one `--vary PATH=LOW..HIGH` of the sensitivity command: both ends in percent
 * (a relative change of every number the path reaches, `-20%..+20%`) or both plain numbers
 * (values given to every number reached, `0.05..0.1`).
 */
export function parseRangeArg(arg: string): { path: string; low: number; high: number; basis: Basis } {
  const eq = arg.lastIndexOf("=");
  const range = eq > 0 ? /^(.+?)\.\.(.+)$/.exec(arg.slice(eq + 1)) : null;
  const low = range === null ? undefined : parseEnd(range[1]!);
  const high = range === null ? undefined : parseEnd(range[2]!);
  if (eq <= 0 || low === undefined || high === undefined || low.relative !== high.relative || low.value > high.value) {
    throw new UsageError("usage-vary-range", { received: arg });
  }
  return { path: arg.slice(0, eq), low: low.value, high: high.value, basis: low.relative ? "relative" : "absolute" };
}

/** A whole number option from `min` to `max`. */
export function wholeOption(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError("usage-whole-number", { option: flag, min, max, received: text });
  return n;
}
