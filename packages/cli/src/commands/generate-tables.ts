import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedModel } from "@costplan/core";
import { writeCsv } from "../tables/csv.js";
import { openParquetConverter } from "../tables/parquet.js";
import type { Cell, Column, ColumnType } from "../tables/table.js";
import { removeLeftovers } from "../write/leftovers.js";
import { temporaryBeside, track, untrack } from "../write/temporaries.js";

/** How `generate` writes a model: one JSON file, or a small JSON model naming CSV or Parquet tables. */
export type ModelFormat = "json" | "csv" | "parquet";

const COST_ELEMENTS = ["personnel", "direct", "depreciation", "generalAdministrative", "accumulation"] as const;

const col = (name: string, type: ColumnType): Column => ({ name, type, description: name });

const SERVICE_COLUMNS: readonly Column[] = [
  col("list", "VARCHAR"),
  col("code", "VARCHAR"),
  col("name", "VARCHAR"),
  col("category", "VARCHAR"),
  col("bedType", "VARCHAR"),
  col("centre", "VARCHAR"),
  col("volume", "BIGINT"),
  col("volumePerBed", "DOUBLE"),
  col("weight", "DOUBLE"),
  col("currentPrice", "BIGINT"),
  col("maxPrice", "BIGINT"),
  col("insuredShare", "DOUBLE"),
  col("coverage", "DOUBLE"),
  ...COST_ELEMENTS.map((n) => col(n, "BIGINT")),
  col("source", "VARCHAR"),
  col("assumption", "VARCHAR"),
];
const CENTRE_COLUMNS: readonly Column[] = ["facility", "id", "name", "kind"]
  .map((n) => col(n, "VARCHAR"))
  .concat([col("directCost", "BIGINT"), col("source", "VARCHAR"), col("assumption", "VARCHAR")]);
const USAGE_COLUMNS: readonly Column[] = [col("facility", "VARCHAR"), col("support", "VARCHAR"), col("centre", "VARCHAR"), col("value", "DOUBLE")];

type Json = Readonly<Record<string, unknown>>;
const cell = (v: unknown): Cell => (v === undefined ? null : (v as Cell));

function* serviceRows(doc: GeneratedModel): Generator<readonly Cell[]> {
  for (const list of doc.serviceLists) {
    for (const s of list.services as readonly Json[]) {
      const elements = (s["costElements"] ?? {}) as Json;
      yield SERVICE_COLUMNS.map((c) =>
        c.name === "list" ? list.id : (COST_ELEMENTS as readonly string[]).includes(c.name) ? cell(elements[c.name]) : cell(s[c.name]),
      );
    }
  }
}

function* centreRows(doc: GeneratedModel): Generator<readonly Cell[]> {
  for (const f of doc.facilities)
    for (const c of (f.costCentres?.centres ?? []) as readonly Json[]) yield CENTRE_COLUMNS.map((k) => (k.name === "facility" ? f.id : cell(c[k.name])));
}

function* usageRows(doc: GeneratedModel): Generator<readonly Cell[]> {
  for (const f of doc.facilities) {
    for (const [support, row] of Object.entries(f.costCentres?.usage ?? {}))
      for (const [centre, value] of Object.entries(row)) yield [f.id, support, centre, value];
  }
}

/**
 * Writes a generated model as tables: `services`, `centres` and `usage` (CSV, or Parquet
 * converted from it by DuckDB) beside a small `model.json` that names them, so that a
 * national model is never one JSON string (it would be 660 MB, past V8's string limit).
 * Every list and facility names the same file; the `list` and `facility` columns pick its rows.
 *
 * @returns the model document to write as `model.json`
 */
export async function writeModelTables(doc: GeneratedModel, dir: string, format: "csv" | "parquet"): Promise<Json> {
  const tables = [
    { name: "services", columns: SERVICE_COLUMNS, rows: serviceRows(doc) },
    { name: "centres", columns: CENTRE_COLUMNS, rows: centreRows(doc) },
    { name: "usage", columns: USAGE_COLUMNS, rows: usageRows(doc) },
  ];
  removeLeftovers(dir);
  const converter = format === "parquet" ? await openParquetConverter() : undefined;
  // Each table is written to a tracked temporary and renamed when complete, so a run stopped
  // or failing half way leaves no half table (the CSV a Parquet file is made from is one too).
  const temporaries: string[] = [];
  const temporary = (path: string): string => {
    const t = temporaryBeside(path);
    track(t);
    temporaries.push(t);
    return t;
  };
  try {
    for (const t of tables) {
      const target = join(dir, `${t.name}.${format}`);
      const csv = temporary(join(dir, `${t.name}.csv`));
      await writeCsv(csv, t.columns, t.rows);
      if (converter === undefined) renameSync(csv, target);
      else {
        const parquet = temporary(target);
        await converter.convert(csv, parquet, t.columns);
        renameSync(parquet, target);
      }
    }
  } finally {
    converter?.close();
    for (const t of temporaries) {
      rmSync(t, { force: true });
      untrack(t);
    }
  }
  const file = (name: string) => ({ file: `${name}.${format}` });
  return {
    ...doc,
    facilities: doc.facilities.map((f) =>
      f.costCentres === undefined ? f : { ...f, costCentres: { ...f.costCentres, centres: file("centres"), usage: file("usage") } },
    ),
    serviceLists: doc.serviceLists.map((l) => ({ ...l, services: file("services") })),
  };
}
