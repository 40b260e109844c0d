import { defineConfig } from "tsup";

export default defineConfig([
  // The library entry: ESM, CJS and types.
  { entry: ["src/index.ts"], format: ["esm", "cjs"], dts: true, clean: true },
  // The binary's entry: ESM only (top-level await), started by bin/costplan.js. Dependencies
  // (core, xlsx/exceljs, DuckDB, yaml, cli-progress) stay external, and each command module a
  // dynamic import() names becomes its own chunk, so start-up loads only what a command uses
  // (test/startup.test.ts checks it).
  // simulate-worker.ts is the file simulate's thread pool (tinypool) starts by name.
  { entry: ["src/cli.ts", "src/simulate-worker.ts"], format: ["esm"], splitting: true },
  // run's worker bundles the part of core it uses (no zod schemas, no parser): each worker thread
  // starts by loading it, and the whole of core took longer to load than a chunk of facilities to run.
  { entry: ["src/run-worker.ts"], format: ["esm"], noExternal: ["@costplan/core", "decimal.js"] },
]);
