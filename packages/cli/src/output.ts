import type { ProgressStream } from "./progress/progress.js";

/** Where a command writes: stdout for results, stderr for messages. Injected so tests can capture both. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /**
   * Writes part of a result on stdout, with no line break: for a result too large to be one
   * string (a national run's JSON). Absent: the parts are joined and given to `out`.
   */
  readonly part?: (text: string) => void;
  /**
   * Where progress may be drawn (the terminal behind stderr) and after how long a run shows it.
   * Absent: no progress, as when the CLI runs as a library.
   */
  readonly progress?: { readonly stream: ProgressStream; readonly afterMs: number };
}

// Tests set COSTPLAN_PROGRESS_AFTER_MS=0 to show progress on a run that takes no time.
const afterMs = Number(process.env["COSTPLAN_PROGRESS_AFTER_MS"] ?? "1000");

/** The process's own streams. */
export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  // Synchronous on Linux for files and pipes, so the parts do not pile up in memory.
  part: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: { stream: process.stderr, afterMs: Number.isFinite(afterMs) && afterMs >= 0 ? afterMs : 1000 },
};
