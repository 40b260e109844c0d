// The Bac Ninh results workbook as LibreOffice prints it: a page count a person accepts,
// no cell too narrow for its figure (LibreOffice prints `###` there), the cover on one page.
// Fails (never skips) without soffice and poppler's pdfinfo/pdftotext.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseModel, runModel, type Model } from "@costplan/core";
import { writeWorkbook } from "@costplan/xlsx";
import { calcSession, type CalcSession } from "./support/libreoffice.js";

const document: unknown = JSON.parse(readFileSync(new URL("../examples/bac-ninh/model.json", import.meta.url), "utf8"));
const parsed = parseModel(document);
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model: Model = parsed.model;

let calc: CalcSession;
let pages = 0;
let text = "";
let paper = "";

beforeAll(async () => {
  calc = calcSession();
  const xlsx = join(calc.work, "bac-ninh-vi.xlsx");
  writeFileSync(xlsx, await writeWorkbook(model, runModel(model), { language: "vi" }));
  const pdf = calc.convert(xlsx, "pdf", "bac-ninh-vi.pdf");
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  paper = /^Page size:.*\((\w+)\)/m.exec(info)?.[1] ?? "";
  text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}, 600_000);

afterAll(() => { calc.dispose(); });

describe("the Bac Ninh results workbook printed by LibreOffice", () => {
  it("prints in at most 150 pages, on A4 fitted to the page width with the header rows repeated", () => {
    console.log(`Bac Ninh results workbook (vi): ${pages} pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(150);
    expect(paper).toBe("A4");
  });

  it("shows every figure: no cell prints ### for want of width", () => {
    expect(text.length).toBeGreaterThan(10_000);
    expect(text).not.toContain("###");
  });

  it("shows money with the đồng sign", () => {
    expect(text).toMatch(/\d{1,3}(\.\d{3})+ ₫|\d{1,3}(,\d{3})+ ₫/);
  });
});
