import { defineConfig } from "tsup";

export default defineConfig({
  // analysis.ts is the @costplan/core/analysis entry (Monte Carlo, which loads @stdlib). Splitting
  // (tsup's default for ESM only) also for CJS: both entries then share one CostplanError class, so
  // instanceof holds for an error thrown by simulate.
  entry: ["src/index.ts", "src/analysis.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  clean: true,
});
