// The results workbook's native charts in a real spreadsheet program: LibreOffice opens the
// Bac Ninh workbook, prints it to PDF with the charts' bars painted in their series' colours,
// and saves it as xlsx again with the chart parts and their cell references intact. Fails
// (never skips) without soffice: .ci/run installs libreoffice-calc-nogui.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseModel, runModel } from "@costplan/core";
import { writeWorkbook } from "@costplan/xlsx";
import { calcSession, type CalcSession } from "./support/libreoffice.js";
import { filledShapes, pdfStreams } from "./support/pdf.js";

const parsed = parseModel(JSON.parse(readFileSync(new URL("../examples/bac-ninh/model.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model = parsed.model;
const result = runModel(model);

let calc: CalcSession;
let input: string;
let ours: JSZip;

beforeAll(async () => {
  calc = calcSession();
  input = join(calc.work, "bac-ninh-vi.xlsx");
  const bytes = await writeWorkbook(model, result, { language: "vi" });
  writeFileSync(input, bytes);
  ours = await JSZip.loadAsync(bytes);
}, 120_000);

afterAll(() => { calc.dispose(); });

/** The c:f references of every chart part of a package, sorted. */
async function chartReferences(zip: JSZip): Promise<string[]> {
  const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  const refs = await Promise.all(parts.map(async (n) => [...(await zip.file(n)!.async("string")).matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"))));
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
    const saved = await JSZip.loadAsync(readFileSync(calc.convert(input, "xlsx", "bac-ninh-vi.xlsx")));
    const before = await chartReferences(ours);
    const after = await chartReferences(saved);
    expect(before.length).toBeGreaterThanOrEqual(20);
    expect(after).toEqual(before);
    expect(before.some((r) => r.startsWith("'Biểu đồ'!"))).toBe(true);
  }, 300_000);
});
