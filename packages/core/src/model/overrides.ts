import { messages, type Language } from "../errors/catalogue.js";
import { parsePath, type Step } from "./paths.js";
import { problem, type Problem } from "./problem.js";
import { serviceTableRow, type ServiceTable } from "./service-table.js";

/** Where one override landed: the keys from the document's root, list entries by position. */
export type OverrideTarget = readonly (string | number)[];

type Applied =
  | {
      readonly ok: true;
      readonly document: unknown;
      readonly targets: readonly OverrideTarget[];
      /** The service tables of the new document, by list index: the given ones, with the rows the overrides reached patched. */
      readonly serviceTables: ReadonlyMap<number, ServiceTable>;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Applies a scenario's overrides (path -> value) to a copy of a document.
 *
 * A path is dot-separated keys; a list entry is picked by `[index]` or by its id,
 * `[PH01-SW]` (a service by its code, and scenarios and services by their name):
 * `costItems[PH01-SW].usefulLife`, `serviceLists[MC01-PRICES].services[K01].volume`,
 * `programme.discountRate`. The last key may be new (an optional field); every step
 * before it must exist.
 *
 * The document is never changed: only the lists and records on the way to an overridden value
 * are copied, and the rest is shared with it (a scenario that moves one rate copies the
 * programme record, not 300 cost items). The values given are placed as they are.
 *
 * A price list whose services are a table file (`serviceTables`) is addressed as if its rows were
 * in the document, `serviceLists[0].services[12].volume`: the row reached is patched in a copy of
 * that list's table, whose columns stay shared with the base (a national table is not copied).
 *
 * @param serviceTables - the services of lists held in table files, by list index (see `ParseOptions`)
 * @returns the new document, where each override landed (in the overrides' order) and the new
 *   document's service tables, or a problem per override that cannot be applied
 */
export function applyOverrides(
  document: unknown,
  overrides: Readonly<Record<string, unknown>>,
  at: string,
  serviceTables: ReadonlyMap<number, ServiceTable> = new Map(),
): Applied {
  const copies = new Set<object>();
  const root = { document };
  copies.add(root);
  const tables = heldTables(document, serviceTables);
  const problems: Problem[] = [];
  const targets: OverrideTarget[] = [];
  for (const [target, value] of Object.entries(overrides)) {
    const steps = parsePath(target);
    const landed = steps === undefined ? { failure: messages("override-bad-path", {}) } : setPath(root, copies, tables, steps, value);
    if ("failure" in landed) {
      const { failure } = landed;
      problems.push(problem(`${at}[${JSON.stringify(target)}]`, "invalid-override", { target, detail: failure.en, detailVi: failure.vi }));
    } else targets.push(landed.keys);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: root.document, targets, serviceTables: tablesByPlace(root.document, tables) };
}

/** Tables by the `{ "file" }` value of the list that takes each. */
type Held = Map<object, HeldTable>;

/** A list's table, with the list's id and file name for the messages. */
interface HeldTable {
  readonly table: ServiceTable;
  readonly list: unknown;
  readonly file: unknown;
}

/**
 * The tables of a document's lists, keyed by the `{ "file" }` value each list holds rather than by
 * the list's place, so that an override finds a table wherever its path reaches that value, and a
 * list whose services an override replaced (with rows, say) no longer takes its table.
 */
function heldTables(document: unknown, serviceTables: ReadonlyMap<number, ServiceTable>): Held {
  const held: Held = new Map();
  const lists = isRecord(document) ? document["serviceLists"] : undefined;
  if (!Array.isArray(lists)) return held;
  for (const [i, table] of serviceTables) {
    const list: unknown = lists[i];
    if (!isRecord(list)) continue;
    const services = list["services"];
    if (isRecord(services)) held.set(services, { table, list: list["id"], file: services["file"] });
  }
  return held;
}

/** The tables by the place of their list in the new document. */
function tablesByPlace(document: unknown, held: Held): Map<number, ServiceTable> {
  const out = new Map<number, ServiceTable>();
  const lists = isRecord(document) ? document["serviceLists"] : undefined;
  if (!Array.isArray(lists)) return out;
  lists.forEach((list: unknown, i) => {
    const services = isRecord(list) ? list["services"] : undefined;
    const found = isRecord(services) ? held.get(services) : undefined;
    if (found !== undefined) out.set(i, found.table);
  });
  return out;
}

type Landed = { readonly keys: OverrideTarget } | { readonly failure: Readonly<Record<Language, string>> };

/** Sets one override in `holder.document`, copying each container on the way that is not yet a copy. */
function setPath(holder: { document: unknown }, copies: Set<object>, tables: Held, steps: readonly Step[], value: unknown): Landed {
  const keys: (string | number)[] = [];
  // The container the next step looks into, and how to put a copy of it in place.
  let parent: Record<string | number, unknown> = holder;
  let parentKey: string | number = "document";
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    const lastStep = i === steps.length - 1;
    const container: unknown = parent[parentKey];
    const held = isRecord(container) ? tables.get(container) : undefined;
    if (held !== undefined && "select" in step) {
      const row = setTableRow(held, copies, step.select, steps.slice(i + 1), value);
      if ("failure" in row) return row.failure === undefined ? notFound(steps, i) : { failure: row.failure };
      tables.set(container as object, { ...held, table: row.table });
      return { keys: [...keys, ...row.keys] };
    }
    let key: string | number;
    if ("key" in step) {
      if (!isRecord(container)) return notFound(steps, i);
      key = step.key;
      // Own keys only: `constructor` or `toString` must not reach what Object.prototype holds,
      // and `__proto__` would replace the prototype, so that a document could inherit fields.
      if (key === "__proto__" || (!lastStep && !Object.hasOwn(container, key))) return notFound(steps, i);
    } else {
      if (!Array.isArray(container)) return notFound(steps, i);
      const found = /^\d+$/.test(step.select) ? Number(step.select) : container.findIndex((e) => isNamed(e, step.select));
      if (found < 0 || found >= container.length) return notFound(steps, i);
      key = found;
    }
    keys.push(key);
    const own = copyOf(container, copies);
    parent[parentKey] = own;
    if (lastStep) {
      own[key] = value;
      return { keys };
    }
    parent = own;
    parentKey = key;
  }
  return { keys };
}

type RowLanded =
  | { readonly table: ServiceTable; readonly keys: OverrideTarget }
  /** No row there (failure undefined: by name), or a failure further down the row. */
  | { readonly failure: Readonly<Record<Language, string>> | undefined };

/**
 * Sets an override inside one row of a table's list, picked by position or by name as a row of
 * the document is: the row is built as the document would hold it, the rest of the path set in
 * it as in the document, and the result kept in a copy of the table's patches.
 */
function setTableRow(held: HeldTable, copies: Set<object>, select: string, rest: readonly Step[], value: unknown): RowLanded {
  const { table } = held;
  const n = table.rows.length;
  let k: number;
  if (/^\d+$/.test(select)) {
    k = Number(select);
    if (k >= n) {
      const params = { list: String(held.list), file: String(held.file), rows: n, row: select, last: n - 1 };
      return { failure: messages("override-row-beyond-table", params) };
    }
  } else {
    k = 0;
    while (k < n && !isNamed(serviceTableRow(table, k), select)) k += 1;
    if (k === n) return { failure: undefined };
  }
  const keys: (string | number)[] = [k];
  let row: unknown = value;
  if (rest.length > 0) {
    const holder = { document: serviceTableRow(table, k) };
    // A row built afresh from the columns is this scenario's own; one patched before is copied.
    if (!table.patched?.has(k) && isRecord(holder.document)) copies.add(holder.document);
    const landed = setPath(holder, copies, new Map(), rest, value);
    if ("failure" in landed) return landed;
    keys.push(...landed.keys);
    row = holder.document;
  }
  const patched = new Map(table.patched ?? []);
  patched.set(k, row);
  return { table: { ...table, patched }, keys };
}

/** Whether a list entry is the one a path names: by its id, a service by its code, or (scenarios, services) its name, as analysis paths do. */
function isNamed(entry: unknown, select: string): boolean {
  return isRecord(entry) && (entry["id"] === select || entry["code"] === select || entry["name"] === select);
}

/** The container itself when it is already a copy made for these overrides, else a shallow copy (recorded). */
function copyOf(container: Record<string, unknown> | unknown[], copies: Set<object>): Record<string | number, unknown> {
  if (copies.has(container)) return container as Record<string | number, unknown>;
  const copy = Array.isArray(container) ? [...container] : { ...container };
  copies.add(copy);
  return copy as Record<string | number, unknown>;
}

function notFound(steps: readonly Step[], at: number): Landed {
  const step = steps[at]!;
  const name = "key" in step ? step.key : `[${step.select}]`;
  return { failure: messages("override-not-found", { name }) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
