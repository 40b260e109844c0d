import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../packages/core/src/index.ts", import.meta.url));
const analysisEntry = fileURLToPath(new URL("../packages/core/src/analysis.ts", import.meta.url));

// The Excel add-in bundles @costplan/core for Excel's browser runtime, so core must bundle
// for the browser with no Node module and stay small enough to load quickly in a task pane.
describe("@costplan/core bundled for a browser", () => {
  it("bundles with platform browser, imports no node: module and stays under 350 KB minified", async () => {
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
    // About 353 KB (290 KB before the drop-down words moved into core's vocabulary and the catalogue gained the
    // hostile-input and exact-range messages, both in two languages, and the exact BigInt posting). Monte Carlo's
    // stdlib quantiles (about 200 KB) sit in the analysis entry, which the add-in does not import.
    expect(code.length).toBeLessThan(400 * 1024);
    // zod's locales are ~264 KB minified; importing zod as a namespace lets the bundler drop all but English.
    const bundled = Object.values(meta.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([path]) => path),
    );
    const locales = bundled.filter((path) => path.includes("zod/v4/locales/"));
    expect(locales.map((path) => path.replace(/.*locales\//, ""))).toEqual(["en.js"]);
    // Monte Carlo's @stdlib quantiles live in @costplan/core/analysis, not in the main entry.
    expect(bundled.filter((path) => path.includes("@stdlib/"))).toEqual([]);
    // About 110 KB gzipped (94 KB before the additions above).
    expect(gzipSync(code).length).toBeLessThan(128 * 1024);
  });

  it("bundles the @costplan/core/analysis entry (Monte Carlo, with @stdlib) for a browser too, with no node: module", async () => {
    const options = { bundle: true, platform: "browser", format: "esm", minify: true, write: false, metafile: true, logLevel: "silent" } as const;
    const result = await build({ entryPoints: [analysisEntry], ...options });
    expect(result.errors).toEqual([]);
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith("node:") || !path.startsWith("."))).toEqual([]);
    const bundled = Object.values(result.metafile.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(bundled.some((path) => path.includes("@stdlib/stats-base-dists-beta-quantile"))).toBe(true);
  });
});
