#!/usr/bin/env node
// Fails naming file:line for every code line wider than Prettier's printWidth (or WIDTH), over the
// files git tracks and Prettier does not ignore: Prettier cannot break a long string or comment, so
// `prettier --check` alone lets them through. Part of `npm run format:check`.
//   node test/support/line-widths.mjs [WIDTH]
// Left out: Markdown (prose keeps its own lines: proseWrap "preserve") and the text of vitest's
// inline snapshots, which vitest writes itself and `vitest -u` would write back on one line.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const width = Number(process.argv[2] ?? JSON.parse(readFileSync(".prettierrc.json", "utf8")).printWidth);
const ignored = readFileSync(".prettierignore", "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "" && !l.startsWith("#"));
const skip = (file) =>
  ignored.some((pattern) =>
    pattern.startsWith("*.")
      ? file.endsWith(pattern.slice(1))
      : file.startsWith(pattern.replace(/\/$/, "")) || file.split("/").includes(pattern.replace(/\/$/, "")),
  );
const files = execFileSync("git", ["ls-files", "*.ts", "*.mts", "*.cts", "*.mjs", "*.js", "*.cjs", "*.json", "*.yaml", "*.yml"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => f !== "" && !skip(f));

/** The lines (0-based) of a file's inline snapshots: from the template that follows `InlineSnapshot(` to its closing backtick. */
function snapshotLines(lines) {
  const inside = new Set();
  for (let i = 0; i < lines.length; i += 1) {
    const at = lines[i].indexOf("InlineSnapshot(");
    if (at < 0) continue;
    let line = i;
    let column = at;
    let ticks = 0;
    for (; line < lines.length && ticks < 2; line += 1, column = 0) {
      const text = lines[line];
      for (let c = column; c < text.length && ticks < 2; c += 1) {
        if (text[c] === "\\") c += 1;
        else if (text[c] === "`") ticks += 1;
      }
      if (ticks > 0) inside.add(line);
    }
    i = line - 1;
  }
  return inside;
}

let count = 0;
const wide = [];
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n");
  const snapshots = file.endsWith("json") || file.endsWith("yaml") || file.endsWith("yml") ? new Set() : snapshotLines(lines);
  lines.forEach((text, i) => {
    count += 1;
    // Characters, not UTF-16 units: a Vietnamese letter is one column, as Prettier counts it.
    const length = [...text].length;
    if (length > width && !snapshots.has(i)) wide.push({ file, line: i + 1, length });
  });
}
for (const w of wide) console.error(`${w.file}:${w.line}: ${w.length} characters, wider than ${width}`);
if (wide.length > 0) {
  console.error(`${wide.length} of ${count} lines in ${files.length} files are wider than ${width} characters; break them (string pieces, shorter comments)`);
  process.exit(1);
}
console.log(`all ${count} lines in ${files.length} files are at most ${width} characters wide`);
