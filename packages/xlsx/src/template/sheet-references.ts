import { TABLES } from "../layout.js";
import { parseFunding } from "./cell-values.js";
import { READ_PROBLEMS, type Noun, type ReadProblem } from "./messages.js";
import type { TableKey } from "./records.js";
import type { ReadRow } from "./sheet-readers.js";
import type { Tabs } from "./tabs.js";

/**
 * The references between sheets that a finance officer types by hand (a cost item's
 * facility and funding sources, a funding share's source, a saving's facility, a price list's facility), checked on
 * the rows as read. The model's own check (`parseModel`) finds these too, but only once
 * every value has the right type; checked here, an unknown id is reported in the same
 * pass as a mistyped cell elsewhere.
 *
 * @param tables - the rows read from each table sheet
 * @param tabs - the name of each input sheet in the workbook, for the messages
 */
export function sheetReferences(tables: Readonly<Record<TableKey, readonly ReadRow[]>>, tabs: Tabs): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const ids = (key: TableKey, column = "id"): Set<string> =>
    new Set(tables[key].map((row) => row.values[column]).filter((id): id is string => typeof id === "string"));
  const facilities = ids("facilities");
  const units = new Set([...facilities, ...ids("pools")]);
  const sources = ids("fundingSources");
  const check = (row: ReadRow, column: string, known: ReadonlySet<string>, what: Noun, sheet: string): void => {
    const id = row.values[column];
    if (typeof id === "string" && !known.has(id)) problems.push(READ_PROBLEMS.unknownOwner(row.at[column]!, what, id, sheet));
  };
  const source: Noun = ["noun-funding-source"];
  for (const row of tables.costItems) {
    check(row, "facility", units, ["noun-facility-or-pool"], `${tabs[TABLES.facilities.name]}/${tabs[TABLES.pools.name]}`);
    // The cell's own ids: a source id, or an earlier template's shares (text that cannot be read is a problem of its own).
    const text = row.values["funding"];
    const funding = typeof text === "string" ? parseFunding(text) : undefined;
    const named = typeof funding === "string" ? [funding] : (funding ?? []).map((f) => f.source);
    const unknown = named.find((id) => !sources.has(id));
    if (unknown !== undefined) problems.push(READ_PROBLEMS.unknownOwner(row.at["funding"]!, source, unknown, tabs[TABLES.fundingSources.name]));
  }
  for (const row of tables.fundingShares) check(row, "source", sources, source, tabs[TABLES.fundingSources.name]);
  for (const row of tables.savings) check(row, "facility", facilities, ["noun-facility"], tabs[TABLES.facilities.name]);
  for (const row of tables.serviceLists) check(row, "facility", facilities, ["noun-facility"], tabs[TABLES.facilities.name]);
  return problems;
}
