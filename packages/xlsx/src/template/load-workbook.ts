import ExcelJS from "exceljs";
import { READ_MESSAGES, type ReadProblem } from "./messages.js";
import { normalisePackage } from "./normalise-package.js";

/**
 * Loads an .xlsx file for the readers: the package is normalised first (so workbooks saved
 * by openpyxl load), and bytes that are not a workbook become one problem instead of a throw.
 */
export async function loadWorkbook(data: Uint8Array): Promise<{ readonly ok: true; readonly workbook: ExcelJS.Workbook } | { readonly ok: false; readonly problems: ReadProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = await normalisePackage(data);
    // exceljs's types want the old `Buffer` (of ArrayBuffer); a view over the same bytes reads the same, without a copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problems: [{ where: "workbook", message: READ_MESSAGES.notWorkbook(error instanceof Error ? error.message : String(error)) }] };
  }
  return { ok: true, workbook };
}
