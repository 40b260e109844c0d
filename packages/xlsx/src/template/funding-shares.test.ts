import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbookModel } from "./read-model.js";
import { bacNinh, edit, load, parsed, sheet, SMALL } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

// SMALL's H1-SRV is split 60/40 between budget and own, H1-NET is "own" as a share of 1,
// H1-MNT has the single source "own": FundingShares rows 3 and 4 are H1-SRV's, row 5 H1-NET's.
const filled = (): Promise<Uint8Array> => writeTemplate(parsed(SMALL), { language: "en" });

async function problemsAfter(change: (workbook: ExcelJS.Workbook) => void, language: "en" | "vi" = "en"): Promise<string[]> {
  const read = await readWorkbookModel(await edit(await filled(), change));
  if (read.ok) throw new Error("expected problems");
  return read.problems.map((p) => `${p.where}: ${p.message[language]}`);
}

const rowsOf = (ws: ExcelJS.Worksheet, from: number, to: number): unknown[][] =>
  Array.from({ length: to - from + 1 }, (_, k) => (ws.getRow(from + k).values as unknown[]).slice(1));

describe("funding shares in the template", () => {
  it("go one row per item and source on FundingShares, as percentages, with the item's funding cell left empty", async () => {
    const wb = await load(await filled());
    const shares = sheet(wb, "FundingShares");
    expect(shares.getCell("A1").value).toBe("Funding shares: one row per cost item and source");
    expect(rowsOf(shares, 2, 6)).toEqual([
      ["Cost item", "Funding source", "Share"],
      ["H1-SRV", "budget", 0.6],
      ["H1-SRV", "own", 0.4],
      ["H1-NET", "own", 1],
      [],
    ]);
    expect(shares.getCell("C3").numFmt).toBe("0.0%");
    const items = sheet(wb, "CostItems");
    expect([3, 4, 5, 6, 7].map((row) => items.getCell(`G${row}`).value)).toEqual([null, "own", null, "budget", "budget"]);
  });

  it("carry the Vietnamese title in a Vietnamese template", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "vi" }));
    expect(sheet(wb, "FundingShares").getCell("A1").value).toBe("Tỷ lệ nguồn vốn");
  });

  it("hold every split of Bac Ninh, whose split-funded items read back as they were", async () => {
    const model = bacNinh();
    const split = model.costItems.filter((item) => typeof item.funding !== "string");
    expect(split.length).toBeGreaterThan(10);
    const bytes = await writeTemplate(model, { language: "vi" });
    const shares = sheet(await load(bytes), "FundingShares");
    const written = rowsOf(shares, 3, 2 + split.reduce((n, item) => n + item.funding.length, 0));
    expect(written).toEqual(split.flatMap((item) => (typeof item.funding === "string" ? [] : item.funding.map((f) => [item.id, f.source, f.share]))));
    const read = await readWorkbookModel(bytes);
    expect(read.ok && read.model.costItems.map((item) => item.funding)).toEqual(model.costItems.map((item) => item.funding));
  }, 60_000);
});

describe("reading funding", () => {
  it("still reads the id:share text of earlier templates, with or without a FundingShares sheet", async () => {
    const oldText = (wb: ExcelJS.Workbook): void => {
      const items = sheet(wb, "CostItems");
      items.getCell("G3").value = "budget:0.6; own:0.4";
      items.getCell("G5").value = "own:1";
    };
    const withoutSheet = await edit(await filled(), (wb) => {
      oldText(wb);
      wb.removeWorksheet(sheet(wb, "FundingShares").id);
    });
    const read = await readWorkbookModel(withoutSheet);
    expect(read.ok && read.model).toEqual(parsed(SMALL));
    const emptied = await edit(await filled(), (wb) => {
      oldText(wb);
      // Cleared as a person would (exceljs writes a table's rows back from the table, so spliced rows return).
      for (const cell of ["A3", "B3", "C3", "A4", "B4", "C4", "A5", "B5", "C5"]) sheet(wb, "FundingShares").getCell(cell).value = null;
    });
    const again = await readWorkbookModel(emptied);
    expect(again.ok && again.model).toEqual(parsed(SMALL));
  });

  it("refuses an item given a source in its cell and shares on FundingShares, at the cell, in English and Vietnamese", async () => {
    const change = (wb: ExcelJS.Workbook): void => {
      sheet(wb, "CostItems").getCell("G3").value = "own";
    };
    expect(await problemsAfter(change)).toMatchInlineSnapshot(`
      [
        "CostItems!G3: cost item "H1-SRV" has a funding source in this cell and funding shares at FundingShares!A3:A4; expected one of them: a single source id here, or the shares there with this cell left empty",
      ]
    `);
    expect(await problemsAfter(change, "vi")).toMatchInlineSnapshot(`
      [
        "CostItems!G3: khoản chi phí "H1-SRV" vừa có nguồn vốn ở ô này vừa có tỷ lệ nguồn vốn tại FundingShares!A3:A4; chỉ ghi một trong hai: một mã nguồn vốn ở đây, hoặc các tỷ lệ ở đó và để trống ô này",
      ]
    `);
  });

  it("names an item's share cells when its shares do not add up to 100%", async () => {
    expect(
      await problemsAfter((wb) => {
        sheet(wb, "FundingShares").getCell("C3").value = 0.5;
      }),
    ).toMatchInlineSnapshot(`
      [
        "FundingShares!C3:C4: funding shares add up to 0.9; expected them to add up to exactly 1",
      ]
    `);
  });

  it("names each share cell of an item whose rows are apart", async () => {
    expect(
      await problemsAfter((wb) => {
        const shares = sheet(wb, "FundingShares");
        shares.getCell("A7").value = "H1-SRV";
        shares.getCell("B7").value = "own";
        shares.getCell("C7").value = 0.1;
      }),
    ).toMatchInlineSnapshot(`
      [
        "FundingShares!C3, FundingShares!C4, FundingShares!C7: funding shares add up to 1.1; expected them to add up to exactly 1",
      ]
    `);
  });

  it("reports a FundingShares sheet whose Share header was renamed as that column missing, not a crash", async () => {
    const problems = await problemsAfter((wb) => {
      sheet(wb, "FundingShares").getCell("C2").value = "Portion";
    });
    expect(problems).toEqual([
      'FundingShares!C2: unknown column "Portion"; the columns of this sheet are "Cost item", "Funding source", "Share"',
      'FundingShares!2:2: the header row (row 2) lacks the column "Share"; columns may be moved but not removed or renamed',
    ]);
  });

  it("names a share row of an unknown item, an unknown source, and an item left with no funding, each at its cell", async () => {
    expect(
      await problemsAfter((wb) => {
        const shares = sheet(wb, "FundingShares");
        shares.getCell("B4").value = "bank";
        shares.getCell("A5").value = "H1-NOPE";
      }),
    ).toMatchInlineSnapshot(`
      [
        "FundingShares!A5: no cost item "H1-NOPE" on the CostItems sheet",
        "FundingShares!B4: no funding source "bank" on the FundingSources sheet",
        "CostItems!G5: required: expected a funding source id, or a list of { "source": id, "share": 0..1 }",
      ]
    `);
  });

  describe("edge cases", () => {
    it("names an empty share cell once, as required", async () => {
      expect(
        await problemsAfter((wb) => {
          sheet(wb, "FundingShares").getCell("C4").value = null;
        }),
      ).toMatchInlineSnapshot(`
        [
          "FundingShares!C4: required: expected a number such as 0.08",
        ]
      `);
    });

    it("gives the shares of a cost item id used twice to its first row, and lets the model name the duplicate", async () => {
      expect(
        await problemsAfter((wb) => {
          sheet(wb, "CostItems").getCell("A4").value = "H1-SRV";
        }),
      ).toMatchInlineSnapshot(`
        [
          "CostItems!A4: duplicate id "H1-SRV": it is already used at CostItems!A3; ids must be unique",
        ]
      `);
    });
  });
});
