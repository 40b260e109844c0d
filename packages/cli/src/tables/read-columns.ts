import type { DuckDBConnection } from "@duckdb/node-api";
import type { TableColumn } from "@costplan/core";
import type { Located } from "../load.js";
import { csvHeader, csvSource, convertValues, tableFormat, unreadable } from "./read-table.js";
import { sqlIdentifier, sqlString } from "./sql.js";

/** A table file read as typed columns (numbers in a Float64Array, texts as dictionary codes), in file order. */
export interface ColumnTable {
  readonly names: readonly string[];
  readonly columns: ReadonlyMap<string, TableColumn>;
  readonly rows: number;
  readonly format: "csv" | "parquet";
}

// The test a CSV cell passes to be a number: the same as the row reader's (read-table.ts).
const NUMBER_RE = "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?";
const NUMERIC_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;

type Plan =
  | { readonly kind: "number"; readonly select: readonly string[] }
  | { readonly kind: "text"; readonly select: readonly string[]; readonly type: string }
  | { readonly kind: "values"; readonly select: readonly string[] };

let tables = 0;

/**
 * Reads a CSV or Parquet table with DuckDB straight into columns: DuckDB tests and converts the
 * numbers (a CSV cell that is no number stays text, for validation to name) and gives each text
 * column a dictionary (an ENUM of its distinct values), so that JavaScript reads numbers and small
 * integer codes chunk by chunk and decodes each distinct text once. At national size (5.1 million
 * rows) decoding every text cell into its own string was most of the read, and a JavaScript value
 * per cell most of its memory.
 *
 * The cells come out as the row reader (`readTable`) gave them: a CSV cell of a `numeric` column
 * is a number when it reads as one, else its text; an empty cell (a Parquet NULL) is absent; a
 * Parquet column of a type the column does not expect keeps its values as JavaScript has them.
 */
export async function readColumns(
  connection: DuckDBConnection,
  path: string,
  display: string,
  numeric: ReadonlySet<string>,
): Promise<{ ok: true; table: ColumnTable } | { ok: false; problem: Located }> {
  const format = tableFormat(path)!;
  const name = `costplan_table_${(tables += 1)}`;
  const header = format === "csv" ? csvHeader(path, display) : undefined;
  if (header !== undefined && !header.ok) return header;
  try {
    // A CSV is parsed once into DuckDB, however many passes follow; a Parquet file is already
    // columns, so each pass reads only its column from the file (at national size, holding the
    // whole table in DuckDB as well would cost hundreds of MB). Either way the rows keep the file's order.
    await connection.run(
      format === "csv"
        ? `CREATE TEMP TABLE ${name} AS SELECT * FROM ${csvSource(path, header?.names ?? [])}`
        : `CREATE TEMP VIEW ${name} AS SELECT * FROM read_parquet(${sqlString(path)})`,
    );
    const described = (await connection.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE ${name})`)).getColumnsJS() as string[][];
    const names = described[0] ?? [];
    const types = described[1] ?? [];
    const rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${name}`)).getColumnsJS()[0]![0]);
    const plans: Plan[] = [];
    for (let c = 0; c < names.length; c += 1)
      plans.push(await planColumn(connection, name, `${name}_${c}`, sqlIdentifier(names[c]!), types[c]!, numeric.has(names[c]!)));
    const columns = new Map<string, TableColumn>();
    for (let c = 0; c < names.length; c += 1) columns.set(names[c]!, await readColumn(connection, name, plans[c]!, rows));
    return { ok: true, table: { names, columns, rows, format } };
  } catch (error) {
    return { ok: false, problem: unreadable(error, display, format) };
  } finally {
    await connection.run(format === "csv" ? `DROP TABLE IF EXISTS ${name}` : `DROP VIEW IF EXISTS ${name}`);
  }
}

async function planColumn(connection: DuckDBConnection, table: string, type: string, column: string, duckType: string, numeric: boolean): Promise<Plan> {
  if (numeric && NUMERIC_TYPES.test(duckType)) return { kind: "number", select: [`CAST(${column} AS DOUBLE)`] };
  if (duckType !== "VARCHAR") return { kind: "values", select: [column] };
  if (numeric) {
    // Past ±1.8e308 DuckDB reads infinity: such a cell stays text, as the row reader keeps it, so the message quotes it.
    const isNumber = `(regexp_full_match(${column}, ${sqlString(NUMBER_RE)}) AND isfinite(TRY_CAST(${column} AS DOUBLE)))`;
    // Anything else that is not empty (a word, a padded number, 1e400) is converted as the row reader did.
    return {
      kind: "number",
      select: [`CASE WHEN ${isNumber} THEN CAST(${column} AS DOUBLE) END`, `CASE WHEN ${column} <> '' AND NOT ${isNumber} THEN ${column} END`],
    };
  }
  await connection.run(`CREATE TYPE ${type} AS ENUM (SELECT DISTINCT ${column} FROM ${table} WHERE ${column} IS NOT NULL AND ${column} <> '')`);
  return { kind: "text", type, select: [`CAST(enum_code(CAST(NULLIF(${column}, '') AS ${type})) AS INTEGER)`] };
}

async function readColumn(connection: DuckDBConnection, table: string, plan: Plan, rows: number): Promise<TableColumn> {
  if (plan.kind === "values") {
    const raw = (await connection.runAndReadAll(`SELECT ${plan.select[0]} FROM ${table}`)).getColumnsJS()[0] ?? [];
    return { kind: "values", values: convertValues(raw, false, "parquet") };
  }
  const result = await connection.stream(`SELECT ${plan.select.join(", ")} FROM ${table}`);
  if (plan.kind === "text") {
    const codes = new Int32Array(rows).fill(-1);
    let at = 0;
    // A chunk's row count is a call into DuckDB: read once per chunk.
    for (
      let chunk = await result.fetchChunk(), n = chunk?.rowCount ?? 0;
      chunk !== null && n > 0;
      chunk = await result.fetchChunk(), n = chunk?.rowCount ?? 0
    ) {
      const vector = chunk.getColumnVector(0);
      for (let i = 0; i < n; i += 1) {
        const v = vector.getItem(i);
        if (v !== null) codes[at + i] = v as number;
      }
      at += n;
    }
    const dictionary = (await connection.runAndReadAll(`SELECT unnest(enum_range(NULL::${plan.type}))`)).getColumnsJS()[0] as string[];
    await connection.run(`DROP TYPE ${plan.type}`);
    return { kind: "text", codes, dictionary };
  }
  const values = new Float64Array(rows).fill(Number.NaN);
  const other = new Map<number, unknown>();
  let at = 0;
  for (let chunk = await result.fetchChunk(), n = chunk?.rowCount ?? 0; chunk !== null && n > 0; chunk = await result.fetchChunk(), n = chunk?.rowCount ?? 0) {
    const vector = chunk.getColumnVector(0);
    const texts = plan.select.length > 1 ? chunk.getColumnVector(1) : undefined;
    for (let i = 0; i < n; i += 1) {
      const v = vector.getItem(i) as number | null;
      if (v === null) {
        const odd = texts?.getItem(i);
        if (odd !== null && odd !== undefined) other.set(at + i, convertValues([odd], true, "csv")[0]);
      } else if (Number.isNaN(v)) other.set(at + i, v);
      else values[at + i] = v;
    }
    at += n;
  }
  return { kind: "number", values, other };
}
