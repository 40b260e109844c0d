/**
 * A column type, named as DuckDB names it, so the same word types the CSV reader, the Parquet
 * schema and the manifest. Money is BIGINT (whole minor units); per-unit decimals that must stay
 * exact are DECIMAL, never DOUBLE.
 */
export type ColumnType = "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "BOOLEAN" | `DECIMAL(${number},${number})`;

/** One column of a table: its name, type and what it holds, for the manifest. */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
}

/** One cell: text, a number, a decimal written as a string (for DECIMAL columns), a flag, or nothing. */
export type Cell = string | number | boolean | null;

/**
 * A table to write: rows are produced lazily and read once, so a table with millions of rows is
 * never held in memory as a whole.
 */
export interface Table {
  /** File name without extension: `prices` gives `prices.csv` and `prices.parquet`. */
  readonly name: string;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly rows: Iterable<readonly Cell[]>;
}
