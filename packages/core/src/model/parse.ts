import { reservedKeyProblems } from "./reserved-keys.js";
import { checkReferences } from "./references.js";
import { analysisSetupProblems } from "./analysis-setup-check.js";
import { problem, type Problem } from "./problem.js";
import { modelSchema, modelSchemaWithoutServiceRows, type Model } from "./schema.js";
import { serviceRowsOf } from "./service-rows.js";
import { applyOverrides, type OverrideTarget } from "./overrides.js";
import { checkOverridden } from "./overridden-check.js";
import { problemsFromZod } from "./zod-issues.js";

/** The outcome of reading a model: the typed model, or every problem found. */
export type ParseResult = { readonly ok: true; readonly model: Model } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Options of {@link parseModel}. */
export interface ParseOptions {
  /** Name of a scenario of the document whose overrides are applied before validation. */
  readonly scenario?: string | undefined;
}

/**
 * Validates a model document (already parsed from JSON) and applies its defaults.
 * Every problem is reported at once, each with its JSON path, a code and a message in
 * English and Vietnamese; the input is never changed.
 *
 * @param input - the document, as `JSON.parse` returns it
 * @param options - a scenario to apply first
 * @returns `{ ok: true, model }` or `{ ok: false, problems }`
 * @example
 * const result = parseModel(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message.en}`);
 */
export function parseModel(input: unknown, options: ParseOptions = {}): ParseResult {
  const base = validate(input);
  if (!base.ok || options.scenario === undefined) return base;
  return parseScenario(input, base.model, options.scenario);
}

/**
 * A scenario of a valid model document, validated as `parseModel(document, { scenario })` does,
 * from the document's base model already validated: for comparing many scenarios of one
 * document, the base is validated once. Only the parts the scenario's overrides touch are
 * validated again (the rest is the base's, already valid), with the same problems at the same
 * paths as a check of the whole variant; the references between parts and the analysis set-up
 * are checked on the whole variant.
 *
 * @param document - the model document, as `JSON.parse` returns it
 * @param base - `parseModel(document)`'s model
 * @param name - the scenario's name
 * @returns `{ ok: true, model }` or `{ ok: false, problems }` (code `unknown-scenario` for a name the model lacks)
 * @example
 * const base = parseModel(doc);
 * if (base.ok) for (const s of base.model.scenarios) parseScenario(doc, base.model, s.name);
 */
export function parseScenario(document: unknown, base: Model, name: string): ParseResult {
  const scenario = base.scenarios.find((s) => s.name === name);
  if (scenario === undefined) {
    const known = base.scenarios.map((s) => `"${s.name}"`).join(", ") || "(none)";
    return { ok: false, problems: [problem("$.scenarios", "unknown-scenario", { name, known })] };
  }
  const index = base.scenarios.indexOf(scenario);
  const applied = applyOverrides(document, scenario.overrides, `$.scenarios[${index}].overrides`);
  if (!applied.ok) return applied;
  return parseVariant(base, applied.document, applied.targets);
}

/**
 * Validates a variant of a valid document as `parseModel(variant)` would, checking again only
 * the parts at `targets` with the schema (the rest is the base's, already valid), then the
 * references and the analysis set-up on the whole variant. For the package's own callers
 * (scenarios, the analyses' varied models): the variant must equal the base's document outside
 * `targets`, and its values there must hold no `__proto__` key.
 *
 * @param base - the model validated from the document the variant was made from (a valid model is its own document)
 * @param variant - the document with values changed at `targets`
 * @param targets - where the values changed, as keys from the root (list entries by position)
 */
export function parseVariant(base: Model, variant: unknown, targets: readonly OverrideTarget[]): ParseResult {
  const checked = checkOverridden(base, variant, targets);
  if (checked === undefined) return validate(variant);
  if (!checked.ok) return checked;
  const problems = modelProblems(checked.model);
  return problems.length > 0 ? { ok: false, problems } : checked;
}

function validate(input: unknown): ParseResult {
  const reserved = reservedKeyProblems(input);
  if (reserved.length > 0) return { ok: false, problems: reserved };
  // Service rows are most of a large model: checked by hand when they are certainly valid,
  // with zod left to the rest of the document. Any doubt, or any problem elsewhere, and the
  // whole document goes through zod, so the problems reported are always zod's, all of them.
  const rows = serviceRowsOf(input);
  if (rows !== undefined) {
    const rest = modelSchemaWithoutServiceRows.safeParse(input);
    if (rest.success) {
      const model: Model = { ...rest.data, serviceLists: rest.data.serviceLists.map((list, i) => ({ ...list, services: rows[i]! })) };
      const problems = modelProblems(model);
      return problems.length > 0 ? { ok: false, problems } : { ok: true, model };
    }
  }
  const shape = modelSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { ok: false, problems: problemsFromZod(shape.error.issues) };
  const problems = modelProblems(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model: shape.data };
}

/** What the schema cannot see one field at a time: references between parts, then the analysis set-up's paths. */
function modelProblems(model: Model): Problem[] {
  const references = checkReferences(model);
  return references.length > 0 ? references : analysisSetupProblems(model);
}
