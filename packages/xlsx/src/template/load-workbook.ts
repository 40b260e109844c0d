import ExcelJS from "exceljs";
import { inspectPackage } from "../package/inspect-package.js";
import { PRICING, PROGRAMME, TABLES } from "../layout.js";
import { READ_PROBLEMS, type ReadProblem } from "./messages.js";
import { normalisePackage } from "./normalise-package.js";

/** The sheets records are read from: merged cells there are refused (the README sheet may merge). */
const INPUT_SHEETS: ReadonlySet<string> = new Set([PROGRAMME.name, PRICING.name, ...Object.values(TABLES).map((t) => t.name)]);

/**
 * Loads an .xlsx file for the readers: the package is inspected against the workbook limits
 * first (exceljs expands whole sheets in memory), then normalised (so workbooks saved by
 * openpyxl load); bytes that are not a workbook become one problem instead of a throw.
 */
export async function loadWorkbook(
  data: Uint8Array,
): Promise<{ readonly ok: true; readonly workbook: ExcelJS.Workbook } | { readonly ok: false; readonly problems: ReadProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    const refused = await inspectPackage(data, INPUT_SHEETS);
    if (refused.length > 0) return { ok: false, problems: refused };
    const bytes = await normalisePackage(data);
    // exceljs's types want the old `Buffer` (of ArrayBuffer); a view over the same bytes reads the same, without a copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    // A zip archive starts with "PK": bytes that do not are another kind of file, bytes that do a damaged archive.
    return { ok: false, problems: [READ_PROBLEMS.notWorkbook("workbook", data[0] === 0x50 && data[1] === 0x4b)] };
  }
  return { ok: true, workbook };
}
