import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { locatedProblem, messages, tableCell, type ServiceTable } from "@costplan/core";
import type { Located } from "./load.js";
import { readColumns, type ColumnTable } from "./tables/read-columns.js";
import { cellWhere, readTable, tableFormat, tableUnreadable, type ReadTable } from "./tables/read-table.js";

/*
 * Large tables of a model kept in CSV or Parquet files that the model names, so that a
 * national model is a small JSON file beside its tables (no 660 MB string). Three places
 * take a table, `{ "file": "NAME.csv" | "NAME.parquet" }`, its path relative to the model:
 *
 * - `serviceLists[i].services`: one row per service, columns as the service's fields, the
 *   cost elements as their own columns (personnel, direct, ...). With a column `list`, the
 *   file holds many lists and only the rows whose `list` is this list's id are taken. These
 *   rows stay columns (`readColumns`) and are checked column by column by `parseModel`'s
 *   `serviceTables`: the document keeps its `{ "file" }` there.
 * - `facilities[i].costCentres.centres`: columns id, name, kind, directCost, source, assumption;
 *   with a column `facility`, only that facility's rows.
 * - `facilities[i].costCentres.usage`: long form, columns support, centre, value (and
 *   optionally facility): usage[support][centre] = value.
 */

interface TableKind {
  readonly required: readonly string[];
  readonly numeric: ReadonlySet<string>;
  /** The column that picks the rows of one list or facility, when the file holds many. */
  readonly key: "list" | "facility";
}

const COST_ELEMENTS = ["personnel", "direct", "depreciation", "generalAdministrative", "accumulation"] as const;

const KINDS = {
  services: {
    required: ["code", "name", "category", "currentPrice"],
    numeric: new Set(["volume", "volumePerBed", "weight", "currentPrice", "maxPrice", "insuredShare", "coverage", ...COST_ELEMENTS]),
    key: "list",
  },
  centres: { required: ["id", "name", "kind"], numeric: new Set(["directCost"]), key: "facility" },
  usage: { required: ["support", "centre", "value"], numeric: new Set(["value"]), key: "facility" },
} as const satisfies Record<string, TableKind>;
type Kind = keyof typeof KINDS;

/** Where the rows of one table reference came from, to locate problems found in them. */
interface Origin {
  readonly display: string;
  readonly format: "csv" | "parquet";
  /** Row of the file of each entry, in the order they are in the document. */
  readonly rows: ArrayLike<number>;
  /** For usage: the row of each support and centre pair. */
  readonly pairs?: ReadonlyMap<string, number>;
}

/** A model document with its tables read in, and a way to place a JSON path in a table file. */
export type Resolved =
  | {
      readonly ok: true;
      readonly document: unknown;
      readonly locate: (jsonPath: string) => string | undefined;
      /** The services of the lists kept in table files, as columns, by list index: for `parseModel`'s `serviceTables`. */
      readonly serviceTables: ReadonlyMap<number, ServiceTable>;
    }
  | { readonly ok: false; readonly problems: readonly Located[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isReference = (v: unknown): v is Json => isObject(v) && "file" in v;

/** True when the document names at least one table file (so DuckDB is loaded only then). */
export function hasTables(document: unknown): boolean {
  if (!isObject(document)) return false;
  const lists = Array.isArray(document["serviceLists"]) ? document["serviceLists"] : [];
  const facilities = Array.isArray(document["facilities"]) ? document["facilities"] : [];
  return (
    lists.some((l) => isObject(l) && isReference(l["services"])) ||
    facilities.some((f) => isObject(f) && isObject(f["costCentres"]) && (isReference(f["costCentres"]["centres"]) || isReference(f["costCentres"]["usage"])))
  );
}

/**
 * Reads every table the document names (each file once, however many lists or facilities
 * take rows from it) and puts the rows in their place, so the model is validated as one
 * document; a problem in a row is then located as `file:row, column NAME`.
 *
 * @param document - the model document as parsed from JSON or YAML (not changed)
 * @param folder - the model file's folder, against which table paths are resolved
 * @param locateJson - where a JSON path is in the model file itself
 */
export async function resolveTables(document: unknown, folder: string, locateJson: (jsonPath: string) => string): Promise<Resolved> {
  if (!isObject(document)) return { ok: true, document, locate: () => undefined, serviceTables: new Map() };
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  type Got = { ok: true; table: ReadTable | ColumnTable; display: string } | { ok: false; problem: Located };
  const cache = new Map<string, Promise<Got>>();
  const serviceTables = new Map<number, ServiceTable>();
  const problems: Located[] = [];
  const origins = new Map<string, Origin>();
  // The key values (facility, list) each table's rows were taken for: a row with any other is
  // refused at the end rather than left out in silence.
  const claims = new Map<ReadTable | ColumnTable, { readonly display: string; readonly key: string; readonly ids: Set<unknown> }>();
  const claim = <Rows>(got: { table: ReadTable | ColumnTable; display: string }, key: string, id: unknown, rows: Rows): Rows => {
    let c = claims.get(got.table);
    if (c === undefined) claims.set(got.table, (c = { display: got.display, key, ids: new Set() }));
    c.ids.add(id);
    return rows;
  };

  const load = async (ref: Json, kind: Kind, path: string) => {
    const file = ref["file"];
    const extra = Object.keys(ref).filter((k) => k !== "file");
    if (typeof file !== "string" || tableFormat(file) === undefined || extra.length > 0) {
      problems.push(locatedProblem(`${locateJson(path)}: ${path}`, "table-reference"));
      return undefined;
    }
    const full = isAbsolute(file) ? file : join(folder, file);
    const key = `${kind === "services" ? "columns" : "rows"}:${full}`;
    let read = cache.get(key);
    if (read === undefined) {
      const reader = kind === "services" ? readColumns : readTable;
      read = existsSync(full)
        ? reader(connection, full, file, KINDS[kind].numeric).then((r): Got => (r.ok ? { ...r, display: file } : r))
        : Promise.resolve({
            ok: false as const,
            problem: tableUnreadable(`${locateJson(path)}: ${path}`, tableFormat(file) === "csv" ? "CSV" : "Parquet", messages("table-no-such-file", { file })),
          });
      cache.set(key, read);
    }
    const got = await read;
    if (!got.ok) {
      if (!problems.includes(got.problem)) problems.push(got.problem);
      return undefined;
    }
    const missing = KINDS[kind].required.find((c) => !got.table.names.includes(c));
    if (missing !== undefined) {
      const problem = locatedProblem(`${got.display}:1`, "table-missing-column", { column: missing, required: KINDS[kind].required.join(", ") });
      if (!problems.some((p) => p.where === problem.where)) problems.push(problem);
      return undefined;
    }
    return got;
  };

  const out: Json = { ...document };
  try {
    if (Array.isArray(document["serviceLists"])) {
      out["serviceLists"] = await Promise.all(
        document["serviceLists"].map(async (list: unknown, i) => {
          if (!isObject(list) || !isReference(list["services"])) return list;
          const path = `$.serviceLists[${i}].services`;
          const got = await load(list["services"], "services", path);
          if (got === undefined) return list;
          const table = got.table as ColumnTable;
          const rows = claim(got, "list", list["id"], listRows(table, list["id"]));
          origins.set(path, { display: got.display, format: table.format, rows });
          serviceTables.set(i, { columns: table.columns, rows });
          return list;
        }),
      );
    }
    if (Array.isArray(document["facilities"])) {
      out["facilities"] = await Promise.all(
        document["facilities"].map(async (facility: unknown, i) => {
          if (!isObject(facility) || !isObject(facility["costCentres"])) return facility;
          const cc: Json = { ...facility["costCentres"] };
          const base = `$.facilities[${i}].costCentres`;
          if (isReference(cc["centres"])) {
            const got = await load(cc["centres"], "centres", `${base}.centres`);
            if (got !== undefined) {
              const table = got.table as ReadTable;
              const rows = claim(got, "facility", facility["id"], selectRows(table, "facility", facility["id"]));
              origins.set(`${base}.centres`, { display: got.display, format: table.format, rows });
              cc["centres"] = rows.map((r) => plainRow(table, r, "facility"));
            }
          }
          if (isReference(cc["usage"])) {
            const got = await load(cc["usage"], "usage", `${base}.usage`);
            if (got !== undefined) {
              const table = got.table as ReadTable;
              const rows = claim(got, "facility", facility["id"], selectRows(table, "facility", facility["id"]));
              const { usage, pairs } = usageOf(table, rows);
              origins.set(`${base}.usage`, { display: got.display, format: table.format, rows, pairs });
              cc["usage"] = usage;
            }
          }
          return { ...facility, costCentres: cc };
        }),
      );
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  for (const [table, c] of claims) problems.push(...unclaimedRows(table, c.display, c.key, c.ids));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: out, locate: (jsonPath) => locateInTable(origins, jsonPath), serviceTables };
}

/** One problem per key value of a table that no part of the model took rows for, at its first row. */
function unclaimedRows(table: ReadTable | ColumnTable, display: string, key: string, ids: ReadonlySet<unknown>): Located[] {
  const keyAt = keyColumn(table, key);
  if (keyAt === undefined) return [];
  const first = new Map<unknown, number>();
  for (let r = 0; r < table.rows; r += 1) {
    const v = keyAt(r);
    if (!ids.has(v) && !first.has(v)) first.set(v, r);
  }
  const known = [...ids].slice(0, 10).map((id) => `"${String(id)}"`);
  const more = Math.max(0, ids.size - known.length);
  return [...first].map(([id, r]) =>
    locatedProblem(cellWhere(display, table.format, r, key), "table-row-unclaimed", {
      column: key,
      id: typeof id === "string" || typeof id === "number" ? String(id) : "",
      known: known.join(", "),
      more,
    }),
  );
}

function isColumnTable(table: ReadTable | ColumnTable): table is ColumnTable {
  return !Array.isArray(table.columns);
}

/** The value of a table's key column at a row, for a table of rows or of columns; undefined when it has no such column. */
function keyColumn(table: ReadTable | ColumnTable, key: string): ((r: number) => unknown) | undefined {
  if (isColumnTable(table)) {
    const column = table.columns.get(key);
    return column === undefined ? undefined : (r) => tableCell(column, r);
  }
  const column = table.columns[table.names.indexOf(key)];
  return column === undefined ? undefined : (r) => column[r];
}

// Each table's rows grouped by its key column once, so 1,700 lists sharing one file of 5.1
// million rows cost one pass over it, not one pass per list.
const groups = new WeakMap<ReadTable, Map<unknown, number[]>>();

/** Rows whose key column is `id`, or every row when the table has no such column. */
function selectRows(table: ReadTable, key: string, id: unknown): number[] {
  const c = table.names.indexOf(key);
  if (c < 0) return Array.from({ length: table.rows }, (_, r) => r);
  let byKey = groups.get(table);
  if (byKey === undefined) {
    byKey = new Map();
    const column = table.columns[c]!;
    for (let r = 0; r < table.rows; r += 1) {
      const rows = byKey.get(column[r]);
      if (rows === undefined) byKey.set(column[r], [r]);
      else rows.push(r);
    }
    groups.set(table, byKey);
  }
  return byKey.get(id) ?? [];
}

// Rows are null-prototype objects: a column named "__proto__" stays a field, for validation to refuse by name.
function plainRow(table: ReadTable, r: number, skip: string): Json {
  const row = Object.create(null) as Json;
  table.names.forEach((name, c) => {
    const v = table.columns[c]![r];
    if (name !== skip && v !== undefined) row[name] = v;
  });
  return row;
}

const listGroups = new WeakMap<ColumnTable, Map<unknown, Int32Array>>();

/** The rows of a services table whose `list` column is `id` (every row when it has none), in file order, grouped once per table. */
function listRows(table: ColumnTable, id: unknown): Int32Array {
  const column = table.columns.get("list");
  if (column === undefined) return Int32Array.from({ length: table.rows }, (_, r) => r);
  let byList = listGroups.get(table);
  if (byList === undefined) {
    const members = new Map<unknown, number[]>();
    for (let r = 0; r < table.rows; r += 1) {
      const v = tableCell(column, r);
      const rows = members.get(v);
      if (rows === undefined) members.set(v, [r]);
      else rows.push(r);
    }
    byList = new Map([...members].map(([k, rows]) => [k, Int32Array.from(rows)]));
    listGroups.set(table, byList);
  }
  return byList.get(id) ?? new Int32Array(0);
}

function usageOf(table: ReadTable, rows: readonly number[]): { usage: Json; pairs: Map<string, number> } {
  const [s, c, v] = ["support", "centre", "value"].map((n) => table.columns[table.names.indexOf(n)]!);
  // Keyed by centre ids: null-prototype objects, so an id such as "constructor" is plain data.
  const usage = Object.create(null) as Json;
  const pairs = new Map<string, number>();
  for (const r of rows) {
    const support = String(s![r]);
    const centre = String(c![r]);
    const inner = (usage[support] ??= Object.create(null)) as Json;
    inner[centre] = v![r];
    pairs.set(`${support}\u0000${centre}`, r);
  }
  return { usage, pairs };
}

/** `file:row, column NAME` for a JSON path inside a table, or undefined for one in the model file. */
function locateInTable(origins: ReadonlyMap<string, Origin>, jsonPath: string): string | undefined {
  const list = /^(\$\.(?:serviceLists\[\d+\]\.services|facilities\[\d+\]\.costCentres\.centres))\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(jsonPath);
  if (list !== null) {
    const origin = origins.get(list[1]!);
    const row = origin?.rows[Number(list[2])];
    if (origin === undefined || row === undefined) return undefined;
    // A problem with the whole row (a duplicate code, say) is shown at its first column.
    const column = list[3] === undefined ? (list[1]!.endsWith("services") ? "code" : "id") : list[3] === "costElements" ? (list[4] ?? "personnel") : list[3];
    return cellWhere(origin.display, origin.format, row, column);
  }
  const usage = /^(\$\.facilities\[\d+\]\.costCentres\.usage)(?:\[("(?:[^"\\]|\\.)*")\]|\.(\w+))?(?:\[("(?:[^"\\]|\\.)*")\]|\.(\w+))?/.exec(jsonPath);
  if (usage === null) return undefined;
  const origin = origins.get(usage[1]!);
  if (origin === undefined) return undefined;
  const support = usage[2] !== undefined ? (JSON.parse(usage[2]) as string) : usage[3];
  const centre = usage[4] !== undefined ? (JSON.parse(usage[4]) as string) : usage[5];
  if (support === undefined) return `${origin.display}:1`;
  if (centre === undefined) {
    const row = [...origin.pairs!.entries()].find(([k]) => k.startsWith(`${support}\u0000`))?.[1];
    return row === undefined ? `${origin.display}:1` : cellWhere(origin.display, origin.format, row, "support");
  }
  const row = origin.pairs!.get(`${support}\u0000${centre}`);
  return row === undefined ? `${origin.display}:1` : cellWhere(origin.display, origin.format, row, "value");
}
