import { parsePath, resolvePath } from "./paths.js";
import { problem, shown, type Problem } from "./problem.js";
import type { Model } from "./schema.js";
import type { SetupDistribution as Distribution } from "./analysis-schema.js";

/**
 * Checks a model's analysis set-up against the model itself, once the model is valid: every
 * input path reaches at least one number, each range goes from low to high, each
 * distribution's parameters are in order, each correlation names two of the simulation's
 * inputs, and each output is one figure (no group). The analyses would refuse the same at
 * run time; here the problem is found when the model is read, with its place in the file.
 */
export function analysisSetupProblems(model: Model): Problem[] {
  const setup = model.analysis;
  if (setup === undefined) return [];
  const out: Problem[] = [];
  setup.outputs?.forEach((output, i) => {
    outputPathProblem(output, `$.analysis.outputs[${i}]`, out);
  });
  setup.sensitivity?.inputs.forEach((input, i) => {
    const at = `$.analysis.sensitivity.inputs[${i}]`;
    inputPathProblem(model, input.path, `${at}.path`, out);
    if (input.low > input.high) out.push(problem(`${at}.high`, "analysis-setup-order", { expected: "low <= high", found: `${input.low}, ${input.high}` }));
  });
  const simulation = setup.simulation;
  if (simulation === undefined) return out;
  simulation.inputs.forEach((input, i) => {
    const at = `$.analysis.simulation.inputs[${i}]`;
    inputPathProblem(model, input.path, `${at}.path`, out);
    distributionProblem(input.distribution, `${at}.distribution`, out);
  });
  const paths = simulation.inputs.map((input) => input.path);
  simulation.correlations?.forEach((c, i) => {
    for (const side of ["a", "b"] as const) {
      if (!paths.includes(c[side]))
        out.push(
          problem(`$.analysis.simulation.correlations[${i}].${side}`, "analysis-setup-correlation", {
            path: c[side],
            known: paths.map((p) => `"${p}"`).join(", "),
          }),
        );
    }
  });
  return out;
}

function inputPathProblem(model: Model, path: string, at: string, out: Problem[]): void {
  const steps = parsePath(path);
  const found = steps === undefined ? [] : resolvePath(model, steps);
  if (found.length === 0) {
    out.push(problem(at, "analysis-setup-path", { path }));
    return;
  }
  const other = found.find((f) => typeof f.value !== "number" || !Number.isFinite(f.value));
  if (other !== undefined) out.push(problem(at, "analysis-setup-not-number", { path: other.path, found: shown(other.value) }));
}

function outputPathProblem(path: string, at: string, out: Problem[]): void {
  const steps = parsePath(path);
  if (steps === undefined || steps.some((s) => "select" in s && (s.select === "*" || s.select.includes("="))))
    out.push(problem(at, "analysis-setup-output", { path }));
}

function distributionProblem(d: Distribution, at: string, out: Problem[]): void {
  if (d.type === "normal") {
    if (d.sd < 0) out.push(problem(`${at}.sd`, "analysis-setup-order", { expected: "sd >= 0", found: String(d.sd) }));
  } else if (d.type === "uniform") {
    if (d.min > d.max) out.push(problem(at, "analysis-setup-order", { expected: "min <= max", found: `${d.min}, ${d.max}` }));
  } else if (!(d.min <= d.mode && d.mode <= d.max)) {
    out.push(problem(at, "analysis-setup-order", { expected: "min <= mode <= max", found: `${d.min}, ${d.mode}, ${d.max}` }));
  }
}
