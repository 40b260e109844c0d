import { isUtf8 } from "node:buffer";

/** Largest model file read, in bytes: a national model (1,700 facilities) is well under it. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Checks decoded bytes before parsing: invalid UTF-8 is refused with its byte offset (it
 * would otherwise become U+FFFD silently). Returns the offset of the first bad byte, or undefined when clean.
 */
export function invalidUtf8At(bytes: Uint8Array): number | undefined {
  // The native check decodes nothing (a 41 MB model: milliseconds, not a throw-away string);
  // only a file that fails it is searched for the offending byte.
  if (isUtf8(bytes)) return undefined;
  let offset = 0;
  for (let end = 1; end <= bytes.length; end *= 2) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
      offset = end;
    } catch {
      break;
    }
  }
  for (; offset < bytes.length; offset += 1) {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, offset + 1), { stream: true });
    } catch {
      break;
    }
  }
  return offset;
}

/**
 * The offset of the first key written twice in one JSON object, with the key, or undefined.
 * The text must already be valid JSON (JSON.parse accepted it): then a scan of strings and
 * brackets alone finds every key, with no syntax tree and no callback per token, which at
 * province size (41 MB) takes about a third of the time of a full tokeniser.
 */
export function duplicateKey(text: string): { key: string; offset: number } | undefined {
  const found = scanParsedJson(text, Number.POSITIVE_INFINITY);
  return found?.kind === "duplicate" ? { key: found.key, offset: found.offset } : undefined;
}

/** What {@link scanParsedJson} stopped at: a key written twice, or a level opened past the limit. */
export type ScanStop = { kind: "duplicate"; key: string; offset: number } | { kind: "deep"; offset: number };

/**
 * {@link duplicateKey} and the nesting check in one pass over JSON text that JSON.parse accepted:
 * at province size (41 MB) a second pass for the depth alone cost about 190 ms. Stops at the first
 * key written twice or the first `{`/`[` that opens level `maxDepth + 1`, whichever comes first.
 */
export function scanParsedJson(text: string, maxDepth: number): ScanStop | undefined {
  // The keys of every open object side by side, each object's from its start; a list opens
  // no keys (its start is -1). Most objects have a handful of keys, so a search of the few
  // beats a Set per object; one that grows past LINEAR_KEYS moves to a Set.
  const keys: string[] = [];
  const starts: number[] = [];
  const sets: (Set<string> | undefined)[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const raw = text.slice(i + 1, end);
        // Keys compare as decoded text: "a" and "\u0061" are the same field.
        const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const depth = starts.length - 1;
        const set = sets[depth];
        if (set !== undefined) {
          if (set.has(key)) return { kind: "duplicate", key, offset: i };
          set.add(key);
        } else {
          const from = starts[depth]!;
          for (let k = from; k < keys.length; k += 1) if (keys[k] === key) return { kind: "duplicate", key, offset: i };
          keys.push(key);
          if (keys.length - from > LINEAR_KEYS) sets[depth] = new Set(keys.splice(from));
        }
        expectKey = false;
      }
      i = end;
    } else if (c === 123) {
      if (starts.length >= maxDepth) return { kind: "deep", offset: i };
      starts.push(keys.length);
      sets.push(undefined);
      expectKey = true;
    } else if (c === 91) {
      if (starts.length >= maxDepth) return { kind: "deep", offset: i };
      starts.push(-1);
      sets.push(undefined);
      expectKey = false;
    } else if (c === 125 || c === 93) {
      const from = starts.pop()!;
      sets.pop();
      if (from >= 0) keys.length = from;
      expectKey = false;
    } else if (c === 44) {
      expectKey = starts[starts.length - 1]! >= 0;
    }
  }
  return undefined;
}

/** Keys of one object searched one by one before they move to a Set. */
const LINEAR_KEYS = 16;

/** The offset of the quote that closes the string opening at `start` (a quote after an odd run of backslashes is escaped). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 92) slashes += 1;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}
