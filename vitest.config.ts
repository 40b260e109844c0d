import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string, entry = "index"): string => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

// Tests resolve workspace packages to their source, never a stale dist/. The subpath comes first: the
// first alias whose name prefixes an import wins.
const alias = { "@costplan/core/analysis": src("core", "analysis"), "@costplan/core": src("core"), "@costplan/xlsx": src("xlsx") };

// A test's time limit guards against a hang; it is no speed check (benchmarks do that). Workbook
// and CLI tests that take a second on a quiet machine take ten on a shared one, so the limit is
// set well above vitest's 5 s default.
const testTimeout = 60_000;

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          testTimeout,
          include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          // The Excel add-in: functions and Office code against stubs and office-addin-mock.
          name: "addin",
          testTimeout,
          include: ["addin/src/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "prop",
          testTimeout,
          include: ["packages/*/src/**/*.test-prop.ts", "test/**/*.test-prop.ts"],
        },
      },
    ],
  },
});
