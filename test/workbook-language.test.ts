// The Bac Ninh results workbook in Vietnamese, read as a finance officer would: every
// assumption, source and scenario reason the model gives in both languages shows in
// Vietnamese, and no English text of the model is left anywhere in the workbook.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  DEPRECIATION_METHODS,
  FACILITY_KINDS,
  LANGUAGES,
  OWNERSHIPS,
  parseModel,
  runModel,
  type Language,
  type LocalText,
  type Model,
} from "@costplan/core";
import { resultSheetName, writeWorkbook } from "@costplan/xlsx";

const parsed = parseModel(JSON.parse(readFileSync(new URL("../examples/bac-ninh/model.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("invalid Bac Ninh model");
const model: Model = parsed.model;

/** Every provenance text of the model: each `source`, `assumption` and `reason`, wherever it sits. */
function provenanceTexts(value: unknown, out: LocalText[] = []): LocalText[] {
  if (Array.isArray(value)) value.forEach((v) => provenanceTexts(v, out));
  else if (value !== null && typeof value === "object") {
    const share = "share" in value; // a funding share's `source` is a funding source's id, not a text
    for (const [key, v] of Object.entries(value)) {
      if (
        !share &&
        (key === "source" || key === "assumption" || key === "reason" || (key === "description" && "units" in value)) &&
        (typeof v === "string" || (v !== null && typeof v === "object" && !Array.isArray(v)))
      ) {
        if (typeof v === "string" || "en" in v || "vi" in v) out.push(v as LocalText);
      } else provenanceTexts(v, out);
    }
  }
  return out;
}

/** Every text a cell of the workbook shows: plain and rich text, and the cached text of a formula. */
async function cellTexts(lang: Language): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  const bytes = await writeWorkbook(model, runModel(model), { language: lang });
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === "string") texts.push(v);
        else if (v !== null && typeof v === "object" && "richText" in v) texts.push(v.richText.map((r) => r.text).join(""));
        else if (v !== null && typeof v === "object" && "result" in v && typeof v.result === "string") texts.push(v.result);
      });
    });
  });
  return texts;
}

const texts = provenanceTexts(model);
const both = texts.filter((t): t is { en: string; vi: string } => typeof t !== "string" && t.en !== undefined && t.vi !== undefined);

describe("the Bac Ninh assumption texts", () => {
  it("are all given in English and Vietnamese, each with a Vietnamese text of its own", () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(both.length).toBe(texts.length);
    for (const t of both) expect(t.vi, t.en).not.toBe(t.en);
    const distinct = new Set(both.map((t) => t.en));
    expect(distinct.size).toBeGreaterThanOrEqual(20);
  });

  it.each(LANGUAGES.map((l) => [l]))(
    "show in the %s results workbook in its language only",
    async (lang) => {
      const other: Language = lang === "vi" ? "en" : "vi";
      const shown = await cellTexts(lang);
      const joined = shown.join("\n");
      const leaked = [...new Set(both.map((t) => t[other]))].filter((t) => joined.includes(t));
      expect(leaked).toEqual([]);
      // the assumptions listed on the audit sheet are there, in the workbook's language
      const assumptions = new Set(
        provenanceTexts({ items: model.costItems.map((c) => ({ assumption: c.assumption })) }).map((t) => (t as Record<Language, string>)[lang]),
      );
      for (const text of assumptions) expect(joined.includes(text), text).toBe(true);
    },
    120_000,
  );
});

describe("the Bac Ninh results workbook's cost rows", () => {
  it.each(LANGUAGES.map((l) => [l]))(
    "show facility kinds, ownership, categories, natures and depreciation methods as words of the %s workbook, never as the model's codes",
    async (lang) => {
      const wb = new ExcelJS.Workbook();
      const bytes = await writeWorkbook(model, runModel(model), { language: lang });
      await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
      const codes = new Set<string>([...FACILITY_KINDS, ...OWNERSHIPS, ...CATEGORIES, ...DEPRECIATION_METHODS, "capital", "recurring", "one-off"]);
      const columnValues = (sheet: "flows" | "depreciation", columns: readonly number[]): string[] => {
        const ws = wb.getWorksheet(resultSheetName(sheet, lang))!;
        const out: string[] = [];
        for (let r = 3; r <= ws.rowCount; r += 1) for (const c of columns) out.push(ws.getCell(r, c).text);
        return out.filter((v) => v !== "");
      };
      const flows = columnValues("flows", [3, 4, 5, 6]);
      const methods = columnValues("depreciation", [3]);
      expect(flows.length).toBe(4 * model.costItems.length);
      expect(methods.length).toBeGreaterThan(0);
      expect([...flows, ...methods].filter((v) => codes.has(v))).toEqual([]);
      expect(flows).toContain(lang === "vi" ? "Triển khai phần mềm" : "Software deployment");
      expect(methods).toContain(lang === "vi" ? "Đường thẳng" : "Straight line");
    },
    120_000,
  );
});
