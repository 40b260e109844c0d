import type { Column, Table } from "./table.js";

/** What `manifest.json` says about one table. */
export interface ManifestTable {
  readonly name: string;
  readonly description: string;
  readonly rows: number;
  /** File names relative to the folder. */
  readonly files: { readonly csv: string; readonly parquet: string };
  readonly columns: readonly Column[];
}

/**
 * The manifest of an output folder. It carries no time stamp or path of the machine, so the
 * same input gives the same bytes.
 */
export interface Manifest {
  readonly format: "costplan-tables";
  readonly version: 1;
  /** Anything the caller says about where the tables come from (model, scenario, currency...). */
  readonly about: Readonly<Record<string, unknown>>;
  readonly tables: readonly ManifestTable[];
}

/** File names of a table in the folder. */
export function filesOf(table: Pick<Table, "name">): ManifestTable["files"] {
  return { csv: `${table.name}.csv`, parquet: `${table.name}.parquet` };
}

/** The manifest's text: two-space JSON with a final newline. */
export function manifestText(about: Manifest["about"], tables: readonly ManifestTable[]): string {
  const manifest: Manifest = { format: "costplan-tables", version: 1, about, tables };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
