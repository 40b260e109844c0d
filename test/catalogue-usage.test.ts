import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MESSAGE_CODES } from "../packages/core/src/errors/catalogue.js";

// Every code of the catalogue is raised somewhere: a message no code path can show is either dead
// or raised under another name, and both hide a mistake. Sources are scanned as text, tests left out.
const root = fileURLToPath(new URL("..", import.meta.url));
const CATALOGUE_FILE = join(root, "packages", "core", "src", "errors", "catalogue.ts");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-prop)?\.tsx?$/.test(entry.name) && path !== CATALOGUE_FILE ? [path] : [];
  });
}

describe("the message catalogue in use", () => {
  it("has every code raised by the code of core, xlsx, the CLI or the add-in", () => {
    const text = [...["core", "xlsx", "cli"].map((p) => join(root, "packages", p, "src")), join(root, "addin", "src")]
      .flatMap(sources)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = MESSAGE_CODES.filter((code) => !text.includes(`"${code}"`) && !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});
