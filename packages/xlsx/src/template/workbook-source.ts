import type ExcelJS from "exceljs";
import type { SheetSource } from "./sheet-readers.js";

/** An exceljs workbook as a source of sheets for the readers. */
export function workbookSource(workbook: ExcelJS.Workbook): SheetSource {
  return { names: workbook.worksheets.map((ws) => ws.name), sheet: (name) => workbook.getWorksheet(name) };
}
