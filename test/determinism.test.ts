import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * Same model, same bytes: the JSON, the workbook, the per-service tables (CSV, Parquet,
 * manifest.json) and the simulation, across runs, across the order of keys in the model file
 * and across worker-thread counts. The built command line runs in a fresh process each time,
 * as a user's would, so nothing cached in one process can hide a difference.
 */

const bin = fileURLToPath(new URL("../packages/cli/bin/costplan.js", import.meta.url));
const bacNinh = fileURLToPath(new URL("../examples/bac-ninh/model.json", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "costplan-determinism-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs the CLI in `cwd` (so the model's path, which the JSON names, is the same "model.json" in every run). */
function costplan(cwd: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  // stderr carries only "wrote FILE" lines on success; the exit code says whether it failed.
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** A small seeded generator (mulberry32), so a failing order can be reproduced from its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The document with the keys of every object in a new order (arrays keep theirs: their order is data). */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => shuffleKeys(v, random));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = shuffleKeys(v, random);
  return out;
}

interface Outputs {
  readonly json: string;
  readonly text: string;
  readonly files: ReadonlyMap<string, Buffer>;
}

/** Every output of one model: `run --json` with the workbook and the tables, the Vietnamese report, and the template. */
function outputsOf(name: string, document: unknown): Outputs {
  const cwd = join(scratch, name);
  rmSync(cwd, { recursive: true, force: true });
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, "model.json"), JSON.stringify(document, null, 2));
  const json = costplan(cwd, "run", "model.json", "--json", "--xlsx", "result.xlsx", "--out", "tables", "--quiet");
  const text = costplan(cwd, "run", "model.json", "--lang", "vi", "--quiet");
  costplan(cwd, "template", "template.xlsx", "model.json", "--quiet");
  const files = new Map<string, Buffer>();
  for (const file of ["result.xlsx", "template.xlsx"]) files.set(file, readFileSync(join(cwd, file)));
  for (const file of readdirSync(join(cwd, "tables")).sort()) files.set(`tables/${file}`, readFileSync(join(cwd, "tables", file)));
  return { json, text, files };
}

function expectSame(a: Outputs, b: Outputs): void {
  expect(b.json).toBe(a.json);
  expect(b.text).toBe(a.text);
  expect([...b.files.keys()]).toEqual([...a.files.keys()]);
  for (const [file, bytes] of a.files) expect(b.files.get(file)?.equals(bytes), `${file} differs`).toBe(true);
}

describe("determinism of every output", () => {
  const model = JSON.parse(readFileSync(bacNinh, "utf8")) as unknown;
  let first: Outputs;
  beforeAll(() => {
    first = outputsOf("first", model);
  }, 120_000);

  it("writes the per-service tables it is asked for (CSV, Parquet and manifest.json)", () => {
    const tables = [...first.files.keys()].filter((f) => f.startsWith("tables/"));
    expect(tables).toContain("tables/manifest.json");
    expect(tables.some((f) => f.endsWith(".csv"))).toBe(true);
    expect(tables.some((f) => f.endsWith(".parquet"))).toBe(true);
  });

  it("gives byte-identical JSON, text, workbooks and tables in two runs of the same model", () => {
    expectSame(first, outputsOf("second", model));
  }, 120_000);

  it("gives byte-identical outputs whatever the order of the keys in the model file", () => {
    for (const seed of [1, 2]) expectSame(first, outputsOf(`shuffled-${seed}`, shuffleKeys(model, seeded(seed))));
  }, 240_000);

  it("gives byte-identical simulation output with 1 and 2 worker threads and across runs", () => {
    const cwd = join(scratch, "first");
    const simulate = (threads: string): string =>
      costplan(cwd, "simulate", "model.json", "--draws", "16", "--seed", "7", "--on", "summary.presentValue", "--threads", threads, "--json", "--quiet");
    const one = simulate("1");
    expect(simulate("1")).toBe(one);
    expect(simulate("2")).toBe(one);
  }, 240_000);
});
