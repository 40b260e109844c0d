/**
 * Numbers a person typed as text, as they type them: `1.234.567` (Vietnamese groups
 * thousands with "."), `1,234,567` (English groups with ","), `1 234 567`, `0,08` (a
 * Vietnamese decimal comma). The reader does not know which convention the typist used, so
 * it accepts only readings both conventions agree on, and calls the rest ambiguous:
 * `1.234` is 1234 đồng to a Vietnamese officer and 1.234 to an English one.
 */

/** What a text says as a number. */
export type TypedNumber = { readonly kind: "number"; readonly value: number } | { readonly kind: "ambiguous" } | { readonly kind: "none" };

const PLAIN = /^-?\d+(\.\d+)?$/;
// Spaces (and the no-break spaces Excel and LibreOffice put in formatted numbers) only ever group.
const SPACE_GROUPED = /^(-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:([.,])(\d+))?$/;
const DOT_GROUPED = /^(-?\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const COMMA_GROUPED = /^(-?\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DECIMAL_COMMA = /^(-?\d+),(\d+)$/;

const number = (integer: string, fraction: string | undefined): TypedNumber => ({
  kind: "number",
  value: Number(`${integer.replace(/[^\d-]/g, "")}${fraction === undefined ? "" : `.${fraction}`}`),
});

/**
 * Reads a typed number.
 *
 * @param text - the cell's text, already trimmed
 * @returns the number; `ambiguous` for one group of three digits after a lone "." or ","
 *   where the two conventions differ; `none` for text that is no number in either
 * @example readTypedNumber("1.234.567") // { kind: "number", value: 1234567 }
 * @example readTypedNumber("1,234,567.5") // { kind: "number", value: 1234567.5 }
 * @example readTypedNumber("0,08") // { kind: "number", value: 0.08 }
 * @example readTypedNumber("1,234") // { kind: "ambiguous" }
 */
export function readTypedNumber(text: string): TypedNumber {
  if (PLAIN.test(text) && !/^-?\d{1,3}\.\d{3}$/.test(text)) return { kind: "number", value: Number(text) };
  const spaced = SPACE_GROUPED.exec(text);
  if (spaced !== null) return number(spaced[1]!, spaced[3]);
  for (const [pattern, separator] of [
    [DOT_GROUPED, "."],
    [COMMA_GROUPED, ","],
  ] as const) {
    const grouped = pattern.exec(text);
    if (grouped === null) continue;
    const groups = grouped[1]!.split(separator).length - 1;
    // Two separators of one kind cannot be a decimal point; a decimal part with the other
    // separator settles which one groups. One group alone does not.
    return groups >= 2 || grouped[2] !== undefined ? number(grouped[1]!, grouped[2]) : { kind: "ambiguous" };
  }
  const comma = DECIMAL_COMMA.exec(text);
  // Not three digits after one comma (that would be an English group): a decimal comma.
  return comma !== null ? number(comma[1]!, comma[2]) : { kind: "none" };
}
