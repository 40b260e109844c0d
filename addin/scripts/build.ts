// Writes what the bundles need beside them in dist/: functions.json (en) and functions.vi-VN.json
// from the @customfunction JSDoc, the manifests, the icons and the task pane page.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { VI_DESCRIPTIONS } from "../src/functions/vi.js";
import { manifestXml } from "./manifest.js";
import { functionsMetadata, type FunctionsMetadata } from "./metadata.js";
import { iconPng } from "./png.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const functionsDir = join(root, "src", "functions");

/** The dev server's URL; a production build sets COSTPLAN_ADDIN_URL. */
export const DEV_URL = "https://localhost:3000";

const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const files = readdirSync(functionsDir)
  .filter((f) => f.endsWith(".ts") && !f.includes(".test") && /^\s*\* @customfunction\b/m.test(readFileSync(join(functionsDir, f), "utf8")))
  .sort()
  .map((f) => join(functionsDir, f));

const metadata = await functionsMetadata(files);
mkdirSync(join(dist, "assets"), { recursive: true });
writeFileSync(join(dist, "functions.json"), `${JSON.stringify(metadata, null, 2)}\n`);
writeFileSync(join(dist, "functions.vi-VN.json"), `${JSON.stringify(vietnamese(metadata), null, 2)}\n`);
writeFileSync(join(dist, "manifest.dev.xml"), manifestXml(DEV_URL, version));
writeFileSync(join(dist, "manifest.xml"), manifestXml(process.env["COSTPLAN_ADDIN_URL"] ?? DEV_URL, version));
for (const size of [16, 32, 64, 80]) writeFileSync(join(dist, "assets", `icon-${size}.png`), iconPng(size));
writeFileSync(join(dist, "taskpane.html"), readFileSync(join(root, "src", "taskpane", "taskpane.html"), "utf8"));

/** The same metadata with Vietnamese descriptions; every function and argument must have one. */
function vietnamese(en: FunctionsMetadata): FunctionsMetadata {
  return {
    ...en,
    functions: en.functions.map((f) => {
      const vi = VI_DESCRIPTIONS[f.id];
      if (vi === undefined) throw new Error(`no Vietnamese description for ${f.id} in src/functions/vi.ts`);
      return {
        ...f,
        description: vi.description,
        parameters: f.parameters.map((p) => {
          const text = vi.parameters[p.name];
          if (text === undefined) throw new Error(`no Vietnamese description for ${f.id}(${p.name}) in src/functions/vi.ts`);
          return { ...p, description: text };
        }),
      };
    }),
  };
}
