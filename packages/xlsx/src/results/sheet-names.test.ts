import { describe, expect, it } from "vitest";
import { LANGUAGES, runModel } from "@costplan/core";
import { load, parsed, SMALL } from "../template/test-fixtures.js";
import { RESULT_SHEET_NAMES, resultSheetName, type ResultSheet } from "./sheet-names.js";
import { writeWorkbook } from "./write-workbook.js";

const sheets = Object.keys(RESULT_SHEET_NAMES) as ResultSheet[];

describe("the result sheets' names", () => {
  it.each(LANGUAGES.map((l) => [l]))("are names Excel accepts in %s: 1 to 31 characters, none of []:*?/\\, no apostrophe at either end", (lang) => {
    for (const sheet of sheets) {
      const name = resultSheetName(sheet, lang);
      expect(name.length, name).toBeGreaterThan(0);
      expect(name.length, name).toBeLessThanOrEqual(31);
      expect(name, name).not.toMatch(/[[\]:*?/\\]/);
      expect(name, name).not.toMatch(/^'|'$/);
      expect(name.trim(), name).toBe(name);
    }
  });

  it.each(LANGUAGES.map((l) => [l]))("are different from each other in %s, whatever the letter case (Excel's names ignore it)", (lang) => {
    const names = sheets.map((s) => resultSheetName(s, lang).toLocaleLowerCase("vi"));
    expect(new Set(names).size).toBe(names.length);
  });

  it("are Vietnamese in a Vietnamese workbook: no result sheet keeps its English name", () => {
    for (const sheet of sheets) expect(resultSheetName(sheet, "vi"), sheet).not.toBe(resultSheetName(sheet, "en"));
  });

  it.each(LANGUAGES.map((l) => [l]))("are the tabs of a written %s workbook, beside its input sheets, in the table's words", async (lang) => {
    const model = parsed(SMALL);
    const wb = await load(await writeWorkbook(model, runModel(model), { language: lang }));
    const tabs = wb.worksheets.map((ws) => ws.name);
    expect(new Set(tabs).size).toBe(tabs.length);
    for (const sheet of ["cover", "depreciation", "flows", "budget", "prices", "scenarios", "charts", "audit"] as const)
      expect(tabs).toContain(resultSheetName(sheet, lang));
    expect(tabs[0]).toBe(resultSheetName("cover", lang));
  });
});
