import type ExcelJS from "exceljs";
import type { Language } from "@costplan/core";
import { HEADER_ROW, TABLES, type Column, type TableSheet } from "../layout.js";
import { absolute, columnLetters } from "./address.js";
import type { TableKey } from "./records.js";
import { sheetName } from "../labels/sheet-names.js";

/**
 * The lists of ids that reference columns offer as drop-downs. Each list is a defined name
 * (`Ids_facilities`) over the id column of the table it comes from, spare rows included, so
 * an id added there is offered here. A defined name keeps the drop-downs' formulas free of
 * sheet names, and Excel, LibreOffice and openpyxl all keep a list validation that names one.
 *
 * Excel cannot offer two ranges in one drop-down, so a list of ids from two tables (a cost
 * item's facility or pool) is gathered by formulas on a hidden sheet: each source row's id,
 * its rank among the ids (empty rows skipped), and the ids in rank order. Live formulas, so
 * a facility or pool added later joins the list.
 */

/** What a reference column refers to. */
export type Refers = NonNullable<Column["refers"]>;

/** The tables whose ids each list holds, in the order the list shows them. */
const SOURCES: Readonly<Record<Refers, readonly TableKey[]>> = {
  facilities: ["facilities"],
  facilityOrPool: ["facilities", "pools"],
  fundingSources: ["fundingSources"],
  costItems: ["costItems"],
  serviceLists: ["serviceLists"],
  centres: ["centres"],
};

/** The hidden sheet that gathers lists of ids from several tables. */
export const LISTS_SHEET = "Lists";

const TITLE = {
  en: "Drop-down lists, kept by formulas: do not edit",
  vi: "Danh sách thả xuống, lập bằng công thức: không sửa",
} as const;

/** The defined name of a list of ids, as a drop-down's formula names it. */
export function listName(refers: Refers): string {
  return `Ids_${refers}`;
}

/** The sheets a list's ids come from, as a message names them in the language: `Facilities/Pools`, `Cơ sở y tế/Hạng mục dùng chung`. */
export function referredSheets(refers: Refers, language: Language): string {
  return SOURCES[refers].map((key) => sheetName(TABLES[key].name, language)).join("/");
}

/** The sizes and contents of the written tables that the lists need. */
export interface ListSources {
  /** Rows a table's drop-downs cover: its records and the spare rows below them. */
  readonly rows: (key: TableKey) => number;
  /** The ids written in a table, in row order: the cached values of the gathering formulas. */
  readonly ids: (key: TableKey) => readonly string[];
}

/**
 * Defines every list of ids, and writes the hidden sheet that gathers those from several tables.
 *
 * @param workbook - the workbook holding the input sheets (it is changed)
 * @param sources - the rows each table's drop-downs cover and the ids written in it
 * @param language - language of the hidden sheet's title
 */
export function addReferenceLists(workbook: ExcelJS.Workbook, sources: ListSources, language: Language): void {
  const gathered = (Object.keys(SOURCES) as Refers[]).filter((refers) => SOURCES[refers].length > 1);
  const ws = gathered.length === 0 ? undefined : workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  let column = 1;
  for (const refers of Object.keys(SOURCES) as Refers[]) {
    const tables = SOURCES[refers];
    if (tables.length === 1) {
      workbook.definedNames.add(idColumn(tables[0]!, sources.rows(tables[0]!), language), listName(refers));
      continue;
    }
    workbook.definedNames.add(gatherIds(ws!, column, tables, sources, language), listName(refers));
    column += 3;
  }
  if (ws !== undefined) ws.getCell(1, 1).value = TITLE[language];
}

/** A table's id column over the rows its drop-downs cover, on its tab in the language: `'Cơ sở y tế'!$A$3:$A$558`. */
function idColumn(key: TableKey, rows: number, language: Language): string {
  const { name, column } = idCell(key, language);
  return `${absolute(name, HEADER_ROW + 1, column)}:${absolute(name, HEADER_ROW + rows, column).split("!")[1]!}`;
}

function idCell(key: TableKey, language: Language): { readonly name: string; readonly column: number } {
  const layout: TableSheet = TABLES[key];
  return { name: sheetName(layout.name, language), column: layout.columns.findIndex((c) => c.key === "id") + 1 };
}

/**
 * Writes three columns from `first` on the hidden sheet: each source row's id (empty when the
 * row is), its rank among the non-empty ones, and the k-th id on row k. Each column is one
 * shared formula (a thousand rows cost a few kilobytes). Returns the range of the last
 * column, which the drop-down lists: ids first, then empty cells.
 */
function gatherIds(ws: ExcelJS.Worksheet, first: number, tables: readonly TableKey[], sources: ListSources, language: Language): string {
  const [id, rank, list] = [first, first + 1, first + 2].map(columnLetters) as [string, string, string];
  const values = tables.flatMap((key) => Array.from({ length: sources.rows(key) }, (_, r) => sources.ids(key)[r] ?? ""));
  const firstRow = HEADER_ROW + 1;
  const last = HEADER_ROW + values.length;
  const range = (letters: string): string => `$${letters}$${firstRow}:$${letters}$${last}`;
  ["id", "n", "list"].forEach((heading, k) => {
    ws.getCell(HEADER_ROW, first + k).value = heading;
  });
  const at = (row: number): number => row - firstRow;
  let top = firstRow;
  for (const key of tables) {
    const { name, column } = idCell(key, language);
    // The first source cell with its row left relative, so that the formula shared down the block moves with it.
    const source = absolute(name, firstRow, column).replace(/\$(\d+)$/, "$1");
    const bottom = top + sources.rows(key) - 1;
    ws.fillFormula(`${id}${top}:${id}${bottom}`, `IF(${source}="","",${source})`, (row) => values[at(row)]!);
    top = bottom + 1;
  }
  let count = 0;
  const ranks = values.map((v) => (v === "" ? "" : (count += 1)));
  const ids = values.filter((v) => v !== "");
  // MAX skips the text above (the header, the ranks of empty rows), so the first id ranks 1.
  ws.fillFormula(`${rank}${firstRow}:${rank}${last}`, `IF(${id}${firstRow}="","",MAX(${rank}$${HEADER_ROW}:${rank}${HEADER_ROW})+1)`, (r) => ranks[at(r)]!);
  ws.fillFormula(`${list}${firstRow}:${list}${last}`, `IFERROR(INDEX(${range(id)},MATCH(ROW()-${HEADER_ROW},${range(rank)},0)),"")`, (r) => ids[at(r)] ?? "");
  return `${LISTS_SHEET}!${range(list)}`;
}
