import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { locatedProblem } from "@costplan/core";
import { invalidUtf8At, MAX_INPUT_BYTES } from "./input-guard.js";
import type { Located } from "./load.js";

/**
 * Reads a model file, but never more than {@link MAX_INPUT_BYTES}: the read stops at the
 * limit (so `/dev/zero` ends at once), and bytes that are not UTF-8 are refused with their offset.
 */
export function readGuarded(file: string, display: string): { ok: true; text: string } | { ok: false; problems: readonly Located[] } {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      chunks.push(chunk.subarray(0, n));
      if (total > MAX_INPUT_BYTES || size > MAX_INPUT_BYTES) {
        const limit = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;
        return { ok: false, problems: [locatedProblem(display, "file-too-large", { limit })] };
      }
    }
    const bytes = Buffer.concat(chunks);
    // UTF-16 without a byte order mark is valid UTF-8 byte by byte (its zeros are NUL characters), so
    // it would read as JSON with a syntax error at every other byte: a zero among the first two bytes names it.
    if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) return { ok: false, problems: [locatedProblem(display, "file-utf16")] };
    const offset = invalidUtf8At(bytes);
    if (offset !== undefined) return { ok: false, problems: [locatedProblem(display, "file-not-utf8", { offset })] };
    return { ok: true, text: bytes.toString("utf8") };
  } finally {
    closeSync(fd);
  }
}
