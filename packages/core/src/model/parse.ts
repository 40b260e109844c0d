import { reservedKeyProblems } from "./reserved-keys.js";
import { modelExactRangeProblems } from "../budget/exact-range.js";
import { revenueRangeProblem } from "../pricing/revenue-range.js";
import { checkReferences } from "./references.js";
import { analysisSetupProblems } from "./analysis-setup-check.js";
import { problem, type Problem } from "./problem.js";
import { modelSchema, modelSchemaWithoutServiceRows, serviceRowsSchema, type Model } from "./schema.js";
import { serviceRowsOf } from "./service-rows.js";
import { checkServiceTable, type ServiceTable } from "./service-table.js";
import { orderLikeZod } from "./problem-order.js";
import { unreadTableProblems } from "./unread-tables.js";
import { applyOverrides, type OverrideTarget } from "./overrides.js";
import { checkOverridden } from "./overridden-check.js";
import { problemsFromZod } from "./zod-issues.js";

/** The outcome of reading a model: the typed model, or every problem found. */
export type ParseResult = { readonly ok: true; readonly model: Model } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Options of {@link parseModel}. */
export interface ParseOptions {
  /** Name of a scenario of the document whose overrides are applied before validation. */
  readonly scenario?: string | undefined;
  /**
   * The services of price lists kept in table files, as columns, by the list's index in
   * `serviceLists`: the document names the file there (`"services": { "file": ... }`) and the
   * reader hands the rows over as columns, so that no object per row is built before the check.
   */
  readonly serviceTables?: ReadonlyMap<number, ServiceTable> | undefined;
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
  const base = validate(input, options.serviceTables);
  if (!base.ok || options.scenario === undefined) return base;
  return parseScenario(input, base.model, options.scenario, options.serviceTables);
}

function validate(document: unknown, tables: ReadonlyMap<number, ServiceTable> | undefined): ParseResult {
  return tables === undefined || tables.size === 0 ? validateDocument(document) : validateWithTables(document, tables);
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
 * @param serviceTables - the service tables the base was read with (see {@link ParseOptions}); overrides reach their rows
 *   (`serviceLists[0].services[12].volume`), which the scenario patches in its own copy of the table, never in the columns
 * @returns `{ ok: true, model }` or `{ ok: false, problems }` (code `unknown-scenario` for a name the model lacks)
 * @example
 * const base = parseModel(doc);
 * if (base.ok) for (const s of base.model.scenarios) parseScenario(doc, base.model, s.name);
 */
export function parseScenario(document: unknown, base: Model, name: string, serviceTables?: ReadonlyMap<number, ServiceTable>): ParseResult {
  const scenario = base.scenarios.find((s) => s.name === name);
  if (scenario === undefined) {
    const known = base.scenarios.map((s) => `"${s.name}"`).join(", ");
    return { ok: false, problems: [problem("$.scenarios", "unknown-scenario", { name, known })] };
  }
  const index = base.scenarios.indexOf(scenario);
  const applied = applyOverrides(document, scenario.overrides, `$.scenarios[${index}].overrides`, serviceTables);
  if (!applied.ok) return applied;
  return parseVariant(base, applied.document, applied.targets, applied.serviceTables);
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
 * @param serviceTables - the service tables the base was read with (see {@link ParseOptions})
 */
export function parseVariant(
  base: Model,
  variant: unknown,
  targets: readonly OverrideTarget[],
  serviceTables?: ReadonlyMap<number, ServiceTable>,
): ParseResult {
  const checked = checkOverridden(base, variant, targets, serviceTables);
  if (checked === undefined) return validate(variant, serviceTables);
  if (!checked.ok) return checked;
  const problems = modelProblems(checked.model);
  return problems.length > 0 ? { ok: false, problems } : checked;
}

function validateDocument(input: unknown): ParseResult {
  const reserved = reservedKeyProblems(input);
  if (reserved.length > 0) return { ok: false, problems: reserved };
  const unread = unreadTableProblems(input, () => false);
  if (unread.length > 0) return { ok: false, problems: unread };
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

/**
 * A document some of whose price lists are table files: the rest of the document goes through
 * zod with those lists' services left unchecked, and each table's rows through the column check
 * (zod for the rows it is not certain of). The problems come in the order zod gives for the JSON
 * form of the same model, so a table model and its JSON form read the same.
 */
function validateWithTables(input: unknown, tables: ReadonlyMap<number, ServiceTable>): ParseResult {
  const reserved = reservedKeyProblems(input);
  if (reserved.length > 0) return { ok: false, problems: reserved };
  const unread = unreadTableProblems(input, (i) => tables.has(i));
  if (unread.length > 0) return { ok: false, problems: unread };
  const lists = isRecord(input) && Array.isArray(input["serviceLists"]) ? (input["serviceLists"] as unknown[]) : undefined;
  // The rest of the document sees a placeholder of the table's length, so a table with no rows for a list is refused as an empty list is.
  const withPlaceholders =
    lists === undefined
      ? input
      : {
          ...(input as Record<string, unknown>),
          serviceLists: lists.map((list, i) => {
            const table = tables.get(i);
            return table === undefined || !isRecord(list) ? list : { ...list, services: new Array<number>(table.rows.length).fill(0) };
          }),
        };
  const rest = modelSchemaWithoutServiceRows.safeParse(withPlaceholders, { reportInput: true });
  const problems: Problem[] = rest.success ? [] : problemsFromZod(rest.error.issues);
  const services = new Map<number, readonly unknown[]>();
  (lists ?? []).forEach((list, i) => {
    const table = tables.get(i);
    if (table !== undefined) {
      const checked = checkServiceTable(table, ["serviceLists", i, "services"]);
      if (checked.ok) services.set(i, checked.services);
      else problems.push(...checked.problems);
      return;
    }
    if (!isRecord(list) || !Array.isArray(list["services"])) return;
    // A list written in the document itself: each row as zod checks it in the whole document.
    const at = `$.serviceLists[${i}].services`;
    const parsed = serviceRowsSchema.safeParse(list["services"], { reportInput: true });
    if (parsed.success) services.set(i, parsed.data);
    else problems.push(...problemsFromZod(parsed.error.issues).map((p) => ({ ...p, path: at + p.path.slice(1) })));
  });
  if (problems.length > 0 || !rest.success) return { ok: false, problems: orderLikeZod(problems) };
  const model = { ...rest.data, serviceLists: rest.data.serviceLists.map((list, i) => ({ ...list, services: services.get(i) })) } as Model;
  const found = modelProblems(model);
  return found.length > 0 ? { ok: false, problems: found } : { ok: true, model };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What the schema cannot see one field at a time: references between parts, then the analysis
 * set-up's paths, then amounts that are each valid but add up (or escalate) past the exact range.
 */
function modelProblems(model: Model): Problem[] {
  const references = checkReferences(model);
  if (references.length > 0) return references;
  const setup = analysisSetupProblems(model);
  if (setup.length > 0) return setup;
  const budget = modelExactRangeProblems(model);
  if (budget.length > 0) return budget;
  const revenue = revenueRangeProblem(model);
  return revenue === undefined ? [] : [revenue];
}
