/**
 * The few parts of exceljs 4.4 the streaming writer reaches that its types do not declare.
 * exceljs's streaming WorkbookWriter has no tables, no worksheet-level extension list (the
 * data bars' second half) and no drawings; the package parts for those are rendered with the
 * same xforms the in-memory writer uses, so the XML is exceljs's own, not ours. One module
 * holds every such reach, so an exceljs upgrade is checked in one place.
 */
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";

const require = createRequire(import.meta.url);

/** An exceljs xform: `prepare` fills ids and style references in the model, `toXml` renders it. */
interface Xform<M> {
  prepare(model: M, options: object): void;
  toXml(model: M): string;
}

/** exceljs's in-memory table model (Table#model), as its TableXform renders it. */
export interface TableModel {
  target?: string;
  id?: number;
  rId?: string;
  columns: { style?: unknown; dxfId?: number }[];
}

/** exceljs's conditional formatting model of a worksheet. */
export type ConditionalFormattingModel = { ref: string; rules: Record<string, unknown>[] }[];

type XformClass<M> = new () => Xform<M>;
/** Renders an Excel Table part (`xl/tables/tableN.xml`). */
export const TableXform = require("exceljs/lib/xlsx/xform/table/table-xform.js") as XformClass<TableModel>;
/** Renders the worksheet's `<extLst>`: the x14 half of data bars. */
export const ExtLstXform = require("exceljs/lib/xlsx/xform/sheet/ext-lst-xform.js") as XformClass<{
  conditionalFormattings: ConditionalFormattingModel;
}>;

/** The streaming worksheet as this package uses it: the typed public part and what its types leave out. */
export interface StreamSheet extends ExcelJS.Worksheet {
  conditionalFormatting: ConditionalFormattingModel;
  dataValidations: { model: Record<string, unknown> };
  autoFilter: ExcelJS.AutoFilter;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
  commit(): void;
  /** Whether a written row had notes (the streaming writer then writes `<legacyDrawing>`). */
  hasComments: boolean;
  /** Writes `</worksheet>`; wrapped to put the parts the streaming writer lacks before it. */
  _writeCloseWorksheet(): void;
  _write(text: string): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
}

/** The streaming workbook as this package uses it. */
export interface StreamBook {
  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions> & { readonly useSharedStrings: boolean }): StreamSheet;
  definedNames: { model: unknown };
  /** The archiver the package is written to; its `append` is wrapped to fix dates and add parts. */
  zip: { append(source: string | Buffer | Readable, data: { name: string; date?: Date }): unknown };
  commit(): Promise<unknown>;
}

/** The in-memory worksheet's members the copy reads that exceljs's types leave out. */
export interface MemorySheet extends Omit<ExcelJS.Worksheet, "getTables"> {
  conditionalFormattings: ConditionalFormattingModel;
  dataValidations: { model: Record<string, unknown> };
  _merges: Record<string, { range: string }>;
  _rows: (ExcelJS.Row | undefined)[];
  getTables(): { table: TableModel }[];
}
