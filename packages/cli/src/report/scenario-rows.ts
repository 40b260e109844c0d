import { compareModels, parseScenario, type CompareEntry, type Language, type Model } from "@costplan/core";

/** The headline figures of one scenario (or of the base), all in whole minor units. */
export interface ScenarioRow {
  /** The scenario's name; null for the base. */
  readonly name: string | null;
  /** What the scenario asks, in both languages (the same text twice when the model gives one). */
  readonly description: Readonly<Record<Language, string>> | undefined;
  /** Why the scenario is there, in both languages. */
  readonly reason: Readonly<Record<Language, string>> | undefined;
  readonly totalCost: number;
  /** The price year's EMR cost to recover through prices. */
  readonly recoverable: number;
  /** What the proposed prices recover of it in the price year. */
  readonly recovered: number;
  readonly fund: number;
  readonly patients: number;
  readonly priceYear: number;
}

/**
 * The base and every scenario of a model, from core's scenario comparison: each row is the
 * scenario on the basis it sets itself (so its figures are those of `costplan run --scenario`),
 * in the price year. A scenario whose overrides make the model invalid is left out and named in
 * `invalid`, so the report still shows the others.
 *
 * @param model - the base model (no scenario applied), as parseModel gives it
 */
export function scenarioRows(model: Model): {
  readonly rows: readonly ScenarioRow[];
  readonly invalid: readonly string[];
} {
  const entries: CompareEntry[] = [{ scenario: null, model }];
  const invalid: string[] = [];
  for (const scenario of model.scenarios) {
    // A parsed model is a valid document and its own base, so the scenario's overrides apply to it as they would to the file.
    const parsed = parseScenario(model, model, scenario.name);
    if (parsed.ok) entries.push({ scenario, model: parsed.model });
    else invalid.push(scenario.name);
  }
  const rows = compareModels(entries).scenarios.map((compared): ScenarioRow => {
    const own = compared.bases[compared.basis];
    const year = own.byYear[String(own.priceYear)];
    return {
      name: compared.scenario,
      description: compared.description ?? undefined,
      reason: compared.reason ?? undefined,
      totalCost: own.totalCost,
      recoverable: year?.recoverable ?? 0,
      recovered: year?.recovered ?? 0,
      fund: year?.fund ?? 0,
      patients: year?.patients ?? 0,
      priceYear: own.priceYear,
    };
  });
  return { rows, invalid };
}
