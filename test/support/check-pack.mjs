#!/usr/bin/env node
// Part of each package's `check` script (npm run check:packages): the tarball npm would publish
// must carry the package's README.md and its LICENSE (the MIT text its "license" field names), so
// a reader of the registry page or of node_modules sees what the package is and on what terms.
import { execFileSync } from "node:child_process";

const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }));
const files = new Set(pack.files.map((f) => f.path));
const required = ["README.md", "LICENSE"];
const absent = required.filter((f) => !files.has(f));
if (absent.length > 0) {
  console.error(`${pack.name}: the packed package lacks ${absent.join(" and ")}; add the file beside package.json and to "files"`);
  process.exit(1);
}
console.log(`${pack.name}: the packed package holds ${required.join(" and ")} (${pack.files.length} files)`);
