import * as z from "zod";
import type { OverrideTarget } from "./overrides.js";
import type { Problem } from "./problem.js";
import { orderLikeZod } from "./problem-order.js";
import { modelSchema, modelSchemaWithoutServiceRows, type Model } from "./schema.js";
import { checkServiceTable, serviceTableRow, type ServiceTable } from "./service-table.js";
import { problemsFromZod } from "./zod-issues.js";

/*
 * A scenario's variant of a model differs from the validated base only where its overrides
 * landed, and the schema has no check that looks across parts (those are in references.ts and
 * analysis-setup-check.ts, run on the whole variant): zod's verdict on any part depends on that
 * part alone. So only the parts the overrides touched are validated again, each with the
 * schema the model's schema uses there, and the base model takes their results in place. The
 * problems are zod's, at the same paths and in the same order as a check of the whole variant
 * (overridden-check.test-prop.ts compares the two on random overrides).
 */

/** One part to validate again: its keys from the root, the schema there, and its place in the schema's order. */
interface Unit {
  readonly keys: OverrideTarget;
  readonly schema: z.ZodType;
  /** The position of each step among its parent's keys in the schema (a list entry: its index): zod reports in this order. */
  readonly order: readonly number[];
}

/** The outcome of {@link checkOverridden}: as `parseModel`'s, or undefined when only a check of the whole document can tell. */
export type OverriddenCheck = { readonly ok: true; readonly model: Model } | { readonly ok: false; readonly problems: readonly Problem[] } | undefined;

/**
 * Validates a variant of a valid document: only the parts its overrides touched.
 *
 * @param base - the model validated from the document before the overrides
 * @param variant - the document with the overrides applied (`applyOverrides`)
 * @param targets - where each override landed
 * @param tables - the variant's service tables, by list index: a row of such a list is read from its table
 * @returns the variant's model with defaults applied, or zod's problems with the touched parts;
 *   undefined for a variant this check does not decide (an override to `undefined`, a whole new
 *   top-level section, the price lists whole while one is a table): the caller then validates the whole variant
 */
export function checkOverridden(
  base: Model,
  variant: unknown,
  targets: readonly OverrideTarget[],
  tables: ReadonlyMap<number, ServiceTable> = new Map(),
): OverriddenCheck {
  const read = (keys: OverrideTarget): unknown => valueAt(variant, keys, tables);
  const units: Unit[] = [];
  for (const keys of targets) {
    const unit = unitOf(keys, read, base);
    // The schema would see a table's `{ "file" }` where it wants the rows; the whole check reads the tables.
    if (unit === undefined || holdsTables(unit.keys, tables)) return undefined;
    units.push(unit);
  }
  const outermost = outermostInOrder(units);
  const problems: Problem[] = [];
  let model: Model = base;
  const copies = new Set<object>();
  for (const unit of outermost) {
    const table = tableOfList(unit.keys, tables);
    const parsed = table === undefined ? parsedUnit(unit, read(unit.keys)) : parsedTableList(unit.keys, read(unit.keys), table);
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (problems.length === 0) model = placed(model, unit.keys, parsed.data, copies);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model };
}

type Container = Record<string | number, unknown>;

/**
 * The part of the document to validate again for one override: the deepest record or list
 * entry on its path that the schema addresses one key at a time. Within a record, the whole
 * record (its output keeps the schema's key order, and an unknown key is reported at it); a
 * list entry alone; a choice of shapes (a cost item), a map (usage, price index) or a text in
 * two languages whole. Undefined for an override of `undefined` or of a top-level section the
 * base model lacks.
 */
function unitOf(keys: OverrideTarget, read: (keys: OverrideTarget) => unknown, base: Model): Unit | undefined {
  if (read(keys) === undefined) return undefined;
  const order: number[] = [];
  let schema: z.ZodType = modelSchema;
  let depth = 0;
  while (depth < keys.length) {
    const key = keys[depth]!;
    const inner = unwrapped(schema);
    let child: z.ZodType;
    if (inner instanceof z.ZodObject && typeof key === "string" && Object.hasOwn(inner.shape, key)) {
      // The override's own key in a record below the top: the record is the unit.
      if (depth > 0 && depth === keys.length - 1) break;
      child = inner.shape[key] as z.ZodType;
      order.push(Object.keys(inner.shape).indexOf(key));
    } else if (inner instanceof z.ZodArray && typeof key === "number") {
      child = inner.element as z.ZodType;
      order.push(key);
    } else break;
    schema = child;
    depth += 1;
  }
  // The whole document, or a top-level section the base lacks (it would be placed out of the schema's key order).
  if (depth === 0 || (depth === 1 && !Object.hasOwn(base, keys[0]!))) return undefined;
  return { keys: keys.slice(0, depth), schema, order };
}

/** A schema without the optional and default wrappers a part may carry. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** The units no other unit contains, in the schema's order (the order zod reports in). */
function outermostInOrder(units: readonly Unit[]): Unit[] {
  const sorted = [...units].sort((a, b) => compareOrder(a.order, b.order));
  const out: Unit[] = [];
  for (const unit of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && isPrefix(last.order, unit.order)) continue;
    out.push(unit);
  }
  return out;
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function isPrefix(prefix: readonly number[], of: readonly number[]): boolean {
  return prefix.length <= of.length && prefix.every((k, i) => of[i] === k);
}

/** The value at `keys`, a service of a list held in a table read from the table (its scenario's row where one was patched). */
function valueAt(root: unknown, keys: OverrideTarget, tables: ReadonlyMap<number, ServiceTable>): unknown {
  let node = root;
  for (let depth = 0; depth < keys.length; depth += 1) {
    const key = keys[depth]!;
    if (typeof node !== "object" || node === null) return undefined;
    const table = depth === 3 && keys[0] === "serviceLists" && keys[2] === "services" ? tables.get(keys[1] as number) : undefined;
    if (table !== undefined) {
      if (typeof key !== "number" || key >= table.rows.length) return undefined;
      node = serviceTableRow(table, key);
    } else node = (node as Container)[key];
  }
  return node;
}

type Parsed = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

function parsedUnit(unit: Unit, value: unknown): Parsed {
  const parsed = unit.schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problems: problemsFromZod(parsed.error.issues.map((issue) => ({ ...issue, path: [...unit.keys, ...issue.path] }))) };
}

/** Whether a part is every price list while some are tables, or a table's services as such (not one of its rows). */
function holdsTables(keys: OverrideTarget, tables: ReadonlyMap<number, ServiceTable>): boolean {
  if (keys[0] !== "serviceLists") return false;
  return (keys.length === 1 && tables.size > 0) || (keys.length === 3 && keys[2] === "services" && tables.has(keys[1] as number));
}

/** The table of a part that is a price list held in a table, else undefined. */
function tableOfList(keys: OverrideTarget, tables: ReadonlyMap<number, ServiceTable>): ServiceTable | undefined {
  return keys.length === 2 && keys[0] === "serviceLists" ? tables.get(keys[1] as number) : undefined;
}

// A list whose services are a table, as the rest of a table model is checked: the rows by the column check.
const TABLE_LIST = modelSchemaWithoutServiceRows.shape.serviceLists.unwrap().element;

/**
 * A price list held in a table, checked as a table model's list is (`parse.ts`): the list's own
 * fields by the schema, with a placeholder of the table's length for its services, and its rows
 * by the column check (the scenario's patched rows by zod), in zod's order. One list's rows, not
 * every table of the model.
 */
function parsedTableList(keys: OverrideTarget, value: unknown, table: ServiceTable): Parsed {
  const record = isRecord(value) ? { ...value, services: new Array<number>(table.rows.length).fill(0) } : value;
  const rows = checkServiceTable(table, [...keys, "services"]);
  const parsed = TABLE_LIST.safeParse(record, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues.map((issue) => ({ ...issue, path: [...keys, ...issue.path] })))),
    ...(rows.ok ? [] : rows.problems),
  ];
  if (problems.length > 0 || !parsed.success || !rows.ok) return { ok: false, problems: orderLikeZod(problems) };
  return { ok: true, data: { ...parsed.data, services: rows.services } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The model with `value` at `keys`: the records and lists on the way are copied (once each), the rest shared. */
function placed(model: Model, keys: OverrideTarget, value: unknown, copies: Set<object>): Model {
  const own = (node: object): Container => {
    if (copies.has(node)) return node as Container;
    const copy = Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Container) };
    copies.add(copy);
    return copy as Container;
  };
  const root = own(model);
  let node = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) node[key] = value;
    else {
      const child = own(node[key] as object);
      node[key] = child;
      node = child;
    }
  });
  return root as unknown as Model;
}
