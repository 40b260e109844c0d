import { open, rename, rm } from "node:fs/promises";
import { statSync } from "node:fs";
import { dirname } from "node:path";
import { removeLeftovers } from "./write/leftovers.js";
import { temporaryBeside, track, untrack } from "./write/temporaries.js";
import { writeFailure, type WriteFailure } from "./write/write-error.js";

/** What a write did: done, or one line saying why nothing was written. */
export type WriteOutcome = { readonly ok: true } | ({ readonly ok: false } & WriteFailure);

// Written a slice at a time with an await between, so that Ctrl-C during a large workbook is
// handled at once (the temporary removed) rather than after a long synchronous write.
const SLICE = 1 << 20;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over the
 * target, so that a reader never sees half a workbook and an earlier file stays as it was
 * until the new one is complete. The temporary is removed on any error and, through
 * {@link removeTemporariesOnSignal}, on SIGINT and SIGTERM; leftovers of killed runs in the
 * folder are removed first. A target that exists and is not a regular file (`/dev/stdout`, a
 * pipe) is written in place: renaming over it would replace the device.
 *
 * @returns `{ ok: true }`, or `{ ok: false, code, params, message }` with the catalogue's one-line reason (disk full, read-only folder...)
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<WriteOutcome> {
  if (existsAsOther(path)) return writeInPlace(path, bytes);
  removeLeftovers(dirname(path));
  const temporary = temporaryBeside(path);
  track(temporary);
  try {
    const handle = await open(temporary, "wx");
    try {
      for (let at = 0; at < bytes.length; at += SLICE) await handle.write(bytes, at, Math.min(SLICE, bytes.length - at));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    untrack(temporary);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true });
    untrack(temporary);
    return { ok: false, ...writeFailure(error) };
  }
}

function existsAsOther(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

async function writeInPlace(path: string, bytes: Uint8Array): Promise<WriteOutcome> {
  try {
    const handle = await open(path, "w");
    try {
      for (let at = 0; at < bytes.length; at += SLICE) await handle.write(bytes, at, Math.min(SLICE, bytes.length - at));
    } finally {
      await handle.close();
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, ...writeFailure(error) };
  }
}
