import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { CostplanError } from "../errors/costplan-error.js";
import type { MessageCode, MessageParams } from "../errors/catalogue.js";

/** Two uncertain inputs (by path) whose draws move together with this Spearman rank correlation (−1 to 1). */
export interface RankCorrelation {
  readonly a: string;
  readonly b: string;
  readonly rank: number;
}

/**
 * A Gaussian copula over some of a simulation's inputs: which inputs it moves and the lower
 * Cholesky factor of their normal correlation matrix, row by row.
 */
export interface Copula {
  /** The inputs the copula moves, by index in the simulation's inputs, ascending. */
  readonly members: readonly number[];
  readonly factor: readonly (readonly number[])[];
}

/**
 * The normal correlation that gives Spearman's `rank` under a Gaussian copula:
 * r = 2 sin(π ρs / 6), the inverse of ρs = (6/π) asin(r/2).
 *
 * @example
 * normalCorrelationFor(0.8); // 0.8134732861516003
 */
export function normalCorrelationFor(rank: number): number {
  return 2 * Math.sin((Math.PI * rank) / 6);
}

function bad(where: string, detail: Extract<MessageCode, `analysis-range-${string}`>, params: MessageParams = {}): never {
  throw new CostplanError("analysis-bad-range", { ...params, where, detail });
}

/**
 * The copula of a simulation's rank correlations, or undefined when none is other than zero
 * (so a simulation with correlations 0 draws exactly the numbers it draws without them). Only
 * the inputs named in a non-zero correlation are moved; the others keep their uniforms as drawn.
 *
 * Why a Gaussian copula and not Iman-Conover: Iman-Conover reorders a whole sample after it is
 * drawn, so draw i would depend on every other draw, and a block of draws on one worker thread
 * could not be made alone. The copula acts on one draw's uniforms at a time, so draw i still
 * depends on (seed, i) alone, on any machine and any number of threads. The price: the rank
 * correlation is met in expectation, not exactly in each sample.
 *
 * @throws CostplanError `analysis-bad-range` (an unknown path, a pair named twice or with
 * itself, a correlation outside −1..1, or correlations that no set of inputs can have together)
 */
export function copulaFor(paths: readonly string[], correlations: readonly RankCorrelation[]): Copula | undefined {
  const pairs = new Map<string, number>();
  const memberSet = new Set<number>();
  correlations.forEach((c, k) => {
    const where = `correlations[${k}]`;
    const i = paths.indexOf(c.a);
    const j = paths.indexOf(c.b);
    if (i < 0 || j < 0) bad(where, "analysis-range-not-uncertain", { path: i < 0 ? c.a : c.b, paths: paths.join(", ") });
    if (i === j) bad(where, "analysis-range-self", { path: c.a });
    if (!(Number.isFinite(c.rank) && c.rank >= -1 && c.rank <= 1)) bad(where, "analysis-range-rank", { received: c.rank });
    const key = i < j ? `${i} ${j}` : `${j} ${i}`;
    if (pairs.has(key)) bad(where, "analysis-range-pair-twice", { a: c.a, b: c.b });
    pairs.set(key, c.rank);
    if (c.rank !== 0) {
      memberSet.add(i);
      memberSet.add(j);
    }
  });
  if (memberSet.size === 0) return undefined;
  const members = [...memberSet].sort((x, y) => x - y);
  const m = members.length;
  const r = members.map((i) => members.map((j) => (i === j ? 1 : normalCorrelationFor(pairs.get(i < j ? `${i} ${j}` : `${j} ${i}`) ?? 0))));
  // Cholesky, allowing a zero pivot (a correlation of ±1 makes the matrix only semi-definite).
  const factor = r.map(() => new Array<number>(m).fill(0));
  for (let j = 0; j < m; j += 1) {
    let pivot = r[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= factor[j]![k]! ** 2;
    if (pivot < -1e-9) bad("correlations", "analysis-range-not-semidefinite");
    const d = Math.sqrt(Math.max(0, pivot));
    factor[j]![j] = d;
    for (let i = j + 1; i < m; i += 1) {
      let sum = r[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= factor[i]![k]! * factor[j]![k]!;
      factor[i]![j] = d === 0 ? 0 : sum / d;
    }
  }
  return { members, factor };
}

/** Keeps a probability strictly inside (0, 1), where every quantile function is finite. */
const EPS = 2 ** -53;

/**
 * One draw's uniforms through the copula: the members' uniforms to standard normals, mixed by
 * the factor, and back to uniforms; the other inputs' uniforms unchanged. A pure function of
 * the draw's own uniforms.
 */
export function correlatedUniforms(u: readonly number[], copula: Copula): number[] {
  const z = copula.members.map((i) => normalQuantile(u[i]!, 0, 1));
  const out = [...u];
  copula.members.forEach((i, row) => {
    let mixed = 0;
    for (let k = 0; k <= row; k += 1) mixed += copula.factor[row]![k]! * z[k]!;
    out[i] = Math.min(1 - EPS, Math.max(EPS, normalCdf(mixed, 0, 1)));
  });
  return out;
}
