import type ExcelJS from "exceljs";
import { col } from "./sheet-kit.js";

/**
 * The number a cell shows: a formula's cached result or the value itself. exceljs hands back
 * a formula's cached result of 0 as no result at all, hence the 0.
 *
 * @throws Error when the cell holds no number (a writer's mistake, not a user's)
 */
export function shownNumber(ws: ExcelJS.Worksheet, row: number, column: number): number {
  const v = ws.getCell(row, column).value;
  const shown = v !== null && typeof v === "object" && "formula" in v ? (v.result ?? 0) : v;
  if (typeof shown !== "number") throw new Error(`${ws.name}!${col(column)}${row} holds no number`);
  return shown;
}
