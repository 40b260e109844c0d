import ExcelJS from "exceljs";
import type { MemorySheet, StreamBook, StreamSheet } from "./exceljs-internals.js";

/** Rows written between two pauses that let the zip stream take what was written, so no sheet's XML piles up in memory. */
const ROWS_PER_TURN = 2_000;

/**
 * Opens a streaming sheet with everything exceljs's streaming writer puts before the rows
 * (sheet properties, the fit-to-page flag, views, which it writes as soon as the sheet is
 * added) and the column widths and styles (written with the first row).
 */
export function openSheetLike(book: StreamBook, source: MemorySheet): StreamSheet {
  const target = book.addWorksheet(source.name, {
    state: source.state,
    properties: { ...source.properties },
    pageSetup: { ...source.pageSetup },
    views: source.views.map((v) => ({ ...v })),
    headerFooter: { ...source.headerFooter },
    useSharedStrings: true,
  });
  // exceljs types the columns as always there; a sheet without column settings has none.
  const columns = (source.columns as ExcelJS.Column[] | null) ?? [];
  columns.forEach((column, i) => {
    const to = target.getColumn(i + 1);
    if (column.width !== undefined) to.width = column.width;
    if (column.hidden) to.hidden = true;
    // Assigned whole: the column style setters would also restyle every cell already written.
    (to as { style: Partial<ExcelJS.Style> }).style = { ...column.style };
  });
  return target;
}

/** Rows of a sheet that are not kept in memory: written straight into the streaming sheet after row `after` of the in-memory one. */
export interface DeferredRows {
  readonly after: number;
  readonly write: (target: ExcelJS.Worksheet) => Promise<void>;
}

/**
 * Copies a finished in-memory sheet into a streaming one and commits it: cells (values,
 * formulas with their cached results, styles, notes), row heights, merges, the auto filter,
 * conditional formats and drop-downs. Each row is dropped from the in-memory sheet once it
 * is written, so the copy holds at most one sheet's rows twice, and only while they stream.
 * Deferred rows are written in their place, straight into the streaming sheet.
 */
export async function copySheet(
  book: StreamBook,
  source: MemorySheet,
  deferred: DeferredRows | undefined,
  beforeClose: (target: StreamSheet) => void,
): Promise<void> {
  const target = openSheetLike(book, source);
  for (const { range } of Object.values(source._merges)) target.mergeCells(range);
  const last = source.rowCount;
  for (let r = 1; r <= last; r += 1) {
    if (deferred !== undefined && r === deferred.after + 1) await deferred.write(target);
    const row = source._rows[r - 1];
    if (row === undefined) continue;
    const to = target.getRow(r);
    // Types say always a number; a row of the default height has none.
    const height = row.height as number | undefined;
    if (height !== undefined) to.height = height;
    if (row.hidden) to.hidden = true;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const into = to.getCell(c);
      into.style = cell.style;
      // A merged cell's value is its master's: the master alone carries it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      into.value = cell.value;
      // Types say always there; a cell without a note has none.
      const note = cell.note as ExcelJS.Cell["note"] | undefined;
      if (note !== undefined) into.note = note;
    });
    to.commit();
    source._rows[r - 1] = undefined;
    if (r % ROWS_PER_TURN === 0) await nextTurn();
  }
  if (deferred !== undefined && last <= deferred.after) await deferred.write(target);
  const filter: ExcelJS.AutoFilter | undefined = source.autoFilter;
  if (filter !== undefined) target.autoFilter = filter;
  target.conditionalFormatting = source.conditionalFormattings;
  target.dataValidations.model = source.dataValidations.model;
  beforeClose(target);
  target.commit();
}

/** Lets the event loop run: the zip stream consumes what the sheet has written so far. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
