import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

// Browser bundles for Excel's runtime: one for the custom functions, one for the task pane.
// Workspace packages are bundled from their source, never a stale dist/.
export default defineConfig({
  entry: { functions: "src/functions/entry.ts", taskpane: "src/taskpane/entry.ts" },
  format: ["iife"],
  platform: "browser",
  target: "es2020",
  minify: true,
  clean: true,
  noExternal: [/.*/],
  outExtension: () => ({ js: ".js" }),
  esbuildOptions(options) {
    options.alias = {
      "@costplan/core": fileURLToPath(new URL("../packages/core/src/index.ts", import.meta.url)),
      "@costplan/xlsx": fileURLToPath(new URL("../packages/xlsx/src/index.ts", import.meta.url)),
    };
  },
});
