import { CostplanError } from "../errors/costplan-error.js";
import { parsePath, resolvePath } from "../model/paths.js";

// The path syntax lives with the model (its set-up is checked when it is read); the analyses read through it.
export { parsePath, resolvePath, type Step } from "../model/paths.js";

/** One number a path reaches: where it is and its value. */
export interface Location {
  /** Keys and list positions from the root. */
  readonly keys: readonly (string | number)[];
  /** The same place written as a path with ids, e.g. `costItems[PH01-MAINT].amount`. */
  readonly path: string;
  readonly value: number;
}

/**
 * The numbers an input path reaches in a model.
 * @param where - where the path was given, for messages (e.g. `--vary`)
 * @throws CostplanError `analysis-no-input` when the path reaches nothing, `analysis-not-number` when it reaches something else than a number
 */
export function inputLocations(model: unknown, path: string, where: string): Location[] {
  const steps = parsePath(path);
  const found = steps === undefined ? [] : resolvePath(model, steps);
  if (found.length === 0) throw new CostplanError("analysis-no-input", { where, path });
  return found.map((f) => {
    if (typeof f.value !== "number" || !Number.isFinite(f.value))
      throw new CostplanError("analysis-not-number", { where, path: f.path, found: shown(f.value) });
    return { keys: f.keys, path: f.path, value: f.value };
  });
}

/**
 * Reads one figure of a result by its path (`summary.totalCost`, `payers.byYear.2025.fund`).
 * @throws CostplanError `analysis-unknown-output` when the path names nothing, `analysis-not-number` when it names a table or a text
 */
export function outputReader(path: string, where: string): (result: unknown) => number {
  const steps = parsePath(path);
  if (steps === undefined || steps.some((s) => "select" in s && (s.select === "*" || s.select.includes("="))))
    throw new CostplanError("analysis-unknown-output", { where, path });
  return (result) => {
    const found = resolvePath(result, steps);
    if (found.length === 0) throw new CostplanError("analysis-unknown-output", { where, path });
    const value = found[0]!.value;
    if (typeof value !== "number" || !Number.isFinite(value)) throw new CostplanError("analysis-not-number", { where, path, found: shown(value) });
    return value;
  };
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "a table";
  return value === undefined ? "nothing" : JSON.stringify(value);
}
