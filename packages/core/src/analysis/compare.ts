import type { Language } from "../errors/catalogue.js";
import type { Problem } from "../model/problem.js";
import { textIn } from "../model/local-text.js";
import { parseModel, parseScenario } from "../model/parse.js";
import type { Model, PricingOptions, Scenario } from "../model/schema.js";
import { runPipelineOnBases, runPipelineOnBasesFrom, unpricedStages } from "../pipeline/run-model.js";
import { pricingOnly } from "./pricing-only.js";
import { headlineDifference, type HeadlineDifference } from "./headline-difference.js";
import { headlineOf, keyServiceCodes, KEY_SERVICES, type Headline, type KeyService } from "./headline.js";

/** A price basis: each facility's own cost, or one price per service and class. */
export type PriceBasis = NonNullable<PricingOptions["basis"]>;

/** The two bases, in the order a comparison shows them. */
export const PRICE_BASES: readonly PriceBasis[] = ["facility", "class"];

/** One run to compare: the base (scenario null) or a scenario, as a validated model. */
export interface CompareEntry {
  readonly scenario: Scenario | null;
  /** The base model with the scenario's overrides applied: a scenario whose overrides are {@link pricingOnly} reuses the base's stages before costing. */
  readonly model: Model;
}

/** One column of a comparison: a scenario's headline figures on both bases, and their differences from the base. */
export interface ComparedScenario {
  /** The scenario's name; null for the base. */
  readonly scenario: string | null;
  /** What the scenario asks, in both languages when the model says so. */
  readonly description: Readonly<Record<Language, string>> | null;
  /** Why the scenario is there, in both languages (the same text twice when the model gives one). */
  readonly reason: Readonly<Record<Language, string>> | null;
  /** The basis the scenario itself prices on: its figures on this basis are those of `costplan run --scenario NAME`. */
  readonly basis: PriceBasis;
  readonly bases: Readonly<Record<PriceBasis, Headline>>;
  /** Each basis's figures less the base's on the same basis (all zero for the base). */
  readonly difference: Readonly<Record<PriceBasis, HeadlineDifference>>;
}

/** Scenarios side by side. */
export interface Comparison {
  readonly currency: string;
  /** The key services' codes in this model (see {@link keyServiceCodes}). */
  readonly keyServices: readonly {
    readonly service: KeyService;
    readonly code: string;
  }[];
  readonly scenarios: readonly ComparedScenario[];
  /** Runs made: two per scenario (one per basis; the stages before pricing are shared by both). */
  readonly runs: number;
}

/** Options of {@link compareModels} and {@link compareScenarios}. */
export interface CompareOptions {
  /** Called after each run, for progress. */
  readonly onRun?: (done: number, total: number) => void;
}

/**
 * Sets runs side by side: for each entry (the first is the base), its headline figures on the
 * facility basis and on the class basis, each less the base's on the same basis. Every figure is
 * a full exact run of the entry's model; the basis an entry sets itself gives the figures of a
 * run of that model alone. A scenario whose overrides are {@link pricingOnly} takes the base's years,
 * item flows, budget and allocation (they read no pricing option) and computes the rest: the same
 * figures as a run of its own.
 *
 * @param entries - the base first, then the scenarios, each as a validated model
 * @returns the comparison, in the entries' order
 * @example compareModels([{ scenario: null, model }]).scenarios[0].difference.facility.totalCost // 0
 */
export function compareModels(entries: readonly CompareEntry[], options: CompareOptions = {}): Comparison {
  const first = entries[0];
  if (first === undefined) throw new RangeError("compareModels needs at least the base");
  const codes = keyServiceCodes(first.model);
  const total = entries.length * PRICE_BASES.length;
  let done = 0;
  const reuses = (entry: CompareEntry): boolean => entry.scenario !== null && pricingOnly(entry.scenario.overrides);
  const reused = entries.some(reuses) ? unpricedStages(first.model) : undefined;
  const headlines = entries.map((entry) => {
    const own = entry.model.pricing.basis ?? "facility";
    // The stages before pricing run once for both bases; the scenario's own basis prices its model untouched.
    const outputs =
      reused !== undefined && (entry === first || reuses(entry))
        ? runPipelineOnBasesFrom(entry.model, reused, PRICE_BASES, { detail: false })
        : runPipelineOnBases(entry.model, PRICE_BASES, { detail: false });
    const [facility, cls] = outputs.map((o) => {
      done += 1;
      options.onRun?.(done, total);
      return headlineOf(o.result, codes);
    });
    const byBasis: Record<PriceBasis, Headline> = { facility: facility!, class: cls! };
    return { entry, own, byBasis };
  });
  const base = headlines[0]!.byBasis;
  const scenarios = headlines.map(({ entry, own, byBasis }): ComparedScenario => {
    const s = entry.scenario;
    const description = s === null ? null : (s.descriptions ?? (s.description === undefined ? null : { en: s.description, vi: s.description }));
    return {
      scenario: s?.name ?? null,
      description,
      reason: s?.reason === undefined ? null : { en: textIn(s.reason, "en"), vi: textIn(s.reason, "vi") },
      basis: own,
      bases: byBasis,
      difference: {
        facility: headlineDifference(byBasis.facility, base.facility),
        class: headlineDifference(byBasis.class, base.class),
      },
    };
  });
  const keyServices = KEY_SERVICES.flatMap((service) => {
    const code = codes.get(service);
    return code === undefined ? [] : [{ service, code }];
  });
  return {
    currency: first.model.programme.currency,
    keyServices,
    scenarios,
    runs: total,
  };
}

/** The outcome of {@link compareScenarios}: the comparison, or every problem of the model or its scenarios. */
export type CompareResult = { readonly ok: true; readonly comparison: Comparison } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Compares a model document's base with its scenarios (all of them unless named), each scenario
 * applied to the document and validated as `parseModel(document, { scenario })` does (the base once).
 *
 * @param document - the model document, as `JSON.parse` returns it
 * @param scenarios - names of the scenarios to compare, in order; every scenario of the model when absent
 * @returns `{ ok: true, comparison }`, or `{ ok: false, problems }` (code `unknown-scenario` for a name the model lacks)
 * @example compareScenarios(bacNinh).comparison.scenarios.map((s) => s.scenario) // [null, "discount-5", "prorate", ...]
 */
export function compareScenarios(document: unknown, scenarios?: readonly string[], options: CompareOptions = {}): CompareResult {
  const base = parseModel(document);
  if (!base.ok) return base;
  const names = scenarios ?? base.model.scenarios.map((s) => s.name);
  const entries: CompareEntry[] = [{ scenario: null, model: base.model }];
  const problems: Problem[] = [];
  for (const name of names) {
    const parsed = parseScenario(document, base.model, name);
    if (!parsed.ok) problems.push(...parsed.problems);
    else {
      const scenario = base.model.scenarios.find((s) => s.name === name)!;
      entries.push({ scenario, model: parsed.model });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, comparison: compareModels(entries, options) };
}
