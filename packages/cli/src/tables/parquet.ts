import type { Column } from "./table.js";
import { sqlIdentifier, sqlString } from "./sql.js";

/** Converts CSV files written by {@link writeCsv} to Parquet; close it when done. */
export interface ParquetConverter {
  convert(csvPath: string, parquetPath: string, columns: readonly Column[]): Promise<void>;
  close(): void;
}

/**
 * Opens an in-memory DuckDB that reads our CSV with the declared column types (no type
 * sniffing, so a column of codes such as "01" stays text) and writes Parquet. DuckDB is
 * imported here, on first use, so commands that write no tables never load its native binary.
 */
export async function openParquetConverter(): Promise<ParquetConverter> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  // One thread: row groups are then written in one order, which keeps the Parquet bytes stable.
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  return {
    async convert(csvPath, parquetPath, columns) {
      const types = columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(", ");
      const select = columns.map((c) => sqlIdentifier(c.name)).join(", ");
      const read =
        `read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
        `allow_quoted_nulls = false, null_padding = false, columns = {${types}})`;
      await connection.run(`COPY (SELECT ${select} FROM ${read}) TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
