import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Mutation testing runs only the core's own tests: the mutated files are core's, and the
// CLI, workbook and browser suites would multiply the time per mutant without adding checks.
export default defineConfig({
  resolve: { alias: { "@costplan/core": src("core") } },
  test: {
    include: ["packages/core/src/**/*.test.ts", "packages/core/src/**/*.test-prop.ts"],
  },
});
