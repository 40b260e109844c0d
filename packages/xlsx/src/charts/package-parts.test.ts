import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { deterministicXlsx } from "../deterministic.js";
import { load } from "../template/test-fixtures.js";
import { addCharts, insertDrawing } from "./package-parts.js";
import type { PlacedChart } from "./spec.js";

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // exceljs stamps the document properties with the time of writing: fixed here, as the results
  // workbook fixes them, so two packages made a second apart can be compared byte for byte.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const ws = wb.addWorksheet("Data sheet");
  ws.addRow(["Year", 2024, 2025]);
  ws.addRow(["Cost", 5, 7]);
  ws.getCell("A1").note = "a comment makes exceljs write a legacy drawing";
  wb.addWorksheet("Other");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CHART: PlacedChart = {
  spec: {
    kind: "clustered-column",
    title: "Cost",
    categories: { ref: "'Data sheet'!$B$1:$C$1", values: [2024, 2025] },
    series: [{ name: { ref: "'Data sheet'!$A$2", values: ["Cost"] }, values: { ref: "'Data sheet'!$B$2:$C$2", values: [5, 7] }, colour: "0072B2" }],
    valueFormat: "#,##0",
  },
  anchor: { from: { column: 4, row: 0 }, to: { column: 12, row: 15 } },
};

describe("addCharts", () => {
  it("adds the chart and drawing parts, their relationships and content types, and links the drawing from the sheet", async () => {
    const zip = await JSZip.loadAsync(await addCharts(await smallWorkbook(), new Map([["Data sheet", [CHART, CHART]]])));
    const read = (name: string): Promise<string> => zip.file(name)!.async("string");
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    expect(zip.file("xl/charts/chart2.xml")).not.toBeNull();
    const types = await read("[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(await read("xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"',
    );
    const sheet = await read("xl/worksheets/sheet1.xml");
    const rels = await read("xl/worksheets/_rels/sheet1.xml.rels");
    const id = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1]!;
    expect(rels).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    // the comment's relationships are kept, and the drawing comes before the legacy drawing, as the schema orders them
    expect(rels).toContain("comments");
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<legacyDrawing "));
    expect(await read("xl/worksheets/sheet2.xml")).not.toContain("<drawing ");
  });

  it("keeps a package exceljs reads back, with the same bytes from run to run", async () => {
    const once = await deterministicXlsx(await addCharts(await smallWorkbook(), new Map([["Data sheet", [CHART]]])));
    const twice = await deterministicXlsx(await addCharts(await smallWorkbook(), new Map([["Data sheet", [CHART]]])));
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    const wb = await load(once);
    expect(wb.getWorksheet("Data sheet")!.getCell("C2").value).toBe(7);
  });

  describe("edge cases", () => {
    it("refuses a sheet the workbook does not have", async () => {
      await expect(addCharts(await smallWorkbook(), new Map([["Missing", [CHART]]]))).rejects.toThrow("no sheet named Missing");
    });

    it("puts the drawing before the first element the schema puts after it, or at the end", () => {
      expect(insertDrawing('<worksheet><sheetData/><pageSetup/><tableParts count="0"/></worksheet>', "rId9")).toBe(
        '<worksheet><sheetData/><pageSetup/><drawing r:id="rId9"/><tableParts count="0"/></worksheet>',
      );
      expect(insertDrawing("<worksheet><sheetData/><headerFooter/></worksheet>", "rId1")).toBe(
        '<worksheet><sheetData/><headerFooter/><drawing r:id="rId1"/></worksheet>',
      );
    });
  });
});
