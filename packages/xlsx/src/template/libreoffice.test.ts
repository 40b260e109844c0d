// A template opened and saved by a real spreadsheet program (LibreOffice Calc) must read
// back as the same model: Calc rewrites every cell, saves booleans as =TRUE()/=FALSE() and
// keeps text that starts with "=" as text. Fails (never skips) without soffice: .ci/run
// installs libreoffice-calc-nogui.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calcSession, type CalcSession } from "../../../../test/support/libreoffice.js";
import { modelTextsIn } from "@costplan/core";
import { readInputs } from "./read-inputs.js";
import { bacNinh, edit, load, parsed, referenceDropDowns, sheet, SMALL, withoutSchema } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

let calc: CalcSession;
beforeAll(() => {
  calc = calcSession();
});
afterAll(() => {
  calc.dispose();
});

function savedByCalc(bytes: Uint8Array, name: string): Uint8Array {
  const input = join(calc.work, `${name}.xlsx`);
  writeFileSync(input, bytes);
  return readFileSync(calc.convert(input, "xlsx", `${name}.xlsx`));
}

describe("a template saved by LibreOffice Calc", () => {
  it("reads back as the same model, small and Bac Ninh", async () => {
    for (const [name, model] of [
      ["small", parsed(SMALL)],
      ["bac-ninh", withoutSchema(bacNinh())],
    ] as const) {
      const read = await readInputs(savedByCalc(await writeTemplate(parsed(model), { language: "vi" }), name));
      if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
      expect(parsed(read.document), name).toEqual(modelTextsIn(parsed(model), "vi"));
    }
  }, 300_000);

  it("keeps every reference column's drop-down, and recalculates the facility-or-pool list when facilities and pools are added", async () => {
    const written = await writeTemplate(parsed(SMALL), { language: "en" });
    // A facility after a blank row and a second pool, typed as a person would add them.
    const added = await edit(written, (wb) => {
      sheet(wb, "Facilities").getCell("A6").value = "H9";
      sheet(wb, "Pools").getCell("A4").value = "POOL2";
    });
    const saved = await load(savedByCalc(added, "lists"));
    expect(referenceDropDowns(saved)).toEqual(referenceDropDowns(await load(written)));
    const list = [3, 4, 5, 6, 7, 8].map((row) => {
      const value = sheet(saved, "Lists").getCell(`C${row}`).value;
      // exceljs reads an empty text result as none.
      return value !== null && typeof value === "object" && "formula" in value ? (value.result ?? "") : value;
    });
    expect(list).toEqual(["H1", "P1", "H9", "POOL", "POOL2", ""]);
  }, 300_000);
});
