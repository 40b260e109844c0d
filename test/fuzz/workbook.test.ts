import { parseModel, runModel } from "@costplan/core";
import { readWorkbookModel, writeTemplate } from "@costplan/xlsx";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { cellValue, runs, validModel } from "./arbitraries.js";
import { assertCleanText, assertFiniteJson, assertTypedError, reconcileRun, stringsOf } from "./checks.js";

/** A filled template of a valid model with some of its input cells overwritten. */
const filledWorkbook = fc.tuple(
  validModel,
  fc.array(fc.record({ sheet: fc.nat(), row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 14 }), value: cellValue }), { maxLength: 6 }),
  fc.constantFrom("en" as const, "vi" as const),
);

async function workbookOf(
  doc: unknown,
  edits: readonly { sheet: number; row: number; column: number; value: unknown }[],
  language: "en" | "vi",
): Promise<Uint8Array> {
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error(`the generator made an invalid model: ${parsed.problems[0]?.message.en ?? ""}`);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeTemplate(parsed.model, { language });
  // exceljs's types want an ArrayBuffer where it takes a Buffer, as load-workbook.ts notes.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.filter((w) => w.name !== "ReadMe");
  for (const edit of edits) {
    const sheet = sheets[edit.sheet % sheets.length]!;
    sheet.getCell(edit.row, edit.column).value = edit.value as ExcelJS.CellValue;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("fuzzing the workbook reader", () => {
  it("reads any edited template into a model that reconciles, or problems at cells, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(filledWorkbook, async ([doc, edits, language]) => {
        const read = await readWorkbookModel(await workbookOf(doc, edits, language));
        if (!read.ok) {
          if (read.problems.length === 0) throw new Error("refused with no problem");
          for (const p of read.problems) {
            assertCleanText(p.where, "problem cell");
            assertCleanText(p.message.en, `problem at ${p.where} (en)`);
            assertCleanText(p.message.vi, `problem at ${p.where} (vi)`);
          }
          return;
        }
        try {
          const result = runModel(read.model);
          assertFiniteJson(result, stringsOf(read.model));
          reconcileRun(result);
        } catch (error) {
          assertTypedError(error);
        }
      }),
      { numRuns: runs(0.002, 3) },
    );
  }, 0);
});
