import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MESSAGE_CODES } from "../packages/core/src/errors/catalogue.js";

// Every code of the catalogue is raised somewhere: a message no code path can show is either dead
// or raised under another name, and both hide a mistake. Sources are scanned as text, tests left out.
const root = fileURLToPath(new URL("..", import.meta.url));
const ERRORS = join("packages", "core", "src", "errors");
/** The catalogue itself: the file and its groups (errors/messages/), where the codes are defined, not raised. */
const isCatalogue = (file: string): boolean => file === join(ERRORS, "catalogue.ts") || file.startsWith(join(ERRORS, "messages") + sep);

/**
 * Files whose `{ en, vi }` literals are labels, not messages: vocabulary, column headers, sheet and
 * stage titles, number words. Every message a user gets on failure or as a warning has a code.
 */
const LABEL_FILES = new Set(
  [
    "packages/core/src/model/vocabulary.ts",
    "packages/core/src/money/format.ts",
    "packages/cli/src/progress/progress.ts",
    "packages/xlsx/src/layout.ts",
    "packages/xlsx/src/results/compact-money.ts",
    "packages/xlsx/src/template/cell-values.ts",
    "packages/xlsx/src/template/reference-lists.ts",
    "packages/xlsx/src/results/other-sheets.ts",
    "packages/xlsx/src/results/scenarios-sheet.ts",
    "packages/xlsx/src/results/sheet-names.ts",
    "packages/xlsx/src/labels/choice-labels.ts",
    "packages/xlsx/src/labels/headers.ts",
    "packages/xlsx/src/labels/sheet-names.ts",
    // Examples in the documentation, and the default analysis set-up's assumption texts (data).
    "packages/core/src/model/local-text.ts",
    "packages/cli/src/analysis/defaults.ts",
  ].map((f) => f.split("/").join(sep)),
);
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-prop|-d)?\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

const files = [...["core", "xlsx", "cli"].map((p) => join(root, "packages", p, "src")), join(root, "addin", "src")].flatMap(sources);
const text = (file: string): string => readFileSync(join(root, file), "utf8");
/** A Vietnamese text written in place: `vi: "..."`, `vi: '...'` or `vi: \`...\``. */
const INLINE_VI = /\bvi:\s*["'`]/;
/**
 * A Vietnamese text passed as a parameter (`expectedVi: "cần ..."`, `whatVi: "cơ sở"`): a literal
 * with a Vietnamese letter after a parameter ending in Vi. A catalogue code names the words instead.
 */
const INLINE_VI_PARAM = /\b[a-z]\w*Vi:\s*["'`][^"'`\n]*[\u00C0-\u1EF9]/;

describe("the message catalogue in use", () => {
  it("has every code raised by the code of core, xlsx, the CLI or the add-in", () => {
    const code = files
      .filter((f) => !isCatalogue(f))
      .map(text)
      .join("\n");
    const unused = MESSAGE_CODES.filter((c) => !code.includes(`"${c}"`) && !code.includes(`'${c}'`));
    expect(unused).toEqual([]);
  });

  it("finds no message written in place: a Vietnamese literal outside the catalogue is only in a label file", () => {
    const inline = files.filter((f) => !isCatalogue(f) && !LABEL_FILES.has(f) && INLINE_VI.test(text(f)));
    expect(inline).toEqual([]);
  });

  it("finds no Vietnamese words passed in place as a parameter outside the catalogue", () => {
    const inline = files.filter((f) => !isCatalogue(f) && INLINE_VI_PARAM.test(text(f)));
    expect(inline).toEqual([]);
  });

  it("lists only label files that exist and still hold labels, so the allow-list cannot go stale", () => {
    for (const file of LABEL_FILES) {
      expect(files, file).toContain(file);
      expect(INLINE_VI.test(text(file)), file).toBe(true);
    }
  });

  it("would catch a message written in place", () => {
    expect(INLINE_VI.test('throw new UsageError({ en: "bad", vi: "sai" });')).toBe(true);
    expect(INLINE_VI.test("message: { en: `got ${x}`, vi: `nhận được ${x}` }")).toBe(true);
    expect(INLINE_VI.test('messages("usage-expects", { option: "lang", expectedVi: "x" })')).toBe(false);
    expect(INLINE_VI_PARAM.test('problem(path, "unknown-reference", { what: "funding source", whatVi: "nguồn vốn", id })')).toBe(true);
    expect(INLINE_VI_PARAM.test("{ detail: `got ${n}`, detailVi: `nhận được ${n}` }")).toBe(true);
    expect(INLINE_VI_PARAM.test('messages("json-syntax", { detail: words.en, detailVi: words.vi })')).toBe(false);
  });
});
