import { visit } from "jsonc-parser";

/** Largest model file read, in bytes: a national model (1,700 facilities) is well under it. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Checks decoded bytes before parsing: invalid UTF-8 is refused with its byte offset (it
 * would otherwise become U+FFFD silently). Returns a problem text, or undefined when clean.
 */
export function utf8Problem(bytes: Uint8Array): string | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    let offset = 0;
    for (let end = 1; end <= bytes.length; end *= 2) {
      try { new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end)); offset = end; } catch { break; }
    }
    for (; offset < bytes.length; offset += 1) {
      try { new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, offset + 1), { stream: true }); } catch { break; }
    }
    return `invalid UTF-8 at byte ${offset}; expected a file saved as UTF-8`;
  }
}

/** The offset of the first key written twice in one JSON object, with the key, or undefined. */
export function duplicateKey(text: string): { key: string; offset: number } | undefined {
  const stack: Set<string>[] = [];
  let found: { key: string; offset: number } | undefined;
  visit(text, {
    onObjectBegin: () => { stack.push(new Set()); },
    onObjectEnd: () => { stack.pop(); },
    onObjectProperty: (key, offset) => {
      const keys = stack[stack.length - 1];
      if (found === undefined && keys !== undefined) {
        if (keys.has(key)) found = { key, offset };
        keys.add(key);
      }
    },
  });
  return found;
}
