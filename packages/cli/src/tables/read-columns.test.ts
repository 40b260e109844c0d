import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { tableCell } from "@costplan/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readColumns } from "./read-columns.js";
import { readTable } from "./read-table.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-read-columns-"));
let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

const NUMERIC = new Set(["price", "weight"]);

/** Every cell of the file as the column reader gives it and as the row reader gives it. */
async function bothReaders(file: string): Promise<{ columns: unknown[][]; rows: unknown[][] }> {
  const byColumn = await readColumns(connection, file, file, NUMERIC);
  const byRow = await readTable(connection, file, file, NUMERIC);
  if (!byColumn.ok || !byRow.ok) throw new Error("unreadable");
  expect(byColumn.table.names).toEqual(byRow.table.names);
  expect(byColumn.table.rows).toBe(byRow.table.rows);
  const columns = byColumn.table.names.map((name) => Array.from({ length: byColumn.table.rows }, (_, r) => tableCell(byColumn.table.columns.get(name)!, r)));
  return { columns, rows: byRow.table.columns.map((c) => [...c]) };
}

const csvField = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
// Cells people write in a CSV: numbers in every spelling, padded or signed, words, empty cells, quotes.
const cell = fc.oneof(
  fc.constantFrom("", "0", "-0", "+5", ".5", "1.", "1e3", "1E-2", " 5", "5 ", "1e400", "abc", "1,5", '"quoted"', "Khám bệnh", "NaN", "inf", "0x10"),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.nat().map(String),
  fc.string({ maxLength: 6 }).filter((s) => !/[\r\n]/.test(s)),
);

describe("readColumns", () => {
  it("gives every CSV cell the value the row reader gives it: numbers where a number reads, text, absent", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 12 }), async (lines) => {
        const file = join(dir, `t${(n += 1)}.csv`);
        writeFileSync(file, `code,price,weight\n${lines.map((l) => l.map(csvField).join(",")).join("\n")}\n`);
        const { columns, rows } = await bothReaders(file);
        expect(columns).toStrictEqual(rows);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("gives every Parquet cell the value the row reader gives it, whatever the column's type", async () => {
    const file = join(dir, "typed.parquet");
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('A', 5::BIGINT, 1.5::DOUBLE), (NULL, NULL, 'nan'::DOUBLE), ('', 9007199254740993::BIGINT, 'inf'::DOUBLE), ('C', ` +
        `-1::BIGINT, NULL)) t(code, price, weight)) TO '${file}' (FORMAT parquet)`,
    );
    const { columns, rows } = await bothReaders(file);
    expect(columns).toStrictEqual(rows);
    const mixed = join(dir, "mixed.parquet");
    await connection.run(
      `COPY (SELECT * FROM (VALUES (1::BIGINT, 'x', true), (2, '7', false), (NULL, ' 3', NULL)) t(code, price, weight)) TO '${mixed}' (FORMAT parquet)`,
    );
    const other = await bothReaders(mixed);
    expect(other.columns).toStrictEqual(other.rows);
  });
});
