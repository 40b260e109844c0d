// The Bac Ninh results workbook as LibreOffice prints it: a page count a person accepts,
// no cell too narrow for its figure (LibreOffice prints `###` there), the cover on one page.
// Fails (never skips) without soffice and poppler's pdfinfo/pdftotext.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseModel, runModel, type Language, type Model } from "@costplan/core";
import { PROGRAMME, writeWorkbook } from "@costplan/xlsx";
import { calcSession, type CalcSession } from "./support/libreoffice.js";

const document: unknown = JSON.parse(readFileSync(new URL("../examples/bac-ninh/model.json", import.meta.url), "utf8"));
const parsed = parseModel(document);
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model: Model = parsed.model;

let calc: CalcSession;
const printed = new Map<Language, { pages: number; paper: string; text: string; second: string }>();

beforeAll(async () => {
  calc = calcSession();
  for (const language of ["vi", "en"] as const) {
    const xlsx = join(calc.work, `bac-ninh-${language}.xlsx`);
    writeFileSync(xlsx, await writeWorkbook(model, runModel(model), { language }));
    const pdf = calc.convert(xlsx, "pdf", `bac-ninh-${language}.pdf`);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    printed.set(language, {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      paper: /^Page size:.*\((\w+)\)/m.exec(info)?.[1] ?? "",
      text: execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }),
      second: execFileSync("pdftotext", ["-f", "2", "-l", "2", pdf, "-"], { encoding: "utf8" }),
    });
  }
}, 600_000);

function print(language: Language): { pages: number; paper: string; text: string; second: string } {
  const p = printed.get(language);
  if (p === undefined) throw new Error(`no ${language} print`);
  return p;
}

afterAll(() => {
  calc.dispose();
});

describe.each(["vi", "en"] as const)("the Bac Ninh results workbook (%s) printed by LibreOffice", (language) => {
  it("prints in at most 150 pages, on A4 fitted to the page width with the header rows repeated", () => {
    const { pages, paper } = print(language);
    console.log(`Bac Ninh results workbook (${language}): ${pages} pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(150);
    expect(paper).toBe("A4");
  });

  it("shows every figure: no cell prints ### for want of width", () => {
    const { text } = print(language);
    expect(text.length).toBeGreaterThan(10_000);
    expect(text).not.toContain("###");
  });

  it("prints the cover on one page: the second page is already the Programme sheet", () => {
    expect(print(language).second.trim().split("\n")[0]).toBe(PROGRAMME.title[language]);
  });

  it("shows money with the đồng sign", () => {
    expect(print(language).text).toMatch(/\d{1,3}(\.\d{3})+ ₫|\d{1,3}(,\d{3})+ ₫/);
  });
});
