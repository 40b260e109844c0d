import type ExcelJS from "exceljs";
import { nextTurn, type DeferredRows } from "./copy-sheet.js";
import type { MemorySheet } from "./exceljs-internals.js";

/** Rows between two pauses that let the zip stream take what was written. */
const ROWS_PER_TURN = 2_000;

/**
 * Drops an Excel Table's record rows from an in-memory sheet and gives them back as rows to
 * write when the sheet streams. exceljs's Table put each value in a cell that takes its
 * style from the column (the input styling, set on the columns), so writing the values into
 * the streaming sheet, whose columns carry the same styles, gives the same cells.
 *
 * @param ws - the sheet holding the table, header at `headerRow`
 * @param values - the records' values, one array per row from `headerRow + 1`
 */
export function deferTableRows(ws: ExcelJS.Worksheet, headerRow: number, values: readonly (readonly ExcelJS.CellValue[])[]): DeferredRows {
  const sheet = ws as unknown as MemorySheet;
  for (let i = 0; i < values.length; i += 1) sheet._rows[headerRow + i] = undefined;
  return {
    after: headerRow,
    write: async (target) => {
      for (let i = 0; i < values.length; i += 1) {
        const row = target.getRow(headerRow + 1 + i);
        values[i]!.forEach((value, c) => {
          if (value !== null && value !== undefined) row.getCell(c + 1).value = value;
        });
        row.commit();
        if ((i + 1) % ROWS_PER_TURN === 0) await nextTurn();
      }
    },
  };
}
