import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnNumber, SheetScanner } from "./sheet-scan.js";

const XML =
  '<worksheet><dimension ref="A1:C9"/><sheetData><row r="2"><c r="B2"><v>1</v></c><c r="AB2"/></row><row><c ' +
  'r="C3"/></row></sheetData><mergeCells><mergeCell ref="A5:B6"/></mergeCells></worksheet>';

describe("SheetScanner", () => {
  it("finds the declared dimension, the last row and column used, the cells and the merged ranges", () => {
    const scanner = new SheetScanner();
    scanner.feed(new TextEncoder().encode(XML));
    expect(scanner.finish()).toEqual({
      declared: { row: 9, column: 3 },
      maxRow: 3,
      maxColumn: 28,
      cells: 3,
      merges: ["A5:B6"],
    });
  });

  it("reads the same whatever the chunks the XML arrives in (tags and UTF-8 split anywhere)", () => {
    const bytes = new TextEncoder().encode(XML.replace("<v>1</v>", "<v>Khoa Nội – ✓</v>"));
    const whole = new SheetScanner();
    whole.feed(bytes);
    const expected = whole.finish();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), {
          maxLength: 12,
        }),
        (cuts) => {
          const scanner = new SheetScanner();
          let from = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            scanner.feed(bytes.subarray(from, cut));
            from = cut;
          }
          scanner.feed(bytes.subarray(from));
          expect(scanner.finish()).toEqual(expected);
        },
      ),
    );
  });

  it("numbers columns as Excel does", () => {
    expect(["A", "Z", "AA", "AZ", "XFD"].map(columnNumber)).toEqual([1, 26, 27, 52, 16_384]);
  });
});
