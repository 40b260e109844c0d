/**
 * One measured task, run in its own process so its peak RSS is its own:
 * `node --import tsx test/bench/task.ts TASK [FILE]`. Prints one JSON line
 * `{ "ms": wall time of the measured part, "rssMB": peak RSS of the process, ... }`.
 * Reading and JSON-parsing the input are not timed; the model is already in memory.
 */
import { readFileSync } from "node:fs";
import { parseModel, runModel, runPipeline, type Model } from "@costplan/core";
import { readModel } from "../../packages/cli/src/model-source.js";
import { facilityColumns, floatKernel } from "./float-kernel.js";
import { hyperformulaRecalc } from "./hyperformula.js";

const [task, file] = process.argv.slice(2);

/** The model as the CLI reads it: a JSON file, with any CSV or Parquet tables it names. */
async function model(path: string): Promise<Model> {
  const read = await readModel(path, undefined);
  if (!read.ok) throw new Error(`${read.problems[0]!.where}: ${read.problems[0]!.message.en}`);
  return read.model;
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const rssMB = (): number => process.resourceUsage().maxRSS / 1024;

async function measure(): Promise<Record<string, unknown>> {
  switch (task) {
    case "validate": {
      const text = readFileSync(file!, "utf8");
      if (text.includes('"file"')) {
        // A model with tables: reading them is part of validating it.
        const t0 = performance.now();
        await model(file!);
        return { ms: performance.now() - t0, withTables: true };
      }
      const doc: unknown = JSON.parse(text);
      const { ms, value } = timed(() => parseModel(doc));
      if (!value.ok) throw new Error("the model does not validate");
      return { ms };
    }
    case "run": {
      const m = await model(file!);
      // Every stage, with the per-service detail as columns (what the CLI and --out use); the
      // entries as objects are built only for JSON output of models within its limit.
      const { ms, value } = timed(() => runPipeline(m, { detail: false }));
      return { ms, prices: value.servicePrices.facilities.reduce((n, f) => n + f.listed.services.length, 0), totalCost: value.result.summary.totalCost };
    }
    case "float": {
      const m = await model(file!);
      const columns = facilityColumns(m);
      const years = m.programme.lastYear - m.programme.firstYear + 1;
      floatKernel(columns, years, m.pricing.priceStep); // one warm-up pass: the kernel is a hot loop, JIT-compiled
      const { ms, value } = timed(() => floatKernel(columns, years, m.pricing.priceStep));
      return { ms, services: columns.reduce((n, c) => n + c.volume.length, 0), ...value };
    }
    case "bacninh": {
      const m = await model(file!);
      // A Monte Carlo or tornado runs the model hundreds of times, so the figure is the JIT-warm one:
      // one warm-up left most of the engine unoptimised and read about three times slower.
      for (let i = 0; i < 20; i += 1) runModel(m);
      const runs = Array.from({ length: 41 }, () => timed(() => runModel(m)).ms).sort((a, b) => a - b);
      return { ms: runs[20]!, runs };
    }
    case "hyperformula":
      return { ...(await hyperformulaRecalc(file!)) };
    default:
      throw new Error(`unknown task "${String(task)}"`);
  }
}

const result = await measure();
process.stdout.write(`${JSON.stringify({ ...result, rssMB: rssMB() })}\n`);
