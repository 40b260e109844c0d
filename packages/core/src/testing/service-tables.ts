// Test support only: never exported from the package.
import type { ServiceTable, TableColumn } from "../model/service-table.js";

type Doc = Record<string, unknown> & { serviceLists?: Record<string, unknown>[] };

/**
 * A document's price lists moved into one shared table, as the CLI reads a services file with a
 * `list` column: each list then names the file, and its rows are the file's rows with its id. The
 * document itself is not changed.
 */
export function inTables(document: Doc): { document: Doc; serviceTables: Map<number, ServiceTable> } {
  const lists = document.serviceLists ?? [];
  const rows: Record<string, unknown>[] = [];
  const byList = lists.map((list) =>
    (list["services"] as Record<string, unknown>[]).map((service) => {
      const { costElements, ...fields } = service as { costElements?: Record<string, unknown> };
      rows.push({ list: list["id"], ...fields, ...costElements });
      return rows.length - 1;
    }),
  );
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns = new Map(names.map((name) => [name, columnOf(rows.map((r) => r[name]))]));
  const serviceTables = new Map(byList.map((taken, i): [number, ServiceTable] => [i, { columns, rows: Int32Array.from(taken) }]));
  return { document: { ...document, serviceLists: lists.map((list) => ({ ...list, services: { file: "services.csv" } })) }, serviceTables };
}

/** Numbers in a typed array, texts in a dictionary, anything else as it is: the three forms a table reader gives. */
function columnOf(cells: readonly unknown[]): TableColumn {
  if (cells.every((v) => v === undefined || typeof v === "number")) {
    const values = Float64Array.from(cells, (v) => (v === undefined ? Number.NaN : v));
    return { kind: "number", values, other: new Map() };
  }
  if (cells.every((v) => v === undefined || typeof v === "string")) {
    const dictionary = [...new Set(cells.filter((v): v is string => v !== undefined))];
    return { kind: "text", dictionary, codes: Int32Array.from(cells, (v) => (v === undefined ? -1 : dictionary.indexOf(v))) };
  }
  return { kind: "values", values: cells };
}
