import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string, entry = "index"): string => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

// Tests resolve workspace packages to their source, never a stale dist/. The subpath comes first: the
// first alias whose name prefixes an import wins.
const alias = { "@costplan/core/analysis": src("core", "analysis"), "@costplan/core": src("core"), "@costplan/xlsx": src("xlsx") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          // The Excel add-in: functions and Office code against stubs and office-addin-mock.
          name: "addin",
          include: ["addin/src/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "prop",
          include: ["packages/*/src/**/*.test-prop.ts", "test/**/*.test-prop.ts"],
        },
      },
    ],
  },
});
