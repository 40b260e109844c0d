import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../packages/core/src/index.ts", import.meta.url));

// The Excel add-in bundles @costplan/core for Excel's browser runtime, so core must bundle
// for the browser with no Node module and stay small enough to load quickly in a task pane.
describe("@costplan/core bundled for a browser", () => {
  it("bundles with platform browser, imports no node: module and stays under 500 KB minified", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    const meta: Metafile = result.metafile;
    const imports = Object.values(meta.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith("node:") || !path.startsWith("."))).toEqual([]);
    const text = new TextDecoder().decode(code);
    expect(text).not.toMatch(/["']node:[a-z_/]+["']/);
    // 500 KB since the Monte Carlo inputs: stdlib's beta, normal and triangular quantiles bring about 160 KB.
    expect(code.length).toBeLessThan(500 * 1024);
    // zod's locales are ~264 KB minified; importing zod as a namespace lets the bundler drop all but English.
    const bundled = Object.values(meta.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path));
    const locales = bundled.filter((path) => path.includes("zod/v4/locales/"));
    expect(locales.map((path) => path.replace(/.*locales\//, ""))).toEqual(["en.js"]);
    // 160 KB gzipped since the Monte Carlo inputs brought stdlib's quantile functions into core.
    expect(gzipSync(code).length).toBeLessThan(160 * 1024);
  });
});
