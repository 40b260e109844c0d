import { defineConfig } from "tsup";

export default defineConfig([
  // The library entry: ESM, CJS and types.
  { entry: ["src/index.ts"], format: ["esm", "cjs"], dts: true, clean: true },
  // The binary's entry: ESM only (top-level await), started by bin/costplan.js.
  { entry: ["src/cli.ts"], format: ["esm"] },
]);
