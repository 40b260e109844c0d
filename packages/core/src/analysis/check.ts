import { CostplanError } from "../errors/costplan-error.js";
import { parseVariant } from "../model/parse.js";
import type { Model } from "../model/schema.js";
import { variedModel, type AppliedInput } from "./vary.js";

/**
 * Checks that a model stays valid with one input at a change (a share above 1, a negative
 * life and the like are refused before any run). Scaling is monotone, so a model valid at
 * both ends of an input's range is within every bound of the schema between them.
 * @throws CostplanError `analysis-invalid-variation` naming the input, the value and the first problem
 */
export function checkVariation(model: Model, inputs: readonly AppliedInput[], changes: readonly number[], where: string, label: string, shown: string): void {
  // Only the numbers the inputs reach are checked again: the rest of the model is valid already.
  const targets = inputs.flatMap((input) => input.locations.map((at) => at.keys));
  const parsed = parseVariant(model, variedModel(model, inputs, changes), targets);
  if (parsed.ok) return;
  const first = parsed.problems[0]!;
  throw new CostplanError("analysis-invalid-variation", {
    where,
    path: label,
    value: shown,
    detail: `${first.path}: ${first.message.en}`,
    detailVi: `${first.path}: ${first.message.vi}`,
  });
}
