import type { Distribution, UncertainInput } from "@costplan/core/analysis";
import { UsageError } from "../usage-error.js";

const ARITY = { triangular: 3, pert: 3, uniform: 2, normal: 2 } as const;

/**
 * Reads one `--vary PATH=KIND(a,b[,c])` of simulate: triangular(min,mode,max),
 * pert(min,mode,max), uniform(min,max), normal(mean,sd) (truncated where the value is 0).
 * Parameters all in percent are relative changes (`triangular(-10%,0%,+30%)`); all plain
 * numbers are values given to every number the path reaches.
 */
export function parseDistributionArg(arg: string): UncertainInput {
  const eq = arg.lastIndexOf("=");
  const m = eq > 0 ? /^(triangular|pert|uniform|normal)\(([^()]*)\)$/.exec(arg.slice(eq + 1).trim()) : null;
  const params = m === null ? [] : m[2]!.split(",").map((t) => /^\s*([+-]?\d+(?:\.\d+)?)(%?)\s*$/.exec(t));
  const kind = m?.[1] as keyof typeof ARITY | undefined;
  const relative = params.every((p) => p?.[2] === "%");
  if (kind === undefined || params.length !== ARITY[kind] || params.some((p) => p === null) || !(relative || params.every((p) => p?.[2] === ""))) {
    throw new UsageError("usage-vary-distribution", { received: arg });
  }
  const v = params.map((p) => (relative ? Number((Number(p![1]) / 100).toPrecision(15)) : Number(p![1])));
  const distribution: Distribution =
    kind === "uniform"
      ? { type: "uniform", min: v[0]!, max: v[1]! }
      : kind === "normal"
        ? { type: "normal", mean: v[0]!, sd: v[1]! }
        : { type: kind, min: v[0]!, mode: v[1]!, max: v[2]! };
  return { path: arg.slice(0, eq), basis: relative ? "relative" : "absolute", distribution };
}
