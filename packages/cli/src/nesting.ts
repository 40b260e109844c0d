/**
 * Deepest nesting of objects and lists a model file may have. A model's deepest part (a
 * scenario that overrides a facility's usage table) is about 8 levels; parsers, the
 * duplicate-key check and the schema all recurse, so a file nested 100,000 levels deep
 * would end in "Maximum call stack size exceeded" instead of a message.
 */
export const MAX_NESTING = 100;

/**
 * The offset of the first `{` or `[` that opens a level past {@link MAX_NESTING} in JSON
 * text, or `undefined`. One pass, no recursion; brackets inside strings do not count.
 */
export function jsonTooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // a backslash escapes the next character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth += 1;
      if (depth > MAX_NESTING) return i;
    } else if (ch === 0x7d || ch === 0x5d) depth -= 1;
  }
  return undefined;
}
