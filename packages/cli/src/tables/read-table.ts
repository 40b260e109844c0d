import { closeSync, openSync, readSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { locatedProblem, messages, type Language } from "@costplan/core";
import type { Located } from "../load.js";
import { sqlString } from "./sql.js";

/** A table file read as columns: one array of plain values per column, in file order. */
export interface ReadTable {
  readonly names: readonly string[];
  readonly columns: readonly (readonly unknown[])[];
  readonly rows: number;
  /** CSV or Parquet, as the file's name says. */
  readonly format: "csv" | "parquet";
}

/** The table's format from its name, or undefined for another kind of file. */
export function tableFormat(file: string): "csv" | "parquet" | undefined {
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.parquet$/i.test(file)) return "parquet";
  return undefined;
}

/**
 * Where a cell is, as people look for it: `file:LINE, column NAME`, LINE being the line of
 * the CSV file (its header is line 1) or the row of the Parquet file (its first row is 1).
 */
export function cellWhere(display: string, format: "csv" | "parquet", row: number, column: string): string {
  return `${display}:${format === "csv" ? row + 2 : row + 1}, column ${column}`;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a CSV or Parquet table with DuckDB, as columns (DuckDB reads both formats in
 * one engine and hands back whole columns, not a row object per cell).
 *
 * CSV is read as text, strictly (every line the header's number of fields), and each cell of
 * a column in `numeric` that reads as a number becomes one; anything else stays text, so the
 * model's validation says what it expected there with the same message as for JSON. An
 * empty cell, like a Parquet NULL, is an absent value. Parquet keeps its own types; BIGINT
 * and DECIMAL become numbers.
 */
export async function readTable(
  connection: DuckDBConnection,
  path: string,
  display: string,
  numeric: ReadonlySet<string>,
): Promise<{ ok: true; table: ReadTable } | { ok: false; problem: Located }> {
  const format = tableFormat(path)!;
  let names: string[];
  let raw: unknown[][];
  const header = format === "csv" ? csvHeader(path, display) : undefined;
  if (header !== undefined && !header.ok) return header;
  try {
    const source = header !== undefined ? csvSource(path, header.names) : `read_parquet(${sqlString(path)})`;
    const reader = await connection.runAndReadAll(`SELECT * FROM ${source}`);
    names = reader.columnNames();
    raw = reader.getColumnsJS();
  } catch (error) {
    return { ok: false, problem: unreadable(error, display, format) };
  }
  const columns = names.map((name, c) => {
    const values = raw[c] ?? [];
    return format === "csv" ? textValues(values, numeric.has(name)) : parquetValues(values, numeric.has(name));
  });
  return { ok: true, table: { names, columns, rows: raw[0]?.length ?? 0, format } };
}

/**
 * The CSV read with the header's names as text columns and no sniffing: DuckDB's sniffer
 * gives up on a file with one short line ("Error when sniffing file") instead of naming the line.
 */
export function csvSource(path: string, names: readonly string[]): string {
  const columns = names.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(", ");
  return (
    `read_csv(${sqlString(path)}, header = true, auto_detect = false, columns = {${columns}}, delim = ',', quote = ` +
    `'"', escape = '"', strict_mode = true, null_padding = false)`
  );
}

/**
 * The CSV's column names, or the problem with its header: a header DuckDB cannot be given as
 * column names, with none at all or a control character (a NUL would end the SQL text early and
 * DuckDB would complain of the SQL, not of the file).
 */
export function csvHeader(path: string, display: string): { ok: true; names: string[] } | { ok: false; problem: Located } {
  const names = headerNames(path);
  if (names.every((n) => n === "") || names.some(hasControlCharacter)) return { ok: false, problem: locatedProblem(`${display}:1`, "table-bad-header") };
  return { ok: true, names };
}

/** True when a text holds a control character (U+0000 to U+001F, or DEL). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}

/** The column names of the CSV's header line, unquoted. */
function headerNames(path: string): string[] {
  return readHeader(path)
    .split(",")
    .map((n) =>
      n
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .replaceAll('""', '"'),
    );
}

/** The first line of the file, without a byte order mark (read in one small block, not the whole file). */
function readHeader(path: string): string {
  const fd = openSync(path, "r");
  try {
    const block = Buffer.alloc(1 << 16);
    const n = readSync(fd, block, 0, block.length, 0);
    const text = block
      .subarray(0, n)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    return text.split(/\r?\n/)[0] ?? "";
  } finally {
    closeSync(fd);
  }
}

// Values are converted in place, and text repeated down a column (a category, a centre, the
// list id, an assumption) is kept once: DuckDB decodes every cell into its own string, and a
// national services table repeats the same few hundred strings 5.1 million times.
const INTERN_LIMIT = 4096;

function textValues(values: unknown[], numeric: boolean): unknown[] {
  const intern = new Map<string, string>();
  for (let i = 0; i < values.length; i += 1) values[i] = shared(textValue(values[i], numeric), intern);
  return values;
}

function shared(v: unknown, intern: Map<string, string>): unknown {
  if (typeof v !== "string") return v;
  const known = intern.get(v);
  if (known !== undefined) return known;
  if (intern.size < INTERN_LIMIT) intern.set(v, v);
  return v;
}

function textValue(v: unknown, numeric: boolean): unknown {
  if (v === null || v === undefined || v === "") return undefined;
  const text = typeof v === "string" ? v : JSON.stringify(v);
  if (!numeric || !NUMBER.test(text.trim())) return text;
  // Past ±1.8e308 a number reads as Infinity: the cell's own text goes on, so the message quotes it.
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

/** The cells of one column as the row reader gives them (converted in place): see {@link readTable}. */
export function convertValues(values: unknown[], numeric: boolean, format: "csv" | "parquet"): unknown[] {
  return format === "csv" ? textValues(values, numeric) : parquetValues(values, numeric);
}

// A text column of a Parquet file where numbers are expected is read as CSV text is, so one
// cell that is not a number is named, not the whole column.
function parquetValues(values: unknown[], numeric: boolean): unknown[] {
  const intern = new Map<string, string>();
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    if (v === null || v === undefined) values[i] = undefined;
    // Past 2^53 the number is no longer exact; validation rejects it as above the largest amount.
    else if (typeof v === "bigint") values[i] = Number(v);
    else if (typeof v !== "number" && typeof v !== "boolean") values[i] = shared(textValue(v, numeric), intern);
  }
  return values;
}

/** DuckDB's reason, cut to its first line, located at the CSV line it names when it names one. */
export function unreadable(error: unknown, display: string, format: "csv" | "parquet"): Located {
  const text = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(text)?.[1];
  const kind = format === "csv" ? "CSV" : "Parquet";
  return tableUnreadable(line === undefined ? display : `${display}:${line}`, kind, reasonOf(text, display));
}

/** The catalogue's words for DuckDB's reason; DuckDB's own first line when it is none of the known kinds. */
function reasonOf(text: string, display: string): Readonly<Record<Language, string>> {
  const fields = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
  if (fields !== null) return messages("table-field-count", { expected: fields[1]!, found: fields[2]! });
  if (/No files found|No such file/i.test(text)) return messages("table-no-such-file", { file: display });
  if (/too small to be a Parquet file|No magic bytes found/i.test(text)) return messages("table-not-parquet", {});
  const first = (text.split("\n")[0] ?? text).replace(/^[A-Za-z ]+Error: /, "");
  if (/^CSV Error on Line: \d+$/.test(first)) return messages("table-malformed-line", {});
  return { en: first, vi: first };
}

/** The "table-unreadable" problem at `where`, with its detail in each language. */
export function tableUnreadable(where: string, format: "CSV" | "Parquet", detail: Readonly<Record<Language, string>>): Located {
  return locatedProblem(where, "table-unreadable", { format, detail: detail.en, detailVi: detail.vi });
}
