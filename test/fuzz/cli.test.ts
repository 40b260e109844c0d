import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { runCli } from "../../packages/cli/src/testing/run-cli.js";
import { cliArgs, modelText, runs } from "./arbitraries.js";
import { assertCleanText } from "./checks.js";

// One scratch folder for the whole file: each run writes its model there and may write outputs beside it.
const scratch = mkdtempSync(join(tmpdir(), "costplan-fuzz-cli-"));
const model = join(scratch, "model.json");
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Summary {
  readonly totalCost: number;
  readonly byOwnership: { readonly public: number; readonly private: number };
  readonly byYear: Readonly<Record<string, number>>;
}

describe("fuzzing the command line in process", () => {
  it("exits 0, 1 or 2 with clean messages for any model file and any arguments, and its JSON reconciles", async () => {
    await fc.assert(
      fc.asyncProperty(modelText, cliArgs(model, scratch), async (text, argv) => {
        writeFileSync(model, text);
        const { code, stdout, stderr } = await runCli(...argv);
        const shown = `costplan ${argv.join(" ")} (exit ${code})`;
        if (![0, 1, 2].includes(code)) throw new Error(`${shown}: unexpected exit code; stderr: ${stderr}`);
        assertCleanText(stderr, `${shown} stderr`);
        assertCleanText(stdout, `${shown} stdout`);
        // "--version" or "help" anywhere answers that instead of running: only a run prints JSON.
        if (code === 0 && argv[0] === "run" && argv.includes("--json") && !argv.some((w) => ["--version", "version", "help"].includes(w))) {
          const summary = (JSON.parse(stdout) as { summary: Summary }).summary;
          const byYear = Object.values(summary.byYear).reduce((a, b) => a + b, 0);
          if (summary.byOwnership.public + summary.byOwnership.private !== summary.totalCost || byYear !== summary.totalCost) {
            throw new Error(`${shown}: the summary does not add up: ${JSON.stringify(summary)}`);
          }
        }
      }),
      { numRuns: runs(0.038, 25) },
    );
  }, 0);
});
