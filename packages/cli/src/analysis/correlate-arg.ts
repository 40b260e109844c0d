import type { RankCorrelation } from "@costplan/core/analysis";
import { UsageError } from "../usage-error.js";

/** The comma that separates the two paths: outside any `[...]` selector. */
function splitPaths(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "[") depth += 1;
    else if (ch === "]") depth -= 1;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/**
 * Reads one `--correlate PATH_A,PATH_B=RANK` of the simulate command: two uncertain inputs'
 * paths (as given to --vary, or the default set-up's) and their Spearman rank correlation.
 * The rank is split off at the last `=`, since a path's selector may hold one
 * (`costItems[category=maintenance].amountPerYear`).
 */
export function parseCorrelateArg(arg: string): RankCorrelation {
  const eq = arg.lastIndexOf("=");
  const rankText = eq > 0 ? arg.slice(eq + 1).trim() : "";
  const paths = eq > 0 ? splitPaths(arg.slice(0, eq)) : [];
  const rank = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(rankText) ? Number(rankText) : Number.NaN;
  if (paths.length !== 2 || paths.some((p) => p === "") || !(rank >= -1 && rank <= 1)) {
    throw new UsageError("usage-correlate", { received: arg });
  }
  return { a: paths[0]!, b: paths[1]!, rank };
}
