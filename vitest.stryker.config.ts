import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Mutation testing runs only the core's own tests: the mutated files are core's, and the
// CLI, workbook and browser suites would multiply the time per mutant without adding checks.
// Of those, the suites of modules that are not mutated are left out too: the analysis suites
// (sensitivity, Monte Carlo, compare) run the whole pipeline hundreds of times, so with per-test
// coverage every mutant of pricing would run them, minutes each, while the pipeline, budget and
// costing suites already drive the same code; generate, finance, errors, internal and model
// (reading documents) test their own modules only, and the facility-chunk suites test how a run
// is cut into parts and sent to threads, with whole runs that take minutes once instrumented.
export default defineConfig({
  resolve: { alias: { "@costplan/core": src("core") } },
  test: {
    include: ["packages/core/src/**/*.test.ts", "packages/core/src/**/*.test-prop.ts"],
    exclude: ["packages/core/src/{analysis,generate,finance,errors,internal,model}/**", "packages/core/src/pipeline/{facility-chunks,part-wire}.*"],
    // The machine is shared: a property test that takes 5 s under load is slow, not failing.
    testTimeout: 60_000,
    setupFiles: ["test/support/stryker-fast-check.ts"],
  },
});
