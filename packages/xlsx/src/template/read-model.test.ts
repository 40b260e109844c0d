import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readWorkbookModel } from "./read-model.js";
import { edit, load, parsed, sheet, SMALL } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

const filled = (): Promise<Uint8Array> => writeTemplate(parsed(SMALL), { language: "vi" });

describe("reading a filled workbook into a model", () => {
  it("gives the model of an unchanged template", async () => {
    const read = await readWorkbookModel(await filled());
    expect(read.ok && read.model).toEqual(parsed(SMALL));
  });

  it("reports a type error, a value error and an unknown reference together, each at its cell", async () => {
    const bytes = await edit(await filled(), (workbook) => {
      const items = sheet(workbook, "CostItems");
      items.getCell("K3").value = "five years"; // usefulLife: a type error
      items.getCell("C4").value = "PH99"; // facility: an unknown reference
      sheet(workbook, "Programme").getCell("B9").value = 20; // discountRate 2000 %: a value error
    });
    const read = await readWorkbookModel(bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => `${p.where}: ${p.message.vi}`)).toMatchInlineSnapshot(`
      [
        "'Khoản chi phí'!K3: cần một số nguyên, nhận được "five years"",
        "'Khoản chi phí'!C4: không có cơ sở hoặc hạng mục dùng chung "PH99" trên trang Cơ sở y tế/Hạng mục dùng chung",
        "'Chương trình'!B9: cần một tỷ lệ dạng số thập phân từ -0,99 đến 10, ví dụ 0.08 cho 8 %, nhận được 20",
      ]
    `);
  });

  it("reads a workbook made before tabs, headers and drop-downs had labels: English tab names, field keys and codes", async () => {
    // Written from SMALL in vi by the template writer of c2eb8e9, the last commit before labels.
    const old = new Uint8Array(readFileSync(new URL("../../../../test/fixtures/workbooks/small-before-labels.xlsx", import.meta.url)));
    const items = (await load(old)).getWorksheet("CostItems")!;
    expect([items.getCell("H2").value, items.getCell("E3").value, items.getCell("L3").value]).toEqual(["cost", "infrastructure", "double-declining"]);
    const read = await readWorkbookModel(old);
    expect(read.ok ? read.model : read.problems).toEqual(parsed(SMALL));
  });

  it("applies a scenario of the Scenarios sheet", async () => {
    const read = await readWorkbookModel(await filled(), { scenario: "low-rate" });
    expect(read.ok && read.model.programme.discountRate).toBe(0.05);
  });

  it("names the sheet of an unknown scenario", async () => {
    const read = await readWorkbookModel(await filled(), { scenario: "none" });
    expect(read.ok ? [] : read.problems.map((p) => p.where)).toEqual(["'Kịch bản'!A3"]);
  });
});
