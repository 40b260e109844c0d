import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseModel, runModel, type Language } from "@costplan/core";
import { writeWorkbook } from "../results/write-workbook.js";

const parsed = parseModel(JSON.parse(readFileSync(new URL("../../../../examples/bac-ninh/model.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model = parsed.model;
const result = runModel(model);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return wb;
}

/** What a reader of a sheet sees and prints: every cell's value, formula, cached result and style, and the sheet's set-up. */
function sheetContent(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    cells.push({ r, height: row.height });
    row.eachCell({ includeEmpty: false }, (cell, c) => cells.push({ at: `${r}:${c}`, value: cell.value, style: cell.style, note: cell.note }));
  });
  const memory = ws as unknown as {
    conditionalFormattings: unknown;
    dataValidations: { model: unknown };
    getTables(): { table: { name: string; tableRef?: string; ref: string; columns: unknown } }[];
    model: { merges: unknown };
  };
  return {
    name: ws.name,
    state: ws.state,
    views: ws.views,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    autoFilter: ws.autoFilter,
    columns: ((ws.columns as ExcelJS.Column[] | null) ?? []).map((c) => ({ width: c.width, hidden: c.hidden, style: c.style })),
    merges: memory.model.merges,
    conditionalFormattings: memory.conditionalFormattings,
    dataValidations: memory.dataValidations.model,
    tables: memory.getTables().map((t) => ({ name: t.table.name, ref: t.table.tableRef ?? t.table.ref, columns: t.table.columns })),
    cells,
  };
}

/** The chart and drawing parts, which costplan writes itself in both cases. */
async function chartParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/(_rels\/)?(chart|drawing)\d+\.xml(\.rels)?$/.test(n));
  return Object.fromEntries(await Promise.all(names.sort().map(async (n) => [n, await zip.file(n)!.async("string")] as const)));
}

describe.each<Language>(["vi", "en"])("the streamed workbook (%s)", (language) => {
  it("has the in-memory workbook's sheets, cells, formulas, formats, tables, drop-downs, defined names, print set-up and charts", async () => {
    const inMemory = await writeWorkbook(model, result, { language });
    const streamed = await writeWorkbook(model, result, { language, stream: true });
    expect(Buffer.from(streamed).equals(Buffer.from(inMemory))).toBe(false);
    const [a, b] = await Promise.all([load(inMemory), load(streamed)]);
    expect(b.worksheets.map((ws) => ws.name)).toEqual(a.worksheets.map((ws) => ws.name));
    expect(b.definedNames.model).toEqual(a.definedNames.model);
    a.worksheets.forEach((ws, i) => {
      expect(sheetContent(b.worksheets[i]!), ws.name).toEqual(sheetContent(ws));
    });
    expect(await chartParts(streamed)).toEqual(await chartParts(inMemory));
  }, 120_000);

  it("gives the same bytes twice", async () => {
    const once = await writeWorkbook(model, result, { language, stream: true });
    const twice = await writeWorkbook(model, result, { language, stream: true });
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  }, 120_000);
});
