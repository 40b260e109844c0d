import { applyOverrides } from "./overrides.js";
import { jsonPath } from "./problem.js";
import type { Model } from "./schema.js";
import type { ServiceTable } from "./service-table.js";

/** Where one override of a scenario is written, and the place in the model it changes, both as JSON paths. */
export interface OverrideSite {
  /** The override itself: `$.scenarios[2].overrides["serviceLists[0].services[1].volume"]`. */
  readonly override: string;
  /** What it changes, entries by position: `$.serviceLists[0].services[1].volume`. */
  readonly landed: string;
}

/**
 * Where each override of a scenario lands, so that a reader can show a problem the scenario
 * causes at the override that caused it: the value in the model (or the row of a table file) at
 * that path is the base's, valid, and not what the officer must change.
 *
 * @param document - the model document, as `JSON.parse` returns it
 * @param base - `parseModel(document)`'s model
 * @param name - the scenario's name
 * @param serviceTables - the service tables the base was read with
 * @returns one site per override, in the overrides' order; none for a scenario the model lacks or whose overrides cannot be applied
 * @example
 * overrideSites(doc, base, "vol")
 * // [{ override: '$.scenarios[0].overrides["serviceLists[0].services[1].volume"]', landed: "$.serviceLists[0].services[1].volume" }]
 */
export function overrideSites(document: unknown, base: Model, name: string, serviceTables?: ReadonlyMap<number, ServiceTable>): readonly OverrideSite[] {
  const index = base.scenarios.findIndex((s) => s.name === name);
  const scenario = base.scenarios[index];
  if (scenario === undefined) return [];
  const at = `$.scenarios[${index}].overrides`;
  const applied = applyOverrides(document, scenario.overrides, at, serviceTables);
  if (!applied.ok) return [];
  return Object.keys(scenario.overrides).map((target, i) => ({ override: `${at}[${JSON.stringify(target)}]`, landed: jsonPath(applied.targets[i]!) }));
}
