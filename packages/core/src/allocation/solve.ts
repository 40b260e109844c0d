import { Dec, type Dec as DecValue } from "../internal/decimal.js";

/** A support centre's shares to other support centres, by position among the support centres. */
export type SupportShares = readonly (readonly { readonly to: number; readonly share: DecValue }[])[];

/**
 * Solves the reciprocal equations x = c + Aᵀx, that is (I - Aᵀ) x = c, where A[k][j] is
 * the share of support centre k's cost that support centre j receives.
 *
 * LU factorisation with partial pivoting runs in binary floating point, which is fast
 * for hundreds of centres; iterative refinement then computes each residual c - (I - Aᵀ)x
 * in 40-digit decimals and corrects x with the same factors, until the residual is below
 * 10^-24 of the costs. The caller has checked that every support centre's cost can reach
 * an operating centre, which makes I - Aᵀ non-singular; where it is singular at the working
 * precision all the same, every amount is NaN and the caller reports the loop (`alloc-unbounded`).
 */
export function solveReciprocal(costs: readonly DecValue[], shares: SupportShares): DecValue[] {
  const m = costs.length;
  if (m === 0) return [];
  // M = I - Aᵀ: column k holds -share(k -> j) in row j.
  const matrix = Array.from({ length: m }, (_, j) => {
    const row = new Float64Array(m);
    row[j] = 1;
    return row;
  });
  const exactColumns = shares.map((row) => row.map(({ to, share }) => ({ to, share })));
  shares.forEach((row, k) => {
    for (const { to, share } of row) matrix[to]![k] = matrix[to]![k]! - share.toNumber();
  });
  const lu = factor(matrix);

  let x = costs.map(() => new Dec(0));
  const scale = costs.reduce((a, c) => Dec.max(a, c.abs()), new Dec(1));
  const tolerance = scale.mul("1e-24");
  for (let iteration = 0; iteration <= 12; iteration += 1) {
    // residual r = c - (I - Aᵀ) x, in decimals
    const residual = costs.map((c, j) => c.minus(x[j]!));
    exactColumns.forEach((row, k) => {
      for (const { to, share } of row) residual[to] = residual[to]!.plus(x[k]!.mul(share));
    });
    const worst = residual.reduce((a, r) => Dec.max(a, r.abs()), new Dec(0));
    if (worst.lte(tolerance)) return x;
    if (iteration === 12) break;
    const correction = substitute(
      lu,
      residual.map((r) => r.toNumber()),
    );
    x = x.map((v, j) => v.plus(correction[j]!));
  }
  // Not solved to the tolerance: a loop of support centres leaks a share so small (1e-299) that
  // the system is singular at any working precision. Fuzzing found such a "solution" posted as
  // an inconsistent allocation; it has no finite answer we can compute, so say so.
  return x.map(() => new Dec(Number.NaN));
}

interface Factors {
  readonly lu: Float64Array[];
  readonly pivot: Int32Array;
}

function factor(a: Float64Array[]): Factors {
  const n = a.length;
  const pivot = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    let best = k;
    for (let i = k + 1; i < n; i += 1) if (Math.abs(a[i]![k]!) > Math.abs(a[best]![k]!)) best = i;
    pivot[k] = best;
    if (best !== k) [a[k], a[best]] = [a[best]!, a[k]!];
    const rowK = a[k]!;
    const diagonal = rowK[k]!;
    for (let i = k + 1; i < n; i += 1) {
      const rowI = a[i]!;
      const f = rowI[k]! / diagonal;
      if (f === 0) continue;
      rowI[k] = f;
      for (let j = k + 1; j < n; j += 1) rowI[j] = rowI[j]! - f * rowK[j]!;
    }
  }
  return { lu: a, pivot };
}

function substitute({ lu, pivot }: Factors, b: number[]): number[] {
  const n = lu.length;
  const y = [...b];
  for (let k = 0; k < n; k += 1) {
    const p = pivot[k]!;
    if (p !== k) [y[k], y[p]] = [y[p]!, y[k]!];
  }
  for (let i = 0; i < n; i += 1) {
    let sum = y[i]!;
    const row = lu[i]!;
    for (let j = 0; j < i; j += 1) sum -= row[j]! * y[j]!;
    y[i] = sum;
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i]!;
    const row = lu[i]!;
    for (let j = i + 1; j < n; j += 1) sum -= row[j]! * y[j]!;
    y[i] = sum / row[i]!;
  }
  return y;
}
