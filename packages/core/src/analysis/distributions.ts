import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import triangularQuantile from "@stdlib/stats-base-dists-triangular-quantile";
import { CostplanError } from "../errors/costplan-error.js";
import type { MessageCode, MessageParams } from "../errors/catalogue.js";

/** A distribution of an uncertain input; its numbers are changes or values as the input's basis says. */
export type Distribution =
  | { readonly type: "triangular"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly type: "pert"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly type: "uniform"; readonly min: number; readonly max: number }
  /** Normal, truncated below at `floor` (where the input's value is zero). */
  | { readonly type: "normal"; readonly mean: number; readonly sd: number };

/**
 * Checks a distribution's parameters.
 * @throws CostplanError `analysis-bad-range`
 */
export function checkDistribution(d: Distribution, where: string): void {
  const bad = (detail: Extract<MessageCode, `analysis-range-${string}`>, params: MessageParams = {}): never => {
    throw new CostplanError("analysis-bad-range", { ...params, where, detail });
  };
  const nums = d.type === "normal" ? [d.mean, d.sd] : d.type === "uniform" ? [d.min, d.max] : [d.min, d.mode, d.max];
  if (!nums.every(Number.isFinite)) bad("analysis-range-not-finite");
  if (d.type === "normal") {
    if (d.sd < 0) bad("analysis-range-negative-sd", { received: d.sd });
  } else if (d.type === "uniform") {
    if (d.min > d.max) bad("analysis-range-min-max", { min: d.min, max: d.max });
  } else if (!(d.min <= d.mode && d.mode <= d.max)) {
    bad("analysis-range-mode", { min: d.min, mode: d.mode, max: d.max });
  }
}

/**
 * The value of a distribution at probability `u` (0 < u < 1): inverse transform, with
 * stdlib's quantile functions, so Latin hypercube strata map to value strata. PERT is the
 * beta distribution with shape 1 + 4(mode − min)/(max − min) and 1 + 4(max − mode)/(max − min),
 * scaled to [min, max]. The normal is truncated below at `floor` by drawing from the part of
 * its CDF above it. A distribution collapsed to a point gives that point.
 */
export function quantile(d: Distribution, u: number, floor: number): number {
  switch (d.type) {
    case "uniform":
      return d.min + (d.max - d.min) * u;
    case "triangular":
      return d.min === d.max ? d.min : triangularQuantile(u, d.min, d.max, d.mode);
    case "pert": {
      if (d.min === d.max) return d.min;
      const span = d.max - d.min;
      return d.min + span * betaQuantile(u, 1 + (4 * (d.mode - d.min)) / span, 1 + (4 * (d.max - d.mode)) / span);
    }
    case "normal": {
      if (d.sd === 0) return Math.max(d.mean, floor);
      const below = normalCdf(floor, d.mean, d.sd);
      return Math.max(floor, normalQuantile(below + u * (1 - below), d.mean, d.sd));
    }
  }
}
