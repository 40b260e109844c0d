import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Every temporary file or folder of this process that is not yet renamed into place. */
const open = new Set<string>();

/** The suffix every temporary output carries, so that a later run can find a leftover. */
export const TEMPORARY_SUFFIX = ".costplan.tmp";

/**
 * A temporary name beside `target`, in the same folder (a rename within one file system is
 * atomic; across file systems it is a copy), hidden, and carrying this process's id so that a
 * later run can tell a leftover of a killed run from the work of a run still going.
 */
export function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}${TEMPORARY_SUFFIX}`);
}

/** Registers a temporary before it is created, so that a signal arriving at any moment removes it. */
export function track(path: string): void {
  open.add(path);
}

/** Forgets a temporary that was renamed into place or removed. */
export function untrack(path: string): void {
  open.delete(path);
}

/** Removes every registered temporary (a file or a folder), ignoring those already gone. */
export function removeTracked(): void {
  for (const path of open) {
    rmSync(path, { recursive: true, force: true });
    open.delete(path);
  }
}

let installed = false;

/**
 * On SIGINT (Ctrl-C) and SIGTERM, removes the temporaries, then exits as a shell reports a
 * run ended by that signal: 130 and 143. Without it, a run stopped while it writes leaves a
 * `.costplan.tmp` beside the output. Installed by the command's entry point only: a program
 * that calls `main` as a library keeps its own signal handling.
 */
export function removeTemporariesOnSignal(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.on(signal, () => {
      removeTracked();
      process.exit(code);
    });
  }
}
