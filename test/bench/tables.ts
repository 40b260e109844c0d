// How fast do 1M rows leave as CSV and Parquet? `npx tsx test/bench/tables.ts [rows]`.
// A: stream CSV (writeCsv), then DuckDB COPY read_csv(... typed columns) TO parquet (what --out does).
// B: DuckDB appender, row by row, into an in-memory table, then COPY the table TO parquet.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { writeCsv } from "../../packages/cli/src/tables/csv.js";
import { openParquetConverter } from "../../packages/cli/src/tables/parquet.js";
import type { Cell, Column } from "../../packages/cli/src/tables/table.js";

const n = Number(process.argv[2] ?? 1_000_000);
const columns: Column[] = [
  { name: "facility", type: "VARCHAR", description: "" },
  { name: "code", type: "VARCHAR", description: "" },
  { name: "name", type: "VARCHAR", description: "" },
  { name: "year", type: "INTEGER", description: "" },
  { name: "volume", type: "BIGINT", description: "" },
  { name: "emrCost", type: "BIGINT", description: "" },
  { name: "emrComponent", type: "DECIMAL(18,6)", description: "" },
  { name: "proposedPrice", type: "BIGINT", description: "" },
  { name: "fund", type: "BIGINT", description: "" },
  { name: "patients", type: "BIGINT", description: "" },
];
function* rows(): Generator<readonly Cell[]> {
  for (let i = 0; i < n; i += 1)
    yield [
      `F${i % 500}`,
      `S${i % 2000}`,
      "Khám bệnh",
      2020 + (i % 6),
      1000 + i,
      474_326_714 + i,
      `${1317 + (i % 97)}.574206`,
      38_300,
      336_960_000 + i,
      131_040_000 - i,
    ];
}
const dir = mkdtempSync(join(tmpdir(), "costplan-bench-"));
const time = async (label: string, f: () => Promise<void>): Promise<void> => {
  const t = performance.now();
  await f();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
};
try {
  await time(`A1 CSV stream, ${n} rows`, async () => {
    await writeCsv(join(dir, "a.csv"), columns, rows());
  });
  const converter = await openParquetConverter();
  await time("A2 CSV -> Parquet (DuckDB COPY)", () => converter.convert(join(dir, "a.csv"), join(dir, "a.parquet"), columns));
  converter.close();
  console.log(`   CSV ${(statSync(join(dir, "a.csv")).size / 1e6).toFixed(1)} MB, Parquet ${(statSync(join(dir, "a.parquet")).size / 1e6).toFixed(1)} MB`);

  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const c = await instance.connect();
  await c.run(`CREATE TABLE t (${columns.map((col) => `"${col.name}" ${col.type}`).join(", ")})`);
  await time("B1 appender, row by row", async () => {
    const a = await c.createAppender("t");
    for (const r of rows()) {
      a.appendVarchar(r[0] as string);
      a.appendVarchar(r[1] as string);
      a.appendVarchar(r[2] as string);
      a.appendInteger(r[3] as number);
      a.appendBigInt(BigInt(r[4] as number));
      a.appendBigInt(BigInt(r[5] as number));
      a.appendVarchar(r[6] as string);
      a.appendBigInt(BigInt(r[7] as number));
      a.appendBigInt(BigInt(r[8] as number));
      a.appendBigInt(BigInt(r[9] as number));
      a.endRow();
    }
    a.closeSync();
  });
  await time("B2 table -> Parquet (COPY)", async () => {
    await c.run(`COPY t TO '${join(dir, "b.parquet")}' (FORMAT parquet, COMPRESSION zstd)`);
  });
  await time("B3 table -> CSV (COPY), for comparison with A1", async () => {
    await c.run(`COPY t TO '${join(dir, "b.csv")}' (FORMAT csv, HEADER)`);
  });
  c.closeSync();
  instance.closeSync();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
