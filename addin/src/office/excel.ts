/**
 * Everything the add-in does to the workbook, through Office.js, in a few batched calls
 * (each `context.sync()` is a round trip to Excel; on the web it crosses the network).
 * The only code that touches `Excel.*`.
 */
import type { InputGrid } from "@costplan/xlsx";
import type { OutputSheet } from "../taskpane/results.js";

/** Outcome of creating the input sheets: created, or refused because sheets of those names exist. */
export type CreateOutcome = { readonly ok: true; readonly created: number } | { readonly ok: false; readonly existing: readonly string[] };

const rectangular = (values: readonly (readonly unknown[])[]): (string | number | boolean)[][] => {
  const width = Math.max(1, ...values.map((r) => r.length));
  return values.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const v = r[i];
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : "";
    }),
  );
};

/**
 * Adds the input sheets, in the template's layout. Refuses, touching nothing, when a sheet
 * of any of the names `taken` exists (compared without case, as Excel does): a finance
 * officer's filled sheet is never overwritten, nor given a second copy in the other language.
 *
 * @param taken - the names that block creating the sheets; by default the grids' own names
 */
export async function createInputSheets(grids: readonly InputGrid[], taken: readonly string[] = grids.map((g) => g.name)): Promise<CreateOutcome> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const blocking = new Set(taken.map((n) => n.toLocaleLowerCase()));
    const existing = sheets.items.map((s) => s.name).filter((n) => blocking.has(n.toLocaleLowerCase()));
    if (existing.length > 0) return { ok: false, existing };
    for (const grid of grids) {
      const sheet = sheets.add(grid.name);
      const values = rectangular(grid.values);
      const all = sheet.getRangeByIndexes(0, 0, values.length, values[0]!.length);
      // Text format first, so ids such as 01 and months such as 2021-07 stay as typed.
      all.values = values;
      sheet.getRange("1:1").format.font.bold = true;
      sheet.getRange("2:2").format.font.bold = true;
      sheet.getRange("2:2").format.fill.color = "#D9E1F2";
      sheet.freezePanes.freezeRows(2);
    }
    await context.sync();
    return { ok: true, created: grids.length };
  });
}

/**
 * Reads the values of those of the named sheets the workbook has, each as a grid from A1
 * (empty cells come back as ""), in two round trips; a name it lacks is left out.
 */
export async function readSheets(names: readonly string[]): Promise<Map<string, unknown[][]>> {
  return Excel.run(async (context) => {
    const sheets = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
    for (const s of sheets) s.sheet.load("isNullObject");
    await context.sync();
    const used = sheets.filter((s) => !s.sheet.isNullObject).map((s) => ({ name: s.name, range: s.sheet.getUsedRange(true) }));
    for (const u of used) u.range.load(["values", "rowIndex", "columnIndex"]);
    await context.sync();
    // The used range starts at its first non-empty cell; the readers count rows and columns from A1.
    return new Map(used.map((u) => [u.name, fromA1(u.range.values as unknown[][], u.range.rowIndex, u.range.columnIndex)]));
  });
}

function fromA1(values: readonly unknown[][], rowIndex: number, columnIndex: number): unknown[][] {
  const pad = (): unknown[] => Array.from({ length: columnIndex }, () => "");
  return [...Array.from({ length: rowIndex }, () => [] as unknown[]), ...values.map((row) => [...pad(), ...row])];
}

/** Selects a cell such as `CostItems!H7` and shows its sheet. */
export async function selectCell(address: string): Promise<void> {
  const bang = address.lastIndexOf("!");
  const sheetName = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const cell = address.slice(bang + 1);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell.includes(":") || /^[A-Z]+\d+$/.test(cell) ? cell : "A1").select();
    await context.sync();
  });
}

/**
 * Writes the result sheets: deletes the add-in's own sheets from an earlier run, adds them
 * again with their values and charts. Input sheets are never touched. One round trip to find
 * old sheets, one to write everything.
 */
export async function writeResults(outputs: readonly OutputSheet[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = outputs.map((o) => sheets.getItemOrNullObject(o.name));
    for (const s of old) s.load("isNullObject");
    await context.sync();
    for (const s of old) if (!s.isNullObject) s.delete();
    for (const output of outputs) {
      const sheet = sheets.add(output.name);
      const values = rectangular(output.values);
      sheet.getRangeByIndexes(0, 0, values.length, values[0]!.length).values = values;
      sheet.getRange("1:1").format.font.bold = true;
      if (output.chart !== undefined) {
        const spec = output.chart;
        const data = sheet.getRangeByIndexes(0, spec.startColumn, spec.rows, spec.columns);
        const chart = sheet.charts.add(
          spec.type === "ColumnStacked" ? Excel.ChartType.columnStacked : Excel.ChartType.barClustered,
          data,
          Excel.ChartSeriesBy.columns,
        );
        chart.title.text = spec.title;
        chart.name = `${output.name} chart`;
      }
    }
    await context.sync();
  });
}

/** The workbook's language as Office reports it (the document's, else the UI's), e.g. "vi-VN". */
export function officeLocale(): string | undefined {
  const context = (globalThis as { Office?: { context?: { contentLanguage?: string; displayLanguage?: string } } }).Office?.context;
  return context?.contentLanguage ?? context?.displayLanguage;
}
