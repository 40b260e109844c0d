import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// The full fuzz run (`npm run fuzz`): the same test/fuzz files the normal suite runs briefly,
// with FUZZ_RUNS inputs spread over their properties (100,000 unless the environment says).
export default defineConfig({
  resolve: { alias: { "@costplan/core": src("core"), "@costplan/xlsx": src("xlsx") } },
  test: {
    name: "fuzz",
    include: ["test/fuzz/*.test.ts"],
    env: { FUZZ_RUNS: process.env["FUZZ_RUNS"] ?? "100000" },
    testTimeout: 0,
    // One file at a time: the machine's cores are shared, and the run's length is what is measured.
    fileParallelism: false,
  },
});
