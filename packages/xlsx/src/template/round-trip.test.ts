import { describe, expect, it } from "vitest";
import { modelTextsIn, parseModel, runModel } from "@costplan/core";
import { writeWorkbook } from "../results/write-workbook.js";
import { readInputs } from "./read-inputs.js";
import { bacNinh, edit, parsed, SMALL, sheet, withoutSchema } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

async function roundTrip(bytes: Uint8Array): Promise<unknown> {
  const read = await readInputs(bytes);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
  return parsed(read.document);
}

describe("a model written to the template and read back", () => {
  it("gives the same Bac Ninh model: 56 facilities, 328 cost items, cost centres, price lists and scenarios", async () => {
    const model = bacNinh();
    expect(model.facilities).toHaveLength(56);
    expect(model.costItems).toHaveLength(328);
    // A cell holds one text: the workbook keeps the Vietnamese of each two-language assumption.
    expect(await roundTrip(await writeTemplate(model, { language: "vi" }))).toEqual(withoutSchema(modelTextsIn(model, "vi")));
  }, 60_000);

  it("gives the same small model, which uses every field the sheets carry", async () => {
    const model = parsed(SMALL);
    expect(await roundTrip(await writeTemplate(model, { language: "en" }))).toEqual(model);
  });

  it("reads the input sheets of a generated results workbook too", async () => {
    const model = bacNinh();
    expect(await roundTrip(await writeWorkbook(model, runModel(model), { language: "en" }))).toEqual(withoutSchema(modelTextsIn(model, "en")));
    // Writing and reading the whole Bac Ninh workbook takes seconds on a busy 2-core machine.
  }, 60_000);

  it("keeps a scenario's overrides usable: the read document applies them as the original does", async () => {
    const read = await readInputs(await writeTemplate(parsed(SMALL), { language: "en" }));
    if (!read.ok) throw new Error("unreadable");
    const scenario = parseModel(read.document, { scenario: "low-rate" });
    expect(scenario.ok && scenario.model.programme.discountRate).toBe(0.05);
    expect(scenario.ok && scenario.model.costItems[0]).toMatchObject({ usefulLife: 8 });
  });

  it("finds columns by their header, so moved columns read the same", async () => {
    const model = parsed(SMALL);
    const moved = await edit(await writeTemplate(model, { language: "en" }), (wb) => {
      const ws = sheet(wb, "CostItems");
      // Swap the columns of name (B) and funding (G), header included.
      for (let r = 2; r <= ws.rowCount; r += 1) {
        const b = ws.getCell(r, 2).value;
        ws.getCell(r, 2).value = ws.getCell(r, 7).value;
        ws.getCell(r, 7).value = b;
      }
    });
    expect(await roundTrip(moved)).toEqual(model);
  });

  it("skips empty rows between records", async () => {
    const model = parsed(SMALL);
    const spaced = await edit(await writeTemplate(model, { language: "en" }), (wb) => {
      sheet(wb, "Facilities").spliceRows(4, 0, [], []);
    });
    expect(await roundTrip(spaced)).toEqual(model);
  });
});
