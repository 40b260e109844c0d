import { CostplanError } from "../errors/costplan-error.js";
import type { LocalText } from "../model/local-text.js";
import type { Model } from "../model/schema.js";
import { runModel, type RunResult } from "../pipeline/run-model.js";
import { checkVariation } from "./check.js";
import { inputLocations, outputReader } from "./paths.js";
import { variedModel, type AppliedInput, type Basis } from "./vary.js";

/** One input of a sensitivity analysis: a path (or group of paths) and its range. */
export interface SensitivityInput {
  /** A path into the model, groups allowed: see {@link inputLocations}. */
  readonly path: string;
  /** The low and high change: fractions of the base for `relative` (-0.2 = 20 % less), values for `absolute`. */
  readonly low: number;
  readonly high: number;
  readonly basis: Basis;
  /** Why this range: the assumption behind it, shown beside the input (one text, or `{ en, vi }`). */
  readonly assumption?: LocalText | undefined;
}

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  readonly inputs: readonly SensitivityInput[];
  /** Figures of the result, by path: `summary.totalCost`, `payers.byYear.2025.fund`. */
  readonly outputs: readonly string[];
  /** Points of the spider table from low to high, both included (default 5; at least 2). */
  readonly steps?: number;
  /** Called after each run, for progress. */
  readonly onRun?: (done: number, total: number) => void;
}

/** One bar of a tornado: an input's effect on one output. */
export interface TornadoEntry {
  readonly input: string;
  /** The output at the input's low and high change. */
  readonly low: number;
  readonly high: number;
  /** |high − low|: what the tornado is ranked by. */
  readonly swing: number;
}

/** The output against one input's change, step by step. */
export interface SpiderLine {
  readonly input: string;
  /** The changes tried, from low to high. */
  readonly changes: readonly number[];
  /** `values[o][s]`: output `o` at change `s`. */
  readonly values: readonly (readonly number[])[];
}

/** What {@link sensitivity} finds. */
export interface SensitivityResult {
  readonly outputs: readonly string[];
  /** Each output's value in the base run, in the order of `outputs`. */
  readonly base: readonly number[];
  /** One tornado per output (in the order of `outputs`), bars ranked by swing, largest first; ties keep the inputs' order. */
  readonly tornado: readonly (readonly TornadoEntry[])[];
  readonly spider: readonly SpiderLine[];
  /** Every input as given, with the numbers of the model it reaches. */
  readonly inputs: readonly (SensitivityInput & { readonly reaches: readonly string[] })[];
  /** How many full runs were made (the base included). */
  readonly runs: number;
}

/** The changes of a spider line: `steps` points from low to high, evenly spaced, exactly. */
export function spiderChanges(low: number, high: number, steps: number): number[] {
  return Array.from({ length: steps }, (_, s) => (s === 0 ? low : s === steps - 1 ? high : low + ((high - low) * s) / (steps - 1)));
}

/**
 * One-at-a-time sensitivity: each input is moved over its range, every other input at its
 * base value, and every point is a full exact run of the model. The tornado ranks inputs by
 * the swing of each output between the input's low and high end; the spider table gives
 * each output at every step. An input that does not reach an output has zero swing on it.
 * A pure function of its arguments: the same call gives the same result.
 *
 * @param model - a model from {@link parseModel}
 * @param options - the inputs (paths and ranges), the output figures and the steps
 * @returns base values, tornado bars ranked by swing and the spider table
 * @throws CostplanError `analysis-no-input`, `analysis-not-number`, `analysis-unknown-output`, `analysis-bad-range`, `analysis-invalid-variation`
 * @example
 * sensitivity(model, { inputs: [{ path: "programme.discountRate", low: -0.2, high: 0.2, basis: "relative" }], outputs: ["summary.presentValue"] })
 * // tornado[0][0] = { input: "programme.discountRate", low: ..., high: ..., swing: ... }
 */
export function sensitivity(model: Model, options: SensitivityOptions): SensitivityResult {
  const steps = options.steps ?? 5;
  if (!Number.isSafeInteger(steps) || steps < 2 || steps > 101) {
    throw new CostplanError("analysis-bad-range", { where: "steps", detail: "analysis-range-steps", received: steps });
  }
  if (options.outputs.length === 0) throw new CostplanError("analysis-bad-range", { where: "outputs", detail: "analysis-range-no-outputs" });
  const readers = options.outputs.map((o, i) => outputReader(o, `outputs[${i}]`));
  const applied: AppliedInput[] = options.inputs.map((input, k) => {
    const where = `inputs[${k}]`;
    if (!Number.isFinite(input.low) || !Number.isFinite(input.high) || input.low > input.high) {
      throw new CostplanError("analysis-bad-range", { where, detail: "analysis-range-low-high", path: input.path, low: input.low, high: input.high });
    }
    return { locations: inputLocations(model, input.path, where), basis: input.basis };
  });
  const read = (result: RunResult): number[] => readers.map((r) => r(result));
  const reused = (basis: Basis, c: number): boolean => basis === "relative" && c === 0;
  const total = 1 + options.inputs.reduce((n, input) => n + spiderChanges(input.low, input.high, steps).filter((c) => !reused(input.basis, c)).length, 0);
  let runs = 0;
  const run = (m: Model): number[] => {
    const values = read(runModel(m, { detail: false }));
    runs += 1;
    options.onRun?.(runs, total);
    return values;
  };
  const base = run(model);
  const spider: SpiderLine[] = applied.map((input, k) => {
    const given = options.inputs[k]!;
    const one = (change: number): number[] => [change];
    checkVariation(model, [input], one(given.low), `inputs[${k}]`, given.path, String(given.low));
    checkVariation(model, [input], one(given.high), `inputs[${k}]`, given.path, String(given.high));
    const changes = spiderChanges(given.low, given.high, steps);
    // A relative change of 0 is the base run: reuse it rather than run it again.
    const columns = changes.map((c) => (reused(input.basis, c) ? base : run(variedModel(model, [input], one(c)))));
    return { input: given.path, changes, values: readers.map((_, o) => columns.map((col) => col[o]!)) };
  });
  const tornado = readers.map((_, o) =>
    spider
      .map((line) => {
        const low = line.values[o]![0]!;
        const high = line.values[o]![steps - 1]!;
        return { input: line.input, low, high, swing: Math.abs(high - low) };
      })
      .map((entry, order) => ({ entry, order }))
      .sort((a, b) => b.entry.swing - a.entry.swing || a.order - b.order)
      .map(({ entry }) => entry),
  );
  return {
    outputs: [...options.outputs],
    base,
    tornado,
    spider,
    inputs: options.inputs.map((input, k) => ({ ...input, reaches: applied[k]!.locations.map((l) => l.path) })),
    runs,
  };
}
