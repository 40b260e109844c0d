import { defineConfig } from "tsup";

export default defineConfig({
  // analysis.ts is the @costplan/core/analysis entry (Monte Carlo, which loads @stdlib).
  entry: ["src/index.ts", "src/analysis.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
});
