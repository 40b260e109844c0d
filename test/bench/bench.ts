/**
 * `npm run bench`: costplan against itself at two sizes and against peers, in one run
 * on the same generated models. Each figure is measured in its own child process, so
 * peak RSS is per task. Prints a table (progress on stderr), or with `--json` one JSON
 * object on stdout. Asserts nothing: timings depend on the machine.
 *
 *   npm run bench -- [--sizes tiny,small,province,national] [--skip cli,xlsx,bacninh,float,libreoffice,hyperformula]
 *                    [--timeout SECONDS] [--json] [--save FILE.json]
 *
 * Peers run on the largest size asked for: a float64 kernel (the lower bound), LibreOffice
 * recalculating and saving the workbook `costplan run --xlsx` writes, and HyperFormula
 * building and evaluating that workbook.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateModel, type GenerateOptions } from "@costplan/core";
import { calcSession } from "../support/libreoffice.js";
import { printReport } from "./report.js";
import type { BenchReport, Measured, SizeReport } from "./report-types.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const taskScript = fileURLToPath(new URL("./task.ts", import.meta.url));
const rssHook = fileURLToPath(new URL("./rss-hook.mjs", import.meta.url));
const cliBin = join(root, "packages/cli/bin/costplan.js");
const bacNinh = join(root, "examples/bac-ninh/model.json");

/** The sizes the benchmark knows; `tiny` is for the test that runs the benchmark. */
const SIZES: Readonly<Record<string, GenerateOptions | undefined>> = {
  tiny: { size: "small", facilities: 2, centres: 6, supportCentres: 2, services: 20, years: 2 },
  small: { size: "small" },
  province: { size: "province" },
  // Never by default (CI runs the tiny size only): about 1 min to generate and several to run.
  national: { size: "national" },
};
const PARTS = ["cli", "xlsx", "bacninh", "float", "libreoffice", "hyperformula"] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "small,province" },
    skip: { type: "string", default: "" },
    timeout: { type: "string", default: "300" },
    json: { type: "boolean", default: false },
    save: { type: "string" },
  },
});
const sizes = values.sizes.split(",").filter((s) => s !== "");
const skip = new Set(values.skip.split(",").filter((s) => s !== ""));
const timeoutMs = Number(values.timeout) * 1000;
for (const s of sizes) if (!(s in SIZES)) fail(`unknown size "${s}"; expected ${Object.keys(SIZES).join(", ")}`);
for (const s of skip) if (!(PARTS as readonly string[]).includes(s)) fail(`unknown part to skip "${s}"; expected ${PARTS.join(", ")}`);
if (sizes.length === 0) fail("--sizes names no size");
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) fail(`--timeout expects seconds, got "${values.timeout}"`);
if (!existsSync(join(root, "packages/cli/dist/cli.js"))) fail("the CLI is not built: run npm run build first");

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
const log = (text: string): void => void process.stderr.write(`bench: ${text}\n`);
const wants = (part: Part): boolean => !skip.has(part);

const work = mkdtempSync(join(tmpdir(), "costplan-bench-"));

/** Runs one task of task.ts in a child process. */
function task(name: string, file: string): Measured {
  const r = spawnSync(process.execPath, ["--import", "tsx", taskScript, name, file], {
    cwd: root,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error !== undefined && r.signal !== null) return { status: "timed out", timeoutS: timeoutMs / 1000 };
  if (r.status !== 0) return { status: "failed", message: failure(r.stderr) };
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Measured;
}

/** Runs the installed command as a user would, its output to /dev/null; wall time includes starting Node. */
function cli(args: readonly string[]): Measured {
  const rssFile = join(work, `rss-${Date.now()}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", rssHook, cliBin, ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, COSTPLAN_BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - t0;
  if (r.error !== undefined && r.signal !== null) return { status: "timed out", timeoutS: timeoutMs / 1000 };
  if (r.status !== 0) return { status: "failed", message: failure(r.stderr) };
  return { ms, rssMB: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

function writeModel(size: string): { file: string; services: number } {
  const dir = join(work, size);
  mkdirSync(dir, { recursive: true });
  if (size === "national") {
    // Written as Parquet tables beside a small model.json: the one JSON file would pass V8's string limit.
    const r = spawnSync(process.execPath, [cliBin, "generate", "--size", "national", "--seed", "1", "--out", dir], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (r.status !== 0) fail(`national: generate failed: ${failure(r.stderr)}`);
    return { file: join(dir, "model.json"), services: 1700 * 3000 };
  }
  const doc = generateModel(SIZES[size]);
  const file = join(dir, "model.json");
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return { file, services: doc.serviceLists.reduce((n, l) => n + l.services.length, 0) };
}

const report: BenchReport = {
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  },
  sizes: {},
  bacNinh: undefined,
  peers: undefined,
  ratios: {},
};
const models: Record<string, { file: string; services: number }> = {};
const workbooks: Record<string, string> = {};

try {
  for (const size of sizes) {
    log(`${size}: generating the model`);
    const m = (models[size] = writeModel(size));
    const entry: SizeReport = {
      options: SIZES[size]!,
      services: m.services,
      validate: undefined,
      run: undefined,
      cliValidate: undefined,
      cliRun: undefined,
      cliXlsx: undefined,
    };
    report.sizes[size] = entry;
    log(`${size}: parseModel`);
    entry.validate = task("validate", m.file);
    log(`${size}: runModel`);
    entry.run = task("run", m.file);
    if (wants("cli")) {
      log(`${size}: costplan validate`);
      entry.cliValidate = cli(["validate", m.file]);
      log(`${size}: costplan run --json --threads 1`);
      entry.cliRun = cli(["run", m.file, "--json", "--threads", "1"]);
      log(`${size}: costplan run --json --threads 2`);
      entry.cliRunThreads2 = cli(["run", m.file, "--json", "--threads", "2"]);
    }
    if (size === "national") {
      log(`${size}: costplan run --json --out DIR`);
      entry.cliRunOut = cli(["run", m.file, "--json", "--out", join(work, size, "out")]);
    }
    if (wants("xlsx") && size !== "national") {
      log(`${size}: costplan run --xlsx (timeout ${timeoutMs / 1000} s)`);
      const xlsx = join(work, size, "model.xlsx");
      entry.cliXlsx = cli(["run", m.file, "--xlsx", xlsx]);
      if ("ms" in entry.cliXlsx) workbooks[size] = xlsx;
    }
  }

  if (wants("bacninh")) {
    log("Bac Ninh: runModel, median of 41 runs after 20 warm-ups");
    report.bacNinh = task("bacninh", bacNinh);
  }

  const peerSize = ["national", "province", "small", "tiny"].find((s) => sizes.includes(s))!;
  const peers: NonNullable<BenchReport["peers"]> = {
    size: peerSize,
    services: models[peerSize]!.services,
    float: undefined,
    workbookSize: undefined,
    workbookNote: undefined,
    libreoffice: undefined,
    hyperformula: undefined,
  };
  report.peers = peers;
  if (wants("float")) {
    log(`${peerSize}: float64 kernel`);
    peers.float = task("float", models[peerSize]!.file);
  }
  if (wants("libreoffice") || wants("hyperformula")) {
    // The largest size whose workbook costplan can write within the timeout, starting at the peers' size.
    for (const size of ["province", "small", "tiny"].slice(["province", "small", "tiny"].indexOf(peerSize))) {
      const tried = report.sizes[size]?.cliXlsx;
      if (tried !== undefined && !("ms" in tried)) {
        // Already timed out (or failed) above: do not spend the timeout twice.
        peers.workbookNote = `${size}: costplan run --xlsx ${tried.status}`;
        continue;
      }
      if (workbooks[size] === undefined) {
        models[size] ??= writeModel(size);
        log(`${size}: costplan run --xlsx for the peers (timeout ${timeoutMs / 1000} s)`);
        const xlsx = join(work, size, "model.xlsx");
        const written = cli(["run", models[size].file, "--xlsx", xlsx]);
        if (!("ms" in written)) {
          peers.workbookNote = `${size}: costplan run --xlsx ${written.status}`;
          continue;
        }
        workbooks[size] = xlsx;
      }
      peers.workbookSize = size;
      break;
    }
    const book = peers.workbookSize === undefined ? undefined : workbooks[peers.workbookSize];
    if (book !== undefined && peers.workbookSize !== peerSize) {
      // Compare like with like: costplan's own run at the workbook's size.
      const size = peers.workbookSize!;
      if (report.sizes[size]?.run === undefined) peers.runAtWorkbookSize = task("run", models[size]!.file);
      else peers.runAtWorkbookSize = report.sizes[size].run;
    }
    if (book !== undefined && wants("libreoffice")) {
      log(`${peers.workbookSize!}: LibreOffice open, recalculate (forced), save`);
      peers.libreoffice = libreoffice(book);
    }
    if (book !== undefined && wants("hyperformula")) {
      log(`${peers.workbookSize!}: HyperFormula build and evaluate`);
      peers.hyperformula = task("hyperformula", book);
    }
  }

  const ms = (m: Measured | undefined): number | undefined => (m !== undefined && "ms" in m ? m.ms : undefined);
  const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
  const run = ms(report.sizes[peerSize]?.run);
  const runForBook = ms(peers.runAtWorkbookSize) ?? run;
  report.ratios = {
    runModelOverFloat: ratio(run, ms(peers.float)),
    runModelOverLibreoffice: ratio(runForBook, ms(peers.libreoffice)),
    runModelOverHyperformula: ratio(runForBook, ms(peers.hyperformula)),
    // Writing the workbook against LibreOffice opening, recalculating and saving that same workbook.
    cliXlsxOverLibreoffice: ratio(ms(report.sizes[peers.workbookSize ?? ""]?.cliXlsx), ms(peers.libreoffice)),
  };

  if (values.save !== undefined) writeFileSync(values.save, `${JSON.stringify(report, null, 2)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** LibreOffice in a private profile that forces recalculation; one warm-up conversion first, so profile creation is not timed. */
function libreoffice(book: string): Measured {
  const session = calcSession(timeoutMs);
  try {
    const warm = join(session.work, "warm.csv");
    writeFileSync(warm, "a,b\n1,2\n");
    session.convert(warm, "xlsx", "warm.xlsx");
    const t0 = performance.now();
    session.convert(book, "xlsx", "model.xlsx");
    return { ms: performance.now() - t0 };
  } catch (error) {
    const message = (error as Error).message;
    return /ETIMEDOUT|timed out/i.test(message) ? { status: "timed out", timeoutS: timeoutMs / 1000 } : { status: "failed", message: message.split("\n")[0]! };
  } finally {
    session.dispose();
  }
}

/** One line that says why a child failed: V8's out-of-memory report, else the last line it wrote. */
function failure(stderr: string): string {
  if (/heap out of memory|Allocation failed/i.test(stderr)) return "out of memory (JavaScript heap)";
  const lines = stderr
    .trim()
    .split("\n")
    .filter((l) => l.trim() !== "");
  return (lines[lines.length - 1] ?? "exited with an error").slice(0, 160);
}
