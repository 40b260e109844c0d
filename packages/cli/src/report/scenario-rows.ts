import {
  parseModel,
  runPipeline,
  type Model,
  type RunResult,
} from "@costplan/core";

/** The headline figures of one scenario (or of the base), all in whole minor units. */
export interface ScenarioRow {
  /** The scenario's name; null for the base. */
  readonly name: string | null;
  readonly description: string | undefined;
  readonly totalCost: number;
  /** The price year's EMR cost to recover through prices. */
  readonly recoverable: number;
  /** What the proposed prices recover of it in the price year. */
  readonly recovered: number;
  readonly fund: number;
  readonly patients: number;
  readonly priceYear: number;
}

/** The figures a comparison shows, picked from one run's result. */
export function pickScenarioFigures(
  name: string | null,
  description: string | undefined,
  result: RunResult,
): ScenarioRow {
  const year = result.pricing.priceYear;
  const payers = result.payers.byYear[String(year)];
  return {
    name,
    description,
    totalCost: result.summary.totalCost,
    recoverable: payers?.recoverable ?? 0,
    recovered: payers?.recovered ?? 0,
    fund: payers?.fund ?? 0,
    patients: payers?.patients ?? 0,
    priceYear: year,
  };
}

/**
 * The base and every scenario of a model, each a full run of the pipeline. It stands in for
 * core's scenario comparison while that is built: the report reads only this function, so
 * swapping it is one change. A scenario whose overrides make the model invalid is left out
 * and named in `invalid`, so the report still shows the others.
 *
 * @param model - the base model (no scenario applied), as parseModel gives it
 * @param base - the base run's result, when the caller has it already
 */
export function scenarioRows(
  model: Model,
  base?: RunResult,
): {
  readonly rows: readonly ScenarioRow[];
  readonly invalid: readonly string[];
} {
  const rows: ScenarioRow[] = [
    pickScenarioFigures(
      null,
      undefined,
      base ?? runPipeline(model, { detail: false }).result,
    ),
  ];
  const invalid: string[] = [];
  for (const scenario of model.scenarios) {
    // A parsed model is a valid document, so parseModel applies the scenario's overrides to it as it would to the file.
    const parsed = parseModel(model, { scenario: scenario.name });
    if (!parsed.ok) {
      invalid.push(scenario.name);
      continue;
    }
    rows.push(
      pickScenarioFigures(
        scenario.name,
        scenario.description,
        runPipeline(parsed.model, { detail: false }).result,
      ),
    );
  }
  return { rows, invalid };
}
