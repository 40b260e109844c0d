import type { Language } from "@costplan/core";
import type { ProgressStream } from "./progress.js";

/** Progress of a command that makes many runs: a count drawn on one line of a terminal. */
export interface Counter {
  tick(done: number, total: number): void;
  done(): void;
}

/**
 * A counter on stderr when it is a terminal (never on a pipe or a file, never with --quiet).
 * It redraws at most every 100 ms, so thousands of draws cost nothing to show.
 */
export function counterFor(stream: ProgressStream | undefined, quiet: boolean, label: Readonly<Record<Language, string>>, language: Language): Counter {
  if (quiet || stream?.isTTY !== true) return { tick: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    tick(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      const width = 20;
      const filled = Math.round((done / total) * width);
      stream.write(`\rcostplan ${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total} ${label[language]}`);
    },
    done() {
      if (drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
