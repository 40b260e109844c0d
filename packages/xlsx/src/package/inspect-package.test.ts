import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readWorkbookModel } from "../template/read-model.js";
import { writeTemplate } from "../template/write-inputs.js";
import { parsed, SMALL } from "../template/test-fixtures.js";
import { inspectPackage } from "./inspect-package.js";
import { WORKBOOK_LIMITS } from "./limits.js";
import { zipOf } from "./testing-zip.js";

const INPUTS = new Set(["Facilities", "CostItems"]);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A real template with one sheet's XML edited. */
async function editedTemplate(sheet: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeTemplate(parsed(SMALL), { language: "en" }));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]!;
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  const part = `xl/${(target[1] ?? target[2])!.replace(/^\/xl\//, "")}`;
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; rssGrowth: number }> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const value = await run();
  return {
    value,
    ms: performance.now() - start,
    rssGrowth: process.memoryUsage().rss - rss,
  };
}

describe("inspectPackage", () => {
  it("passes costplan's own template, whose README sheet merges cells", async () => {
    expect(await inspectPackage(await writeTemplate(parsed(SMALL), { language: "vi" }), INPUTS)).toEqual([]);
  });

  it("refuses a small workbook with one cell on row 1,048,576 quickly, before exceljs builds its rows", async () => {
    const bytes = await editedTemplate("Facilities", (xml) =>
      xml.replace("</sheetData>", '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    );
    // Small as files go (the hidden Lists sheet of the drop-downs adds about 13 KB): the danger is the row, not the bytes.
    expect(bytes.length).toBeLessThan(80_000);
    const { value, ms, rssGrowth } = await timed(() => readWorkbookModel(bytes));
    expect(value.ok).toBe(false);
    expect(value.ok ? [] : value.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "workbook-too-many-rows",
          "message": {
            "en": "sheet "Facilities" reaches row 1,048,576 (a cell or row is written there); the limit is 250,000 rows a sheet; expected the records only, with no cell far below them",
            "vi": "trang "Facilities" dùng tới hàng 1,048,576 (có ô hoặc hàng ghi ở đó); giới hạn là 250,000 hàng mỗi trang; chỉ để các bản ghi, không có ô nào ở xa bên dưới",
          },
          "where": "workbook",
        },
      ]
    `);
    expect(ms).toBeLessThan(5_000);
    expect(rssGrowth).toBeLessThan(300 * 1024 * 1024);
  });

  it("refuses a declared dimension past the limits even when no cell is written there", async () => {
    const bytes = await editedTemplate("CostItems", (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD3"/>'));
    const problems = await inspectPackage(bytes, INPUTS);
    expect(problems.map((p) => p.message.en)).toEqual([
      'sheet "CostItems" reaches column 16,384 (its declared dimension); the limit is 1,024 columns a sheet; expected the template\'s columns only',
    ]);
  });

  it("refuses a zip bomb (100 MB of zeros deflated to about 100 KB) after inflating a bounded part of it", async () => {
    const bomb = zipOf([
      { name: "[Content_Types].xml", data: text("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(100_000_000) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const { value, ms, rssGrowth } = await timed(() => inspectPackage(bomb, INPUTS));
    expect(value.map((p) => p.message.en)).toEqual([
      `the workbook expands to more than 16 MiB (at "xl/worksheets/sheet1.xml"), far more than its ${(bomb.length / 1024).toFixed(1)} KiB hold in a ` +
        `real workbook; expected an .xlsx file, not a zip bomb`,
    ]);
    expect(ms).toBeLessThan(5_000);
    expect(rssGrowth).toBeLessThan(200 * 1024 * 1024);
  });

  it("counts the bytes that come out, not the size a part declares", async () => {
    const liar = zipOf([
      {
        name: "xl/sharedStrings.xml",
        data: new Uint8Array(3_000_000),
        declared: 10,
      },
    ]);
    const problems = await inspectPackage(liar, INPUTS, {
      ...WORKBOOK_LIMITS,
      partBytes: 1_000_000,
      ratioFloorBytes: 1e9,
    });
    expect(problems.map((p) => p.message.en)).toEqual([
      'the workbook part "xl/sharedStrings.xml" expands to more than the limit of 976.6 KiB; expected a smaller workbook',
    ]);
  });

  it("refuses more entries than the limit from the zip's last record, and a file over the size limit without opening it", async () => {
    const many = zipOf(
      Array.from({ length: 12 }, (_, i) => ({
        name: `x${i}.xml`,
        data: text("<a/>"),
      })),
    );
    expect((await inspectPackage(many, INPUTS, { ...WORKBOOK_LIMITS, entries: 10 })).map((p) => p.message.en)).toEqual([
      "the workbook has more than 10 parts (zip entries); expected an .xlsx file as Excel, LibreOffice or costplan saves it",
    ]);
    expect(
      (
        await inspectPackage(many, INPUTS, {
          ...WORKBOOK_LIMITS,
          fileBytes: 100,
        })
      ).map((p) => p.message.en),
    ).toEqual(["the workbook is larger than the limit of 100 bytes; expected a smaller .xlsx file (large tables go in CSV or Parquet files)"]);
  });

  it("refuses merged cells in an input sheet, naming the sheet and the range in both languages", async () => {
    const bytes = await editedTemplate("Facilities", (xml) =>
      xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="B3:B4"/></mergeCells>'),
    );
    const read = await readWorkbookModel(bytes);
    expect(read.ok ? [] : read.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "merged-cells",
          "message": {
            "en": "merged cells Facilities!B3:B4: a merged range keeps one value for all its cells, so a row could take another row's value; expected the cells unmerged, each with its own value",
            "vi": "các ô gộp Facilities!B3:B4: vùng gộp chỉ giữ một giá trị cho mọi ô, nên một hàng có thể nhận giá trị của hàng khác; cần bỏ gộp ô và điền giá trị cho từng ô",
          },
          "where": "Facilities!B3:B4",
        },
      ]
    `);
  });

  it("refuses more cells than the limit in all sheets together", async () => {
    const bytes = await writeTemplate(parsed(SMALL), { language: "en" });
    const problems = await inspectPackage(bytes, INPUTS, {
      ...WORKBOOK_LIMITS,
      cells: 10,
    });
    expect(problems.map((p) => p.message.en)).toEqual([
      "the workbook holds more than 10 cells; expected a smaller workbook (large tables go in CSV or Parquet files)",
    ]);
  });
});
