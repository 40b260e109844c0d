// The runs whose full `--json` output is pinned as golden files before the engine is
// rewritten: the Bac Ninh model and each of its scenarios, the small test model, and every
// allocation example and published worked example. A new engine must give the same figures.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../../", import.meta.url);
const path = (relative: string): string => fileURLToPath(new URL(relative, root));

/** One pinned run: the golden file's name and the CLI arguments that produce it. */
export interface GoldenCase {
  readonly name: string;
  readonly argv: readonly string[];
}

const bacNinh = JSON.parse(readFileSync(path("examples/bac-ninh/model.json"), "utf8")) as { scenarios: { name: string }[] };
const published = readdirSync(path("test/fixtures/allocation/published")).filter((f) => f.endsWith(".problem.json")).sort();
const examples = readdirSync(path("examples/allocation")).filter((f) => f.endsWith(".json")).sort();

/** Every pinned run, in a stable order. */
export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: "bac-ninh", argv: ["run", "--json"] },
  ...bacNinh.scenarios.map((s) => ({ name: `bac-ninh--${s.name}`, argv: ["run", "--json", "--scenario", s.name] })),
  { name: "small-model", argv: ["run", path("test/fixtures/models/small.json"), "--json"] },
  ...examples.map((f) => ({ name: `allocate--${f.replace(/\.json$/, "")}`, argv: ["allocate", path(`examples/allocation/${f}`), "--json"] })),
  ...published.map((f) => ({ name: `allocate--${f.replace(/\.problem\.json$/, "")}`, argv: ["allocate", path(`test/fixtures/allocation/published/${f}`), "--json"] })),
];

/** Where a case's golden output is kept (gzipped JSON: the Bac Ninh runs are 2 MB each as text). */
export function goldenFile(name: string): string {
  return path(`test/golden/engine/${name}.json.gz`);
}

/** Makes paths inside the output independent of the clone's folder. */
export function portable(text: string): string {
  return text.split(fileURLToPath(root)).join("<repo>/");
}
