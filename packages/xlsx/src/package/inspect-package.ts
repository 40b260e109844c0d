import JSZip from "jszip";
import { locatedProblem, type LocatedProblem, type MessageCode, type MessageParams } from "@costplan/core";
import { inflatePart, type InflateBudget } from "./inflate-part.js";
import { shownBytes, WORKBOOK_LIMITS, type WorkbookLimits } from "./limits.js";
import { SheetScanner, type SheetExtent } from "./sheet-scan.js";
import { sheetParts } from "./sheet-parts.js";
import { zipEntryCount } from "./zip-entry-count.js";

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Checks an .xlsx package against the workbook limits before exceljs loads it: its size,
 * its entry count (from the zip's last record, before the directory is read), every part's
 * inflated size (counted while inflating, stopped at the limit), each sheet's declared
 * dimension and the largest row and column it uses, and the cells in all. Merged cells in the
 * sheets the reader takes records from are refused with their range, since a merged range
 * gives its one value to all its cells.
 *
 * @param data - the bytes of the file
 * @param inputSheets - names of the sheets whose merged cells are refused
 * @param limits - the limits (the documented ones unless a test passes others)
 * @returns the problems, `where` "workbook" for the package and `Sheet!A1:B2` for merged cells; none when it may be loaded
 * @throws whatever JSZip throws for bytes that are not a zip (the caller reports "not a workbook")
 */
export async function inspectPackage(data: Uint8Array, inputSheets: ReadonlySet<string>, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<LocatedProblem[]> {
  const whole = (code: MessageCode, params: MessageParams): LocatedProblem[] => [locatedProblem("workbook", code, params)];
  if (data.length > limits.fileBytes)
    return whole("workbook-file-too-large", {
      limit: shownBytes(limits.fileBytes),
    });
  if ((zipEntryCount(data) ?? 0) > limits.entries)
    return whole("workbook-too-many-parts", {
      limit: limits.entries.toLocaleString("en-US"),
    });
  const zip = await JSZip.loadAsync(data);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.entries)
    return whole("workbook-too-many-parts", {
      limit: limits.entries.toLocaleString("en-US"),
    });

  const ratioBytes = Math.max(limits.ratioFloorBytes, limits.ratio * data.length);
  const budget: InflateBudget = {
    partBytes: limits.partBytes,
    totalBytes: Math.min(limits.totalBytes, ratioBytes),
    used: 0,
  };
  const extents = new Map<string, SheetExtent>();
  let cells = 0;
  for (const file of files) {
    const scanner = WORKSHEET.test(file.name) ? new SheetScanner() : undefined;
    const stop = await inflatePart(
      file,
      budget,
      scanner &&
        ((chunk) => {
          scanner.feed(chunk);
        }),
    );
    if (stop?.kind === "part")
      return whole("workbook-part-too-large", {
        part: file.name,
        limit: shownBytes(limits.partBytes),
      });
    if (stop?.kind === "total") {
      return budget.totalBytes === limits.totalBytes
        ? whole("workbook-part-too-large", {
            part: "(all parts)",
            limit: shownBytes(limits.totalBytes),
          })
        : whole("workbook-inflates-too-much", {
            part: file.name,
            limit: shownBytes(budget.totalBytes),
            size: shownBytes(data.length),
          });
    }
    if (scanner === undefined) continue;
    const extent = scanner.finish();
    cells += extent.cells;
    if (cells > limits.cells)
      return whole("workbook-too-many-cells", {
        limit: limits.cells.toLocaleString("en-US"),
      });
    extents.set(file.name, extent);
  }
  return extentProblems(await sheetParts(zip), extents, inputSheets, limits);
}

function extentProblems(
  names: ReadonlyMap<string, string>,
  extents: ReadonlyMap<string, SheetExtent>,
  inputSheets: ReadonlySet<string>,
  limits: WorkbookLimits,
): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  for (const [part, extent] of extents) {
    const sheet = names.get(part) ?? part;
    const declaredRow = extent.declared?.row ?? 0;
    const declaredColumn = extent.declared?.column ?? 0;
    if (Math.max(extent.maxRow, declaredRow) > limits.rows) {
      const used = extent.maxRow > limits.rows;
      out.push(
        locatedProblem("workbook", "workbook-too-many-rows", {
          sheet,
          row: (used ? extent.maxRow : declaredRow).toLocaleString("en-US"),
          found: used ? "a cell or row is written there" : "its declared dimension",
          foundVi: used ? "có ô hoặc hàng ghi ở đó" : "theo kích thước khai báo",
          limit: limits.rows.toLocaleString("en-US"),
        }),
      );
    }
    if (Math.max(extent.maxColumn, declaredColumn) > limits.columns) {
      const used = extent.maxColumn > limits.columns;
      out.push(
        locatedProblem("workbook", "workbook-too-many-columns", {
          sheet,
          column: (used ? extent.maxColumn : declaredColumn).toLocaleString("en-US"),
          found: used ? "a cell is written there" : "its declared dimension",
          foundVi: used ? "có ô ghi ở đó" : "theo kích thước khai báo",
          limit: limits.columns.toLocaleString("en-US"),
        }),
      );
    }
    if (inputSheets.has(sheet))
      for (const range of extent.merges) out.push(locatedProblem(`${sheet}!${range}`, "merged-cells", { range: `${sheet}!${range}` }));
  }
  return out;
}
