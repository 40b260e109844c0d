import { runModel } from "@costplan/core";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { bacNinh, load } from "../template/test-fixtures.js";
import { writeWorkbook } from "./write-workbook.js";

/** Every c:f reference of a chart part with the values its cache holds. */
function references(xml: string): { ref: string; cached: string[] }[] {
  return [...xml.matchAll(/<c:f>([^<]+)<\/c:f><c:(?:num|str)Cache>(.*?)<\/c:(?:num|str)Cache>/g)].map((m) => ({
    ref: unescape(m[1]!),
    cached: [...m[2]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => unescape(v[1]!)),
  }));
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The cells of a reference such as `'Biểu đồ'!$B$3:$B$7` or `Budget!$A$20`. */
function cells(wb: ExcelJS.Workbook, ref: string): ExcelJS.Cell[] {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (m === null) throw new Error(`not a reference: ${ref}`);
  const ws = wb.getWorksheet(m[1]?.replace(/''/g, "'") ?? m[2]!);
  if (ws === undefined) throw new Error(`no sheet in ${ref}`);
  const [c1, r1] = [ws.getColumn(m[3]!).number, Number(m[4])];
  const [c2, r2] = m[5] === undefined ? [c1, r1] : [ws.getColumn(m[5]).number, Number(m[6])];
  const out: ExcelJS.Cell[] = [];
  for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) out.push(ws.getCell(r, c));
  return out;
}

function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  // exceljs reads a formula's cached 0 back as no result
  const value = v !== null && typeof v === "object" && "formula" in v ? (v.result ?? 0) : v;
  if (typeof value === "string" || typeof value === "number") return String(value);
  throw new Error(`${cell.address} holds neither text nor a number`);
}

describe("the results workbook's charts", () => {
  for (const language of ["en", "vi"] as const) {
    it(`draws three charts whose references point at cells holding the cached values (${language})`, async () => {
      const model = bacNinh();
      const bytes = await writeWorkbook(model, runModel(model), { language });
      const zip = await JSZip.loadAsync(bytes);
      const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      expect(charts).toHaveLength(3);
      const wb = await load(bytes);
      let points = 0;
      for (const name of charts) {
        const xml = await zip.file(name)!.async("string");
        const refs = references(xml);
        expect(refs.length, name).toBeGreaterThan(2);
        for (const { ref, cached } of refs) {
          expect(cells(wb, ref).map(shown), `${name} ${ref}`).toEqual(cached);
          points += cached.length;
        }
      }
      // 9 categories x 6 years, 5 facility kinds, 5 classes x 2 payers, with their names and labels
      expect(points).toBeGreaterThan(80);
      expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain('<c:grouping val="stacked"/>');
      expect(await zip.file("xl/charts/chart2.xml")!.async("string")).toContain('<c:barDir val="bar"/>');
      expect(await zip.file("xl/charts/chart3.xml")!.async("string")).toContain('<c:grouping val="clustered"/>');
    }, 60_000);
  }
});
