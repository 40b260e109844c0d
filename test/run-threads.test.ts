import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";

// The built binary, so that --threads 2 really starts tinypool's worker threads (dist/run-worker.js).
const bin = fileURLToPath(new URL("../packages/cli/bin/costplan.js", import.meta.url));
const worker = fileURLToPath(new URL("../packages/cli/dist/run-worker.js", import.meta.url));
let work: string;

const costplan = (...args: string[]): { stdout: string; stderr: string; status: number | null } =>
  spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

/** `run [MODEL] --json --out out` with the given thread count: stdout and the bytes of every --out file, by name. */
function runWith(model: string | undefined, threads: string, ...extra: string[]): { stdout: string; files: Map<string, Buffer> } {
  rmSync(join(work, "out"), { recursive: true, force: true });
  // --debug: a worker that failed and was run again in one thread would say so on stderr.
  const r = costplan(
    "run",
    ...(model === undefined ? [] : [model]),
    "--json",
    "--out",
    "out",
    "--threads",
    threads,
    "--quiet",
    "--debug",
    "--lang",
    "en",
    ...extra,
  );
  expect(r.stderr).toBe("wrote out (manifest.json, CSV, Parquet)\n");
  expect(r.status).toBe(0);
  const files = new Map(readdirSync(join(work, "out")).map((f) => [f, readFileSync(join(work, "out", f))]));
  renameSync(join(work, "out"), join(work, `out-${threads}-${Date.now()}`));
  return { stdout: r.stdout, files };
}

function expectSameBytes(a: ReturnType<typeof runWith>, b: ReturnType<typeof runWith>): void {
  expect(b.stdout).toBe(a.stdout);
  expect([...b.files.keys()].sort()).toEqual([...a.files.keys()].sort());
  expect([...a.files.keys()]).toContain("prices.parquet");
  for (const [name, bytes] of a.files) expect(b.files.get(name)!.equals(bytes), name).toBe(true);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "costplan-threads-"));
  const g = costplan("generate", "--out", "gen", "--facilities", "6", "--services", "50", "--seed", "3");
  expect(g.status).toBe(0);
  // The same model on the class basis: prices pooled over a class's facilities, whichever thread costed them.
  const model = JSON.parse(readFileSync(join(work, "gen", "model.json"), "utf8")) as { pricing: Record<string, unknown> };
  writeFileSync(join(work, "class.json"), JSON.stringify({ ...model, pricing: { ...model.pricing, basis: "class" } }));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("costplan run --threads", () => {
  it("writes the same bytes on stdout and in every --out file (CSV and Parquet) with 1, 2 and 3 worker threads", () => {
    expect(existsSync(worker)).toBe(true);
    const one = runWith("gen/model.json", "1");
    expectSameBytes(one, runWith("gen/model.json", "2"));
    expectSameBytes(one, runWith("gen/model.json", "3"));
  }, 180_000);

  it("writes the same bytes with 1 and 2 threads on the class basis and under a scenario of the Bac Ninh model", () => {
    expectSameBytes(runWith("class.json", "1"), runWith("class.json", "2"));
    // No MODEL: the built-in Bac Ninh model (56 facilities, class price lists, savings).
    expectSameBytes(runWith(undefined, "1", "--scenario", "offset-savings"), runWith(undefined, "2", "--scenario", "offset-savings"));
  }, 180_000);

  it("refuses a thread count that is not a whole number from 1 to 64, and --threads with another command, with exit 2", async () => {
    for (const bad of ["0", "65", "two", "1.5"]) {
      const r = await runCli("run", "--threads", bad, "--lang", "en");
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe(`costplan: --threads expects a whole number from 1 to 64, got "${bad}"`);
    }
    const vi = await runCli("run", "--threads", "0", "--lang", "vi");
    expect(vi.stderr.split("\n")[0]).toBe('costplan: --threads cần một số nguyên từ 1 đến 64, nhận được "0"');
    const other = await runCli("validate", "--threads", "2", "--lang", "en");
    expect(other.code).toBe(2);
    expect(other.stderr.split("\n")[0]).toBe("costplan: --threads goes with run, simulate");
  }, 60_000);
});
