// What each command loads, seen by a module-resolution hook on the built CLI: start-up stays fast
// because workbooks (exceljs), tables (DuckDB), YAML, the progress bar and the Monte Carlo
// distributions (@stdlib, through @costplan/core/analysis) load only when used.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/costplan.js");
const hook = join(root, "test/support/trace-imports.mjs");
const work = mkdtempSync(join(tmpdir(), "costplan-startup-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

let runs = 0;
/** Runs the built CLI and returns its exit code and the packages it imported. */
function loads(...args: string[]): { code: number | null; packages: string[] } {
  const trace = join(work, `trace-${(runs += 1)}.txt`);
  const r = spawnSync(process.execPath, ["--import", hook, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, COSTPLAN_TRACE_IMPORTS: trace, COSTPLAN_LANG: "en" },
  });
  const urls = readFileSync(trace, "utf8").split("\n").filter(Boolean);
  const names = urls.flatMap((u) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u) ?? /packages\/(core|xlsx)\/dist\//.exec(u);
    return m === null ? [] : [m[1]!.startsWith("@") || !["core", "xlsx"].includes(m[1]!) ? m[1]! : `@costplan/${m[1]!}`];
  });
  return { code: r.status, packages: [...new Set(names)].sort() };
}

const HEAVY = ["exceljs", "@costplan/xlsx", "@duckdb/node-api", "yaml", "cli-progress"];
const stdlib = (packages: readonly string[]): string[] => packages.filter((p) => p.startsWith("@stdlib/"));
const fixture = "test/fixtures/models/small";

describe("start-up: a command loads only what it needs", () => {
  it("--version loads no package at all, not even core", () => {
    const { code, packages } = loads("--version");
    expect(code).toBe(0);
    expect(packages).toEqual([]);
  });

  it("validate and run of a JSON model load neither exceljs nor DuckDB, YAML or the progress bar", () => {
    for (const args of [
      ["validate", `${fixture}.json`],
      ["run", `${fixture}.json`, "--json"],
    ]) {
      const { code, packages } = loads(...args);
      expect(code, args.join(" ")).toBe(0);
      expect(packages, args.join(" ")).toContain("@costplan/core");
      expect(
        packages.filter((p) => HEAVY.includes(p)),
        args.join(" "),
      ).toEqual([]);
    }
  });

  it("run, validate and sensitivity never load @stdlib's distributions; simulate does (the probe sees them)", () => {
    const commands = [
      ["validate", `${fixture}.json`],
      ["run", `${fixture}.json`, "--json"],
      ["sensitivity", `${fixture}.json`, "--vary", "programme.discountRate=-20%..+20%", "--json"],
    ];
    for (const args of commands) {
      const { code, packages } = loads(...args);
      expect(code, args.join(" ")).toBe(0);
      expect(stdlib(packages), args.join(" ")).toEqual([]);
    }
    const vary = "programme.discountRate=triangular(-10%,0%,+30%)";
    const sim = loads("simulate", `${fixture}.json`, "--draws", "4", "--seed", "1", "--vary", vary, "--json", "--quiet");
    expect(sim.code).toBe(0);
    expect(stdlib(sim.packages)).toContain("@stdlib/stats-base-dists-normal-quantile");
  });

  it("loads YAML for a YAML model and DuckDB for --out (the probe sees what is loaded)", () => {
    expect(loads("validate", `${fixture}.yaml`).packages).toContain("yaml");
    const out = loads("run", `${fixture}.json`, "--out", join(work, "out"));
    expect(out.code).toBe(0);
    expect(out.packages).toContain("@duckdb/node-api");
    expect(out.packages).not.toContain("exceljs");
  });
});
