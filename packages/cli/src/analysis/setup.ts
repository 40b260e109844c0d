import type { Model, SensitivityInput } from "@costplan/core";
import type { RankCorrelation, UncertainInput } from "@costplan/core/analysis";
import { DEFAULT_OUTPUTS, DEFAULT_SENSITIVITY, DEFAULT_UNCERTAINTY } from "./defaults.js";

/**
 * Where an analysis takes each part of its set-up, first found first: the command line, then
 * the model's own `analysis` section (each range an assumption with its reason), then the
 * built-in defaults. Correlations go with the inputs they name: the model's apply only to
 * the model's inputs.
 */

/** What the command line gave; undefined where it gave nothing. */
export interface GivenSensitivity {
  readonly inputs: readonly SensitivityInput[] | undefined;
  readonly outputs: readonly string[] | undefined;
  readonly steps: number | undefined;
}

/** The sensitivity set-up to run, and where its inputs came from. */
export interface SensitivitySetup {
  readonly inputs: readonly SensitivityInput[];
  readonly outputs: readonly string[];
  readonly steps: number;
  readonly from: SetupOrigin;
}

/** Where the inputs of an analysis came from. */
export type SetupOrigin = "command-line" | "model" | "defaults";

/** The sensitivity set-up: `--vary`/`--on`/`--steps`, else the model's, else the defaults (5 steps). */
export function sensitivitySetup(model: Model, given: GivenSensitivity): SensitivitySetup {
  const own = model.analysis?.sensitivity;
  const inputs = given.inputs ?? own?.inputs;
  return {
    inputs: inputs ?? DEFAULT_SENSITIVITY,
    outputs: given.outputs ?? model.analysis?.outputs ?? DEFAULT_OUTPUTS,
    steps: given.steps ?? own?.steps ?? 5,
    from: given.inputs !== undefined ? "command-line" : inputs !== undefined ? "model" : "defaults",
  };
}

/** What the simulate command line gave; undefined where it gave nothing. */
export interface GivenSimulation {
  readonly inputs: readonly UncertainInput[] | undefined;
  readonly correlations: readonly RankCorrelation[] | undefined;
  readonly outputs: readonly string[] | undefined;
  readonly draws: number | undefined;
  readonly seed: number | undefined;
  readonly percentiles: readonly number[] | undefined;
  readonly lhs: boolean | undefined;
}

/** The simulation set-up to run; draws and seed stay undefined when neither the command line nor the model gives them. */
export interface SimulationSetup {
  readonly inputs: readonly UncertainInput[];
  readonly correlations: readonly RankCorrelation[];
  readonly outputs: readonly string[];
  readonly draws: number | undefined;
  readonly seed: number | undefined;
  readonly percentiles: readonly number[];
  readonly lhs: boolean;
  readonly from: SetupOrigin;
}

/** The Monte Carlo set-up: the command line's, else the model's, else the defaults (P5, P50, P95; no correlation). */
export function simulationSetup(model: Model, given: GivenSimulation): SimulationSetup {
  const own = model.analysis?.simulation;
  const fromModel = given.inputs === undefined && own !== undefined;
  return {
    inputs: given.inputs ?? own?.inputs ?? DEFAULT_UNCERTAINTY,
    correlations: given.correlations ?? (fromModel ? (own.correlations ?? []) : []),
    outputs: given.outputs ?? model.analysis?.outputs ?? DEFAULT_OUTPUTS,
    draws: given.draws ?? own?.draws,
    seed: given.seed ?? own?.seed,
    percentiles: given.percentiles ?? own?.percentiles ?? [5, 50, 95],
    lhs: given.lhs ?? own?.lhs ?? false,
    from: given.inputs !== undefined ? "command-line" : fromModel ? "model" : "defaults",
  };
}
