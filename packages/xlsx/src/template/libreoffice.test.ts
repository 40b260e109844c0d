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
import { bacNinh, parsed, SMALL, withoutSchema } from "./test-fixtures.js";
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
    for (const [name, model] of [["small", parsed(SMALL)], ["bac-ninh", withoutSchema(bacNinh())]] as const) {
      const read = await readInputs(savedByCalc(await writeTemplate(parsed(model), { language: "vi" }), name));
      if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
      expect(parsed(read.document), name).toEqual(modelTextsIn(parsed(model), "vi"));
    }
  }, 300_000);
});
