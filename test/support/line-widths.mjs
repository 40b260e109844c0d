#!/usr/bin/env node
// Counts source lines wider than a width (default: Prettier's printWidth), over the files git
// tracks and Prettier does not ignore: Prettier cannot break a long string or comment, so after
// `prettier --write` this shows what still needs a hand. `node test/support/line-widths.mjs [WIDTH]`
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
const files = execFileSync("git", ["ls-files", "*.ts", "*.mjs", "*.js", "*.json", "*.md", "*.yaml"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => f !== "" && !skip(f));
let lines = 0;
const wide = [];
for (const file of files) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, i) => {
      lines += 1;
      if (text.length > width) wide.push({ file, line: i + 1, length: text.length });
    });
}
wide.sort((a, b) => b.length - a.length);
console.log(`${wide.length} of ${lines} lines in ${files.length} files are wider than ${width} characters; the widest:`);
for (const w of wide.slice(0, 10)) console.log(`  ${w.file}:${w.line}: ${w.length}`);
