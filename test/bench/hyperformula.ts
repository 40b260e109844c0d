/**
 * HyperFormula (GPL-3.0, a dev dependency for this benchmark only, never shipped) as a
 * peer: the workbook `costplan run --xlsx` writes, read with exceljs into values and
 * formulas, then built and evaluated by HyperFormula. `buildFromSheets` evaluates every
 * formula as it builds, so its time is build + evaluation.
 */
import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";

/** Timings of one HyperFormula recalculation, with the cells it saw and the errors it gave. */
export interface HyperformulaResult {
  readonly ms: number;
  readonly readMs: number;
  readonly cells: number;
  readonly formulas: number;
  readonly errors: number;
}

function content(cell: ExcelJS.Cell): RawCellContent {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  // cell.formula translates shared formulas from their master cell.
  if (typeof value === "object" && ("formula" in value || "sharedFormula" in value)) return `=${cell.formula}`;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "error" in value) return value.error;
  if (typeof value === "object") return null; // hyperlinks and the like carry no figure
  return value;
}

/** Reads the workbook, then times HyperFormula building and evaluating it. */
export async function hyperformulaRecalc(path: string): Promise<HyperformulaResult> {
  const t0 = performance.now();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheets: Record<string, RawCellContent[][]> = {};
  let cells = 0;
  let formulas = 0;
  book.eachSheet((sheet) => {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      const line: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = content(cell);
        line[c - 1] = v;
        cells += 1;
        if (typeof v === "string" && v.startsWith("=")) formulas += 1;
      });
      rows[r - 1] = Array.from(line, (v) => v ?? null); // fill the holes eachCell skipped
    });
    sheets[sheet.name] = Array.from(rows, (row: RawCellContent[] | undefined) => row ?? []);
  });
  const t1 = performance.now();
  // Excel evaluates array arithmetic inside SUMPRODUCT (the workbook's present values use it); HyperFormula only when told.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  let errors = 0;
  for (const name of hf.getSheetNames()) {
    const id = hf.getSheetId(name)!;
    for (const row of hf.getSheetValues(id)) for (const v of row) if (typeof v === "object" && v !== null && "type" in v) errors += 1;
  }
  const t2 = performance.now();
  hf.destroy();
  return { ms: t2 - t1, readMs: t1 - t0, cells, formulas, errors };
}
