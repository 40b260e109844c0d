import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { chartParts } from "../charts/package-parts.js";
import type { PlacedChart } from "../charts/spec.js";
import { numberedGuid } from "../deterministic.js";
import { copySheet, nextTurn, type DeferredRows } from "./copy-sheet.js";
import { ExtLstXform, TableXform, type MemorySheet, type StreamBook, type StreamSheet, type TableModel } from "./exceljs-internals.js";

// The same fixed time as deterministicXlsx gives every entry: same workbook, same bytes.
const FIXED_DATE = new Date(2000, 0, 1, 0, 0, 0);
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/**
 * exceljs's streaming writer, with every entry of the zip given the fixed date: the writer
 * appends its theme and relationships in its constructor, so the dating has to be in place
 * before them.
 */
class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  private dated = false;
  constructor(options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>, edit: (name: string, text: string) => string) {
    super(options);
    const zip = (this as unknown as StreamBook).zip;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(typeof source === "string" ? edit(data.name, source) : source, { ...data, date: FIXED_DATE });
    this.dated = true;
    (this as unknown as { promise: Promise<unknown> }).promise = Promise.all([this.addThemes(), this.addOfficeRels()]);
  }
  // Called first by the constructor, before the zip's entries are dated: held until they are.
  override addThemes(): Promise<void> {
    return this.dated ? super.addThemes() : Promise.resolve();
  }
  override addOfficeRels(): Promise<void> {
    return this.dated ? super.addOfficeRels() : Promise.resolve();
  }
}

/**
 * Writes a finished in-memory workbook through exceljs's streaming writer, one sheet after
 * the other, dropping each sheet's rows as they are written, with the zip compressed by
 * Node's zlib as it goes. The in-memory writer instead renders every sheet to one string and
 * zips the package three times (exceljs, the charts, the fixed dates) in JavaScript, which
 * at province size took minutes and gigabytes.
 *
 * What the streaming writer lacks is added with exceljs's own xforms: the Excel Tables of the
 * input sheets, the worksheet extension list that completes a data bar, and the chart
 * drawings (whose parts costplan writes in either case). Entries carry fixed dates and the
 * data bars numbered ids, so the same workbook gives the same bytes.
 *
 * @param wb - the workbook, complete; its rows are dropped as they are written
 * @param charts - the charts of each sheet, by the sheet's name
 * @param deferred - rows not kept in memory, by the sheet's name: written in their place as the sheet streams
 * @returns the xlsx file's bytes
 */
export async function streamXlsx(
  wb: ExcelJS.Workbook,
  charts: ReadonlyMap<string, readonly PlacedChart[]>,
  deferred: ReadonlyMap<string, DeferredRows> = new Map(),
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const overrides: string[] = [];
  const extraParts: { name: string; text: string }[] = [];
  const edit = (name: string, text: string): string =>
    name === "[Content_Types].xml" && overrides.length > 0 ? text.replace("</Types>", `${overrides.join("")}</Types>`) : text;
  const writer = new DatedWorkbookWriter(
    {
      stream: sink,
      useStyles: true,
      useSharedStrings: true,
      zip: { zlib: { level: 6 } },
      creator: wb.creator,
      lastModifiedBy: wb.lastModifiedBy,
      created: wb.created,
      modified: wb.modified,
    } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
    edit,
  );
  const book = writer as unknown as StreamBook;
  book.definedNames.model = wb.definedNames.model;
  let tableNumber = 0;
  let drawingNumber = 0;
  let chartNumber = 0;
  let sheetNumber = 0;
  for (const ws of wb.worksheets as unknown as MemorySheet[]) {
    sheetNumber += 1;
    const number = sheetNumber;
    await copySheet(book, ws, deferred.get(ws.name), (target) => {
      let tail = "";
      const sheetCharts = charts.get(ws.name) ?? [];
      if (sheetCharts.length > 0) {
        // The schema puts <drawing> before <legacyDrawing>, which the streaming writer writes for notes.
        if (target.hasComments) throw new Error(`sheet ${ws.name} has notes and charts`);
        drawingNumber += 1;
        const drawn = chartParts(sheetCharts, drawingNumber, chartNumber + 1);
        chartNumber += sheetCharts.length;
        extraParts.push(...drawn.parts);
        overrides.push(...drawn.overrides);
        tail += `<drawing r:id="${target._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: drawn.target })}"/>`;
      }
      const tables = ws.getTables().map((t) => t.table);
      if (tables.length > 0) tail += tableParts(target, tables, () => (tableNumber += 1), extraParts, overrides);
      tail += extensionList(target, number);
      const close = target._writeCloseWorksheet.bind(target);
      target._writeCloseWorksheet = () => {
        if (tail !== "") target._write(tail);
        close();
      };
    });
    await nextTurn();
  }
  for (const part of extraParts) book.zip.append(part.text, { name: part.name });
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** Each table's part, its relationship from the sheet, and the sheet's `<tableParts>`, as exceljs's in-memory writer makes them. */
function tableParts(
  target: StreamSheet,
  tables: readonly TableModel[],
  next: () => number,
  parts: { name: string; text: string }[],
  overrides: string[],
): string {
  const xform = new TableXform();
  const ids = tables.map((table) => {
    const n = next();
    table.target = `table${n}.xml`;
    table.id = n;
    table.rId = target._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${table.target}` });
    xform.prepare(table, {});
    parts.push({ name: `xl/tables/${table.target}`, text: xform.toXml(table) });
    overrides.push(`<Override PartName="/xl/tables/${table.target}" ContentType="${TABLE_TYPE}"/>`);
    return table.rId;
  });
  return `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
}

/**
 * The x14 half of the sheet's data bars (exceljs's in-memory writer adds it; the streaming
 * one writes only the reference to it), with ids numbered as deterministicXlsx numbers them.
 */
function extensionList(target: StreamSheet, sheet: number): string {
  const conditionalFormattings = target.conditionalFormatting;
  if (conditionalFormattings.length === 0) return "";
  const xform = new ExtLstXform();
  const model = { conditionalFormattings };
  xform.prepare(model, { styles: (target.workbook as unknown as { styles: unknown }).styles });
  let n = 0;
  for (const cf of conditionalFormattings) for (const rule of cf.rules) if (rule["x14Id"] !== undefined) rule["x14Id"] = numberedGuid(sheet, (n += 1));
  return xform.toXml(model);
}
