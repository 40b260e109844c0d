import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitCoverSheet, fitResultSheet, shownWidth, wrappedLines } from "./fit-sheet.js";
import { header, MONEY, RATIO } from "./sheet-kit.js";

function sheet(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet("Budget");
  header(ws, "Ngân sách theo năm (đồng)", ["Năm", "Chi tiền", "Giá trị hiện tại của dòng tiền", "Tỷ lệ"], [6, 6, 6, 6]);
  ws.getCell("A3").value = 2025;
  ws.getCell("A3").numFmt = "0";
  ws.getCell("B3").value = { formula: "SUM(C3:C4)", result: 292_600_000_000, date1904: false };
  ws.getCell("B3").numFmt = MONEY;
  ws.getCell("C3").value = "Chi theo nhóm chi phí và nguồn vốn";
  ws.getCell("D3").value = 0.0825;
  ws.getCell("D3").numFmt = RATIO;
  return ws;
}

describe("fitting a result sheet", () => {
  it("gives money the currency's format and every column room for its longest shown value", () => {
    const ws = sheet();
    fitResultSheet(ws, "VND");
    expect(ws.getCell("B3").numFmt).toBe('#,##0 "₫"');
    // "292,600,000,000 ₫" is 17 characters; the label 34.
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(17);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(34);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual("8.25%".length);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("prints fitted to the page width, header rows repeated", () => {
    const ws = sheet();
    fitResultSheet(ws, "USD");
    expect(ws.getCell("B3").numFmt).toBe('#,##0.00 "$"');
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2", orientation: "portrait" });
  });

  it("turns a wide sheet to landscape and the cover onto one page", () => {
    const ws = sheet();
    for (let c = 5; c <= 14; c += 1) ws.getCell(3, c).value = 1_000_000_000_000;
    fitResultSheet(ws, "VND");
    expect(ws.pageSetup.orientation).toBe("landscape");
    const cover = new ExcelJS.Workbook().addWorksheet("Cover");
    cover.getCell("B4").value = 292_600_000_000;
    cover.getCell("B4").numFmt = MONEY;
    cover.getCell("C4").value = "nguồn";
    fitCoverSheet(cover, "VND");
    expect(cover.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(cover.getColumn(2).width).toBeGreaterThanOrEqual(17);
    expect(cover.getCell("C4").alignment.indent).toBe(1);
  });

  it("makes the header row tall enough for its wrapped headings", () => {
    expect(wrappedLines("Giá trị hiện tại của dòng tiền", 10)).toBe(4);
    expect(wrappedLines("Năm", 10)).toBe(1);
    const ws = sheet();
    ws.getCell("C3").value = null;
    fitResultSheet(ws, "VND");
    expect(ws.getRow(2).height).toBeGreaterThan(15);
  });

  it("measures a grouped amount as wide as its shown text, whatever its size", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const shown = `${n < 0 ? "-" : ""}${Math.abs(n).toLocaleString("en-US")} ₫`;
        expect(shownWidth(n, '#,##0 "₫"')).toBe(shown.length);
      }),
    );
  });
});
