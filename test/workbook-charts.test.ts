// The results workbook's native charts in a real spreadsheet program: LibreOffice opens the
// Bac Ninh workbook, prints it to PDF with the charts' bars painted in their series' colours,
// and saves it as xlsx again with the chart parts and their cell references intact. Fails
// (never skips) without soffice: .ci/run installs libreoffice-calc-nogui.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseModel, runModel } from "@costplan/core";
import { resultSheetName, writeWorkbook } from "@costplan/xlsx";
import { calcSession, type CalcSession } from "./support/libreoffice.js";
import { filledShapes, pdfStreams } from "./support/pdf.js";

const parsed = parseModel(JSON.parse(readFileSync(new URL("../examples/bac-ninh/model.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model = parsed.model;
const result = runModel(model);

let calc: CalcSession;
let input: string;
let ours: JSZip;
let saved: string;

beforeAll(async () => {
  calc = calcSession();
  input = join(calc.work, "bac-ninh-vi.xlsx");
  const bytes = await writeWorkbook(model, result, { language: "vi" });
  writeFileSync(input, bytes);
  ours = await JSZip.loadAsync(bytes);
  saved = calc.convert(input, "xlsx", "bac-ninh-vi.xlsx");
}, 300_000);

afterAll(() => {
  calc.dispose();
});

/** The c:f references of every chart part of a package, sorted. */
async function chartReferences(zip: JSZip): Promise<string[]> {
  const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  const refs = await Promise.all(
    parts.map(async (n) => [...(await zip.file(n)!.async("string")).matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"))),
  );
  return refs.flat().sort();
}

describe("the results workbook's charts in LibreOffice", () => {
  it("prints them to PDF with every series' bars painted", () => {
    const pdf = readFileSync(calc.convert(input, "pdf", "bac-ninh-vi.pdf"));
    const streams = pdfStreams(pdf);
    // Series colours: the first (Okabe-Ito blue) paints a stacked category, the five facility
    // kinds and the fund's bar of each class; the second (orange) a category and the patients' bars.
    const blue = filledShapes(streams, "0072B2");
    const orange = filledShapes(streams, "E69F00");
    const positiveKinds = Object.values(result.budget.cash.nominal.byKind).filter((s) => s.total > 0).length;
    const classesWithFund = new Set(result.prices.filter((p) => p.fundImpact > 0).map((p) => p.class)).size;
    expect(blue).toBeGreaterThanOrEqual(positiveKinds + classesWithFund);
    expect(orange).toBeGreaterThanOrEqual(classesWithFund);
    // A later category of the stacked chart (the fifth colour) is drawn too.
    expect(filledShapes(streams, "CC79A7")).toBeGreaterThan(0);
  }, 300_000);

  it("keeps the chart parts and their cell references when it saves the workbook again", async () => {
    const before = await chartReferences(ours);
    const after = await chartReferences(await JSZip.loadAsync(readFileSync(saved)));
    expect(before.length).toBeGreaterThanOrEqual(20);
    expect(after).toEqual(before);
    expect(before.some((r) => r.startsWith(`'${resultSheetName("charts", "vi")}'!`))).toBe(true);
  }, 300_000);

  it("recalculates the Vietnamese sheets' live figures, whose references quote the sheet names, to costplan's", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const year = String(result.pricing.priceYear);
    const prices = wb.getWorksheet(resultSheetName("prices", "vi"))!;
    const shown = (cell: ExcelJS.Cell): unknown => {
      const v = cell.value;
      return v !== null && typeof v === "object" && "formula" in v ? (v.result ?? 0) : v;
    };
    result.prices.forEach((e, i) => {
      expect(shown(prices.getCell(3 + i, 11)), `${e.facility} ${e.code}`).toBe(e.byYear[year]!.emrCost);
      expect(shown(prices.getCell(3 + i, 13)), `${e.facility} ${e.code}`).toBe(e.proposedPrice);
    });
    const charts = wb.getWorksheet(resultSheetName("charts", "vi"))!;
    const byClass = new Map<string, number>();
    for (const e of result.prices) if (e.class !== undefined) byClass.set(e.class, (byClass.get(e.class) ?? 0) + e.fundImpact);
    for (let row = 3; typeof charts.getCell(row, 1).value === "string"; row += 1) {
      const label = charts.getCell(row, 1).value as string;
      if (byClass.has(label)) expect(shown(charts.getCell(row, 2)), label).toBe(byClass.get(label));
    }
  }, 300_000);
});
