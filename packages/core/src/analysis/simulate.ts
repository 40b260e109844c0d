import { CostplanError } from "../errors/costplan-error.js";
import type { LocalText } from "../model/local-text.js";
import type { Model } from "../model/schema.js";
import { runModel } from "../pipeline/run-model.js";
import { copulaFor, correlatedUniforms, type Copula, type RankCorrelation } from "./correlation.js";
import { checkDistribution, quantile, type Distribution } from "./distributions.js";
import { inputLocations, outputReader } from "./paths.js";
import { strata, uniforms } from "./random.js";
import { variedModel, type AppliedInput, type Basis } from "./vary.js";

/** An uncertain input: a path (groups allowed) and the distribution of its change or value. */
export interface UncertainInput {
  readonly path: string;
  readonly basis: Basis;
  readonly distribution: Distribution;
  /** Why this distribution: the assumption behind it (one text, or `{ en, vi }`). */
  readonly assumption?: LocalText | undefined;
}

/** Options of {@link simulateDraws} and {@link simulate}. */
export interface SimulationOptions {
  readonly inputs: readonly UncertainInput[];
  readonly outputs: readonly string[];
  readonly draws: number;
  readonly seed: number;
  /** Latin hypercube sampling: each input's draws fall one in each of `draws` equal-probability strata. */
  readonly lhs?: boolean;
  /** Rank correlations between inputs (by path), applied through a Gaussian copula draw by draw. */
  readonly correlations?: readonly RankCorrelation[];
}

/** The draws from `from` to `to` (excluded): each input's change and each output's value, draw by draw. */
export interface DrawBlock {
  readonly from: number;
  /** `changes[d][k]`: input k's change (or value) in draw from + d. */
  readonly changes: readonly (readonly number[])[];
  /** `values[d][o]`: output o in draw from + d. */
  readonly values: readonly (readonly number[])[];
}

function checked(model: Model, options: SimulationOptions): { applied: AppliedInput[]; readers: ((r: unknown) => number)[] } {
  if (!Number.isSafeInteger(options.draws) || options.draws < 1) {
    throw new CostplanError("analysis-bad-range", { where: "draws", detail: "analysis-range-draws", received: options.draws });
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new CostplanError("analysis-bad-range", { where: "seed", detail: "analysis-range-seed", received: options.seed });
  }
  const applied = options.inputs.map((input, k) => {
    checkDistribution(input.distribution, `inputs[${k}]`);
    return { locations: inputLocations(model, input.path, `inputs[${k}]`), basis: input.basis };
  });
  return { applied, readers: options.outputs.map((o, i) => outputReader(o, `outputs[${i}]`)) };
}

/** What every draw of a simulation shares: the Latin hypercube strata and the copula. */
interface Sampler {
  readonly layers: readonly Uint32Array[] | undefined;
  readonly copula: Copula | undefined;
}

function samplerFor(options: SimulationOptions): Sampler {
  return {
    layers: options.lhs === true ? options.inputs.map((_, k) => strata(options.seed, k, options.draws)) : undefined,
    copula: copulaFor(
      options.inputs.map((input) => input.path),
      options.correlations ?? [],
    ),
  };
}

function changesOf(options: SimulationOptions, sampler: Sampler, i: number): number[] {
  const next = uniforms(options.seed, i);
  const n = options.draws;
  const u = options.inputs.map((_, k) => (sampler.layers === undefined ? next() : (sampler.layers[k]![i]! + next()) / n));
  // With Latin hypercube sampling the copula mixes the stratified uniforms: each input's marginal stays uniform, its strata are no longer exact.
  const mixed = sampler.copula === undefined ? u : correlatedUniforms(u, sampler.copula);
  return options.inputs.map((input, k) => quantile(input.distribution, mixed[k]!, input.basis === "relative" ? -1 : 0));
}

/**
 * Each input's drawn change (or value) in draws `from` to `to` (excluded), without running the
 * model: what {@link simulateDraws} feeds to each run. Draw i depends on (seed, i) alone (and,
 * with Latin hypercube, on the number of draws).
 *
 * @throws CostplanError `analysis-bad-range`
 */
export function drawChanges(options: SimulationOptions, from: number, to: number): number[][] {
  options.inputs.forEach((input, k) => {
    checkDistribution(input.distribution, `inputs[${k}]`);
  });
  const sampler = samplerFor(options);
  const out: number[][] = [];
  for (let i = from; i < Math.min(to, options.draws); i += 1) out.push(changesOf(options, sampler, i));
  return out;
}

/**
 * Runs draws `from` to `to` of a Monte Carlo simulation, each a full exact run of the model
 * with every uncertain input at its drawn change. Draw i's numbers depend on (seed, i) alone
 * (and, with Latin hypercube, on the number of draws), so any split of the draws over workers
 * gives the same draws; merged in draw order they are the whole simulation.
 *
 * @throws CostplanError `analysis-bad-range`, `analysis-no-input`, `analysis-not-number`, `analysis-unknown-output`
 */
export function simulateDraws(model: Model, options: SimulationOptions, from: number, to: number, onDraw?: () => void): DrawBlock {
  const { applied, readers } = checked(model, options);
  const sampler = samplerFor(options);
  const changes: number[][] = [];
  const values: number[][] = [];
  for (let i = from; i < Math.min(to, options.draws); i += 1) {
    const drawn = changesOf(options, sampler, i);
    const result = runModel(variedModel(model, applied, drawn), { detail: false });
    changes.push(drawn);
    values.push(readers.map((r) => r(result)));
    onDraw?.();
  }
  return { from, changes, values };
}

/** What a simulation says of one output. */
export interface OutputSummary {
  readonly output: string;
  readonly mean: number;
  /** Sample standard deviation (n − 1). */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** At each asked percentile, linear between order statistics (Excel's PERCENTILE.INC). */
  readonly percentiles: readonly { readonly p: number; readonly value: number }[];
  /**
   * Convergence check: the standard error of the mean relative to the mean, and how much the
   * running mean moved over the last quarter of the draws (relative to the final mean).
   * Converged when both are under 1 %.
   */
  readonly convergence: {
    readonly standardError: number;
    readonly relativeStandardError: number;
    readonly lastQuarterChange: number;
    readonly converged: boolean;
  };
}

/** Percentile `p` (0-100) of sorted values, linear between order statistics. */
export function percentileOf(sorted: readonly number[], p: number): number {
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Summarises the draws of each output: mean, standard deviation, extremes, percentiles and
 * a convergence check. A pure function of the draws in draw order.
 */
export function summariseDraws(outputs: readonly string[], values: readonly (readonly number[])[], percentiles: readonly number[]): OutputSummary[] {
  const n = values.length;
  return outputs.map((output, o) => {
    const xs = values.map((v) => v[o]!);
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const sd = n > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
    const sorted = [...xs].sort((a, b) => a - b);
    const q = Math.floor((3 * n) / 4);
    const meanAt = q > 0 ? xs.slice(0, q).reduce((a, b) => a + b, 0) / q : mean;
    const rel = (x: number): number => (mean === 0 ? (x === 0 ? 0 : Infinity) : Math.abs(x / mean));
    const standardError = sd / Math.sqrt(n);
    const relativeStandardError = rel(standardError);
    const lastQuarterChange = rel(mean - meanAt);
    return {
      output,
      mean,
      sd,
      min: sorted[0]!,
      max: sorted[n - 1]!,
      percentiles: percentiles.map((p) => ({ p, value: percentileOf(sorted, p) })),
      convergence: {
        standardError,
        relativeStandardError: Number.isFinite(relativeStandardError) ? relativeStandardError : 1,
        lastQuarterChange: Number.isFinite(lastQuarterChange) ? lastQuarterChange : 1,
        converged: relativeStandardError < 0.01 && lastQuarterChange < 0.01,
      },
    };
  });
}

/** What {@link simulate} finds. */
export interface SimulationResult {
  readonly draws: number;
  readonly seed: number;
  readonly lhs: boolean;
  readonly summaries: readonly OutputSummary[];
  readonly values: readonly (readonly number[])[];
}

/**
 * A seeded Monte Carlo simulation of a model, all draws in this thread: every draw a full
 * exact run. The same seed gives the same numbers on any machine; the CLI spreads the same
 * draws over worker threads with {@link simulateDraws} and gets the same result.
 *
 * @param percentiles - percentiles to report, 0-100 (default 5, 50, 95)
 * @example
 * simulate(model, { inputs: [{ path: "programme.discountRate", basis: "relative", distribution: { type: "pert", min: -0.25, mode: 0, max: 0.25 } }],
 * outputs: ["summary.presentValue"], draws: 1000, seed: 1 })
 */
export function simulate(model: Model, options: SimulationOptions, percentiles: readonly number[] = [5, 50, 95]): SimulationResult {
  const block = simulateDraws(model, options, 0, options.draws);
  return {
    draws: options.draws,
    seed: options.seed,
    lhs: options.lhs === true,
    summaries: summariseDraws(options.outputs, block.values, percentiles),
    values: block.values,
  };
}
