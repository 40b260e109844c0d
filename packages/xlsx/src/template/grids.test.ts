import { modelTextsIn, parseModel } from "@costplan/core";
import { describe, expect, it } from "vitest";
import { headerOf } from "../labels/headers.js";
import { sheetRef } from "./address.js";
import { inputGrids, readGrids } from "./grids.js";
import { readInputs } from "./read-inputs.js";
import { writeTemplate } from "./write-inputs.js";
import { bacNinh, load, withoutSchema } from "./test-fixtures.js";

// A workbook carries no $schema, so the model compared is the one without it.
const model = () => withoutSchema(bacNinh());
const asMap = (grids: ReturnType<typeof inputGrids>) => new Map(grids.map((g) => [g.name, g.values.map((r) => r.map((v) => v ?? ""))]));

describe("input sheets as grids of values", () => {
  it("hold the same cells as the template workbook writes", async () => {
    const m = model();
    const workbook = await load(await writeTemplate(m, { language: "vi" }));
    for (const grid of inputGrids(m, "vi")) {
      const ws = workbook.getWorksheet(grid.name)!;
      expect(ws, grid.name).toBeDefined();
      grid.values.forEach((row, r) => {
        row.forEach((value, c) => {
          const cell = ws.getCell(r + 1, c + 1).value;
          expect(cell ?? null, `${grid.name}!R${r + 1}C${c + 1}`).toEqual(value);
        });
      });
    }
  });

  it('read back (empty cells as "") to the same model, and as the workbook reader reads it', async () => {
    const m = model();
    const read = readGrids(asMap(inputGrids(m, "en")));
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
    const again = parseModel(read.document);
    expect(again.ok && again.model).toEqual(modelTextsIn(m, "en"));
    const fromFile = await readInputs(await writeTemplate(m, { language: "en" }));
    expect(fromFile.ok && fromFile.document).toEqual(read.document);
  });

  it("name the cell of a wrong value and a missing sheet, on the tab the workbook has", () => {
    for (const [language, items, savings] of [
      ["en", "CostItems", "Savings"],
      ["vi", "Khoản chi phí", "Khoản tiết kiệm"],
    ] as const) {
      const grids = asMap(inputGrids(model(), language));
      const cells = grids.get(items)!;
      const costColumn = cells[1]!.indexOf(headerOf("CostItems", "cost")[language]);
      const row = cells.findIndex((r, i) => i > 1 && r[costColumn] !== "");
      cells[row]![costColumn] = "abc";
      grids.delete(savings);
      const read = readGrids(grids);
      expect(read.ok).toBe(false);
      const lines = read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message.en}`);
      expect(lines.some((l) => l.startsWith(`${sheetRef(items)}!H${row + 1}:`))).toBe(true);
      expect(lines.some((l) => l.startsWith("Savings"))).toBe(true);
    }
  });
});
