import type * as z from "zod";
import type { Problem } from "./problem.js";
import { serviceSchema, type Service } from "./schema.js";
import { problemsFromZod } from "./zod-issues.js";

/*
 * A price list's services as they come out of a table file (CSV or Parquet): columns, not an
 * object per row. A national model has 5.1 million service rows; the reader, the row check and
 * the JSON form used to build three objects per row (the reader's cells, the document's row, the
 * checked row). Here the cells stay in typed arrays and dictionaries until the one object the
 * engine takes is built from a checked row. A row the column check is not certain of goes to zod,
 * built exactly as the document's row was, so the messages and paths are zod's, as for JSON.
 */

/** A column of numbers: NaN is an empty cell, unless `other` holds the cell (text where a number was expected, a NaN of the file). */
export interface NumberColumn {
  readonly kind: "number";
  readonly values: Float64Array;
  readonly other: ReadonlyMap<number, unknown>;
}

/** A column of texts, each cell an index into `dictionary` (-1: empty), so a text repeated down the column is held once. */
export interface TextColumn {
  readonly kind: "text";
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** A column of any values (a file's type the column does not expect, such as a number where a text is): undefined is empty. */
export interface ValueColumn {
  readonly kind: "values";
  readonly values: readonly unknown[];
}

/** One column of a table file, in one of the three forms. */
export type TableColumn = NumberColumn | TextColumn | ValueColumn;

/** The services of one price list read from a table file: the file's columns (in file order) and the rows of the file the list takes, in order. */
export interface ServiceTable {
  readonly columns: ReadonlyMap<string, TableColumn>;
  readonly rows: Int32Array;
  /**
   * Rows a scenario overrode, by their place in the list, as the document would hold them. The
   * columns are shared by the base and every scenario (and by every list of a shared file), so a
   * scenario's change is kept beside them rather than written into a copy of a national column.
   */
  readonly patched?: ReadonlyMap<number, unknown> | undefined;
}

/** Service `k` of a table's list as the document would hold it: a scenario's row where one overrode it, else the file's row. */
export function serviceTableRow(table: ServiceTable, k: number): unknown {
  return table.patched?.has(k) === true ? table.patched.get(k) : tableRow(table.columns, table.rows[k]!);
}

/** The value of one cell, as the JSON form of the row would hold it (undefined: empty). */
export function tableCell(column: TableColumn, r: number): unknown {
  switch (column.kind) {
    case "number": {
      const v = column.values[r]!;
      return Number.isNaN(v) ? column.other.get(r) : v;
    }
    case "text": {
      const c = column.codes[r]!;
      return c < 0 ? undefined : column.dictionary[c];
    }
    case "values":
      return column.values[r];
  }
}

const COST_ELEMENTS = ["personnel", "direct", "depreciation", "generalAdministrative", "accumulation"] as const;
const ELEMENT_NAMES: ReadonlySet<string> = new Set(COST_ELEMENTS);

/**
 * Row `r` of the file as the model document holds a service: the cost element columns gathered
 * into `costElements`, the `list` column left out, empty cells absent. It is what zod checks
 * when the column check is not certain of a row, and what a table model's JSON form would be.
 */
export function tableRow(columns: ReadonlyMap<string, TableColumn>, r: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const elements: Record<string, unknown> = {};
  for (const [name, column] of columns) {
    const v = tableCell(column, r);
    if (name === "list" || v === undefined) continue;
    if (ELEMENT_NAMES.has(name)) elements[name] = v;
    else row[name] = v;
  }
  if (Object.keys(elements).length > 0) row["costElements"] = elements;
  return row;
}

/** The result of checking a table's services: each row as the schema returns it, or the problems of the rows zod refused. */
export type ServiceTableCheck = { readonly ok: true; readonly services: Service[] } | { readonly ok: false; readonly problems: Problem[] };

/**
 * Checks the services of a price list read from a table, column by column, and builds each
 * service as the schema returns it (same fields in the same order, defaults applied). A row the
 * column check is not certain of (a cell of the wrong type or range, an untrimmed text, a column
 * the schema does not know) is checked by zod, so its problems are zod's, at the same paths as
 * the JSON form: `at[k].field`, k the row's place in the list. A row a scenario overrode
 * (`patched`) is checked by zod as the document's row would be.
 *
 * @param table - the list's columns and rows
 * @param at - the JSON path of the list's services, e.g. `["serviceLists", 3, "services"]`
 */
export function checkServiceTable(table: ServiceTable, at: readonly (string | number)[]): ServiceTableCheck {
  const doubt = doubtfulRows(table);
  const n = table.rows.length;
  const services = new Array<Service>(n);
  const problems: Problem[] = [];
  // Only read when some row is certain, that is when the four required columns exist.
  const fields = doubt.includes(0) ? fieldsOf(table.columns) : undefined;
  for (let k = 0; k < n; k += 1) {
    const r = table.rows[k]!;
    if (doubt[k] === 0 && table.patched?.has(k) !== true) {
      services[k] = buildService(fields!, r);
      continue;
    }
    const parsed = serviceSchema.safeParse(serviceTableRow(table, k), { reportInput: true });
    if (parsed.success) services[k] = parsed.data;
    else problems.push(...problemsFromZod(parsed.error.issues.map((issue) => withPrefix(issue, [...at, k]))));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, services };
}

function withPrefix(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): z.core.$ZodIssue {
  return { ...issue, path: [...prefix, ...issue.path] };
}

// What each column must hold for the row to be certainly valid, the same tests as the row check
// (`service-rows.ts`): an empty cell passes where the field is optional.
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CATEGORIES: ReadonlySet<string> = new Set(["examination", "bed-day", "technical", "test"]);
const isText = (v: string): boolean => v.length > 0 && v.trim() === v;
const isAmount = (v: number): boolean => Number.isSafeInteger(v) && v >= 0;

type Need = { readonly kind: "text"; readonly ok: (v: string) => boolean } | { readonly kind: "number"; readonly ok: (v: number) => boolean };
const text = (ok: (v: string) => boolean): Need => ({ kind: "text", ok });
const number = (ok: (v: number) => boolean): Need => ({ kind: "number", ok });

const NEEDS: ReadonlyMap<string, { readonly need: Need; readonly required: boolean }> = new Map([
  ["code", { need: text((v) => ID.test(v)), required: true }],
  ["name", { need: text(isText), required: true }],
  ["category", { need: text((v) => CATEGORIES.has(v)), required: true }],
  ["currentPrice", { need: number(isAmount), required: true }],
  ["bedType", { need: text(isText), required: false }],
  ["centre", { need: text((v) => ID.test(v)), required: false }],
  ["volume", { need: number((v) => Number.isInteger(v) && v >= 0), required: false }],
  ["volumePerBed", { need: number((v) => Number.isFinite(v) && v >= 0), required: false }],
  ["weight", { need: number((v) => Number.isFinite(v) && v > 0), required: false }],
  ["maxPrice", { need: number(isAmount), required: false }],
  ["insuredShare", { need: number((v) => v === 0 || (v > 0 && v <= 1)), required: false }],
  ["coverage", { need: number((v) => v > 0 && v <= 1), required: false }],
  ["source", { need: text(isText), required: false }],
  ["assumption", { need: text(isText), required: false }],
  ...COST_ELEMENTS.map((e) => [e, { need: number(isAmount), required: false }] as const),
]);

/** 1 for each row of the list the column check is not certain of, column by column. */
function doubtfulRows(table: ServiceTable): Uint8Array {
  const { rows } = table;
  const doubt = new Uint8Array(rows.length);
  for (const name of ["code", "name", "category", "currentPrice"]) {
    if (!table.columns.has(name)) doubt.fill(1);
  }
  for (const [name, column] of table.columns) {
    if (name === "list") continue;
    const field = NEEDS.get(name);
    for (let k = 0; k < rows.length; k += 1) {
      if (doubt[k] === 1) continue;
      const r = rows[k]!;
      if (field === undefined) {
        // A column the schema does not know: zod names it in each row that fills it.
        if (tableCell(column, r) !== undefined) doubt[k] = 1;
      } else if (!cellPasses(column, r, field.need, field.required)) doubt[k] = 1;
    }
  }
  return doubt;
}

function cellPasses(column: TableColumn, r: number, need: Need, required: boolean): boolean {
  if (column.kind === "text") {
    const c = column.codes[r]!;
    if (c < 0) return !required;
    return need.kind === "text" && need.ok(column.dictionary[c]!);
  }
  if (column.kind === "number") {
    const v = column.values[r]!;
    if (Number.isNaN(v)) return !column.other.has(r) && !required;
    return need.kind === "number" && need.ok(v);
  }
  const v = column.values[r];
  if (v === undefined) return !required;
  return need.kind === "text" ? typeof v === "string" && need.ok(v) : typeof v === "number" && need.ok(v);
}

const OPTIONAL_BEFORE = ["bedType", "centre", "volume", "volumePerBed"] as const;
const OPTIONAL_AFTER = ["maxPrice", "insuredShare", "coverage", "source", "assumption"] as const;

/** The columns a service is built from, looked up once per table rather than once per cell. */
interface Fields {
  readonly code: TableColumn;
  readonly name: TableColumn;
  readonly category: TableColumn;
  readonly currentPrice: TableColumn;
  readonly weight: TableColumn | undefined;
  readonly before: readonly (readonly [string, TableColumn])[];
  readonly after: readonly (readonly [string, TableColumn])[];
  readonly elements: readonly (readonly [string, TableColumn | undefined])[];
}

function fieldsOf(columns: ReadonlyMap<string, TableColumn>): Fields {
  const present = (keys: readonly string[]) => keys.flatMap((k) => (columns.has(k) ? [[k, columns.get(k)!] as const] : []));
  return {
    code: columns.get("code")!,
    name: columns.get("name")!,
    category: columns.get("category")!,
    currentPrice: columns.get("currentPrice")!,
    weight: columns.get("weight"),
    before: present(OPTIONAL_BEFORE),
    after: present(OPTIONAL_AFTER),
    elements: COST_ELEMENTS.some((e) => columns.has(e)) ? COST_ELEMENTS.map((e) => [e, columns.get(e)] as const) : [],
  };
}

/** A checked row as the schema returns it: its fields in the schema's order, optional ones only when given, defaults applied. */
function buildService(f: Fields, r: number): Service {
  const out: Record<string, unknown> = { code: tableCell(f.code, r), name: tableCell(f.name, r), category: tableCell(f.category, r) };
  for (const [key, column] of f.before) {
    const v = tableCell(column, r);
    if (v !== undefined) out[key] = v;
  }
  out["weight"] = f.weight === undefined ? 1 : (tableCell(f.weight, r) ?? 1);
  out["currentPrice"] = tableCell(f.currentPrice, r);
  if (f.elements.length > 0) {
    let given = false;
    const elements: Record<string, unknown> = {};
    for (const [key, column] of f.elements) {
      const v = column === undefined ? undefined : tableCell(column, r);
      if (v !== undefined) given = true;
      elements[key] = v ?? 0;
    }
    if (given) out["costElements"] = elements;
  }
  for (const [key, column] of f.after) {
    const v = tableCell(column, r);
    if (v !== undefined) out[key] = v;
  }
  return out as Service;
}
