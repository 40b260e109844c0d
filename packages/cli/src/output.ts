/** Where a command writes: stdout for results, stderr for messages. Injected so tests can capture both. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own streams. */
export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
