import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseModel } from "@costplan/core";
import { readInputs, type ReadResult } from "./read-inputs.js";
import { edit, parsed, SMALL, sheet } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

const filled = (): Promise<Uint8Array> => writeTemplate(parsed(SMALL), { language: "en" });

async function readEdited(change: (workbook: ExcelJS.Workbook) => void): Promise<ReadResult> {
  return readInputs(await edit(await filled(), change));
}

function problemLines(read: ReadResult, language: "en" | "vi" = "en"): string[] {
  if (read.ok) throw new Error("expected problems");
  return read.problems.map((p) => `${p.where}: ${p.message[language]}`);
}

function documentOf(read: ReadResult): Record<string, unknown> {
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
  return read.document as Record<string, unknown>;
}

describe("problems in a filled template", () => {
  it("names each cell of the wrong type and what it expects, in English and Vietnamese", async () => {
    const read = await readEdited((wb) => {
      const items = sheet(wb, "CostItems");
      items.getCell("H7").value = "abc";
      items.getCell("H3").value = "1.234";
      items.getCell("K3").value = 2.5;
      items.getCell("G4").value = "budget:0,6; own:0.4";
      items.getCell("S5").value = "fast";
      sheet(wb, "Facilities").getCell("F3").value = "many";
      sheet(wb, "Facilities").getCell("G4").value = 202107;
      sheet(wb, "Programme").getCell("B11").value = "maybe";
      sheet(wb, "Programme").getCell("B9").value = "8%";
      sheet(wb, "CentreSettings").getCell("E3").value = "ADMIN employees";
    });
    expect(problemLines(read)).toMatchInlineSnapshot(`
      [
        "Programme!B9: expected a number such as 0.08, got "8%"",
        "Programme!B11: expected Yes or No (or TRUE/FALSE), got "maybe"",
        "Facilities!F3: expected a whole number, got "many"",
        "Facilities!G4: expected a month YYYY-MM such as 2021-07, got 202107",
        "CostItems!H3: expected an amount in đồng (a whole number ≥ 0), got "1.234": one "." or "," before three digits reads as a thousands separator in Vietnamese and as a decimal point in English; type the digits alone, such as 1234",
        "CostItems!K3: expected a whole number, got 2.5",
        "CostItems!S5: expected a yearly growth rate such as 0.05, or index, got "fast"",
        "CostItems!H7: expected an amount in đồng (a whole number ≥ 0), got "abc"",
        "CostItems!G4: expected a funding source id (the shares of several sources go on the FundingShares sheet), or id:share; id:share such as state:0.6; own:0.4, got "budget:0,6; own:0.4"",
        "CentreSettings!E3: expected centre=base; centre=base such as IT=EMR workstations; ADMIN=employees, got "ADMIN employees"",
      ]
    `);
    expect(problemLines(read, "vi").filter((line) => line.startsWith("CostItems!H7"))).toMatchInlineSnapshot(`
      [
        "CostItems!H7: cần một số tiền theo đồng (số nguyên ≥ 0), nhận được "abc"",
      ]
    `);
  });

  it("names each empty required cell", async () => {
    const read = await readEdited((wb) => {
      sheet(wb, "Facilities").getCell("B4").value = null;
      sheet(wb, "CostItems").getCell("E5").value = "";
      sheet(wb, "Programme").getCell("B3").value = "   ";
      sheet(wb, "Usage").getCell("D3").value = null;
    });
    expect(problemLines(read)).toMatchInlineSnapshot(`
      [
        "Programme!B3: required: expected an id: letters, digits, '.', '_' or '-'",
        "Facilities!B4: required: expected text",
        "CostItems!E5: required: expected text",
        "Usage!D3: required: expected a number such as 0.08",
      ]
    `);
    expect(problemLines(read, "vi")[1]).toMatchInlineSnapshot(`"Facilities!B4: bắt buộc: cần văn bản"`);
  });

  it("refuses a formula typed into an input cell, even with a cached result", async () => {
    const read = await readEdited((wb) => {
      sheet(wb, "CostItems").getCell("H3").value = { formula: "SUM(H4:H7)", result: 5, date1904: false };
      sheet(wb, "Programme").getCell("B9").value = { formula: "Pricing!B6/100", date1904: false };
    });
    expect(problemLines(read)).toMatchInlineSnapshot(`
      [
        "Programme!B9: this input cell holds a formula (=Pricing!B6/100); expected a value",
        "CostItems!H3: this input cell holds a formula (=SUM(H4:H7)); expected a value",
      ]
    `);
    expect(problemLines(read, "vi")[1]).toMatchInlineSnapshot(`"CostItems!H3: ô nhập liệu này chứa công thức (=SUM(H4:H7)); cần nhập một giá trị"`);
  });

  it("names a missing sheet, a missing or unknown column and a missing field", async () => {
    const read = await readEdited((wb) => {
      wb.removeWorksheet(sheet(wb, "Pools").id);
      sheet(wb, "CostItems").getCell("H2").value = "costs";
      sheet(wb, "Savings").getCell("J2").value = "notes";
      sheet(wb, "Pricing").getCell("A5").value = "offset";
    });
    expect(problemLines(read)).toMatchInlineSnapshot(`
      [
        "Pools: the workbook has no sheet "Pools" (or "Hạng mục dùng chung"); add it back from a fresh template",
        "CostItems!H2: unknown column "costs"; the columns of this sheet are "Id", "Name", "Facility or pool", "Cost centre", "Category", "Nature", "Funding", "Cost", "Salvage", "In service", "Useful life", "Method", "DDB factor", "Year paid", "Prorate first year", "Amount per year", "First year", "Last year", "Escalation", "One-off amount", "One-off year", "Source", "Assumption"",
        "CostItems!2:2: the header row (row 2) lacks the column "Cost"; columns may be moved but not removed or renamed",
        "Savings!J2: unknown column "notes"; the columns of this sheet are "Id", "Facility", "Kind", "Name", "Amount per year", "First year", "Last year", "Source", "Assumption"",
        "Pricing!A5: unknown field "offset"; the fields of this sheet are "Cost basis", "Recovery years", "Net savings", "Exclude state budget", "Phase-in share", "Price step", "Rounding", "Cap at maximum", "Price year", "Source", "Assumption", "Price basis", "Phase-in years", "Recovered categories"",
        "Pricing!A:A: column A lacks the field "Net savings"; fields may be left empty but not removed",
      ]
    `);
  });

  it("names rows that refer to a facility, cost-centre settings or price list the sheets do not define", async () => {
    const read = await readEdited((wb) => {
      sheet(wb, "CentreSettings").getCell("A3").value = "H9";
      sheet(wb, "Services").getCell("A4").value = "NO-LIST";
      sheet(wb, "Usage").getRow(9).values = ["H1", "IT", "OPD", 1];
    });
    expect(problemLines(read)).toMatchInlineSnapshot(`
      [
        "CentreSettings!A3: no facility "H9" on the Facilities sheet",
        "CostCentres!A3: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "CostCentres!A4: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "CostCentres!A5: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "CostCentres!A6: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Usage!A3: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Usage!A4: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Usage!A5: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Usage!A6: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Usage!A7: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Usage!A9: no cost-centre settings of facility "H1" on the CentreSettings sheet",
        "Services!A4: no price list "NO-LIST" on the ServiceLists sheet",
      ]
    `);
  });

  it("names a usage given twice and a price-index year given twice", async () => {
    const read = await readEdited((wb) => {
      sheet(wb, "Usage").getRow(9).values = ["H1", "IT", "OPD", 1];
      sheet(wb, "PriceIndex").getRow(6).values = [2022, 104];
    });
    expect(problemLines(read)).toMatchInlineSnapshot(`
      [
        "PriceIndex!A6: the year 2022 already appears at PriceIndex!A4",
        "Usage!A9: the usage of "IT" by "OPD" already appears at Usage!A6",
      ]
    `);
  });

  it("says when the file is a zip archive cut short, without the zip library's words", async () => {
    const whole = await writeTemplate(undefined, { language: "en" });
    expect(problemLines(await readInputs(whole.subarray(0, 6000)))).toMatchInlineSnapshot(`
      [
        "workbook: the workbook's zip archive is damaged or cut short, so its parts cannot be read; expected the whole file as Excel saved it",
      ]
    `);
  });

  it("says when the file is not a workbook", async () => {
    expect(problemLines(await readInputs(Buffer.from("not a zip")))).toMatchInlineSnapshot(`
      [
        "workbook: the file is not an Excel workbook (.xlsx): it is not a zip archive, as every .xlsx file is (a CSV or an .xls renamed?); expected a workbook saved as .xlsx",
      ]
    `);
  });
});

describe("locating parseModel's problems", () => {
  it("maps an unknown facility id to the cell it was typed in", async () => {
    const read = await readEdited((wb) => {
      sheet(wb, "CostItems").getCell("C5").value = "PH99";
    });
    if (!read.ok) throw new Error("unreadable");
    const result = parseModel(read.document);
    expect(result.ok ? [] : result.problems.map((p) => `${read.locate(p.path)}: ${p.path}: ${p.message.en}`)).toMatchInlineSnapshot(`
      [
        "CostItems!C5: $.costItems[2].facility: unknown facility or pool "PH99"; expected one of "H1", "P1", "POOL"",
      ]
    `);
  });

  it("maps nested paths to their cell, or to the nearest enclosing row or sheet", async () => {
    const read = await readInputs(await filled());
    if (!read.ok) throw new Error("unreadable");
    const where = (path: string): string => read.locate(path);
    expect({
      field: where("$.costItems[4].facility"),
      share: where("$.costItems[0].funding[1].share"),
      index: where('$.programme.priceIndex["2022"]'),
      nested: where("$.programme.reported.byOwnership.public"),
      group: where("$.programme.target"),
      settings: where("$.facilities[0].costCentres.emrCentre"),
      centres: where("$.facilities[0].costCentres.centres"),
      centre: where("$.facilities[0].costCentres.centres[3].kind"),
      support: where("$.facilities[0].costCentres.usage.IT"),
      usage: where("$.facilities[0].costCentres.usage.IT.WARD"),
      unknownSupport: where("$.facilities[0].costCentres.usage.LAB"),
      order: where("$.facilities[0].costCentres.order[1]"),
      element: where("$.serviceLists[0].services[0].costElements.direct"),
      service: where("$.serviceLists[1].services[0]"),
      services: where("$.serviceLists[1].services"),
      override: where('$.scenarios[0].overrides["pricing.costBasis"]'),
      overrides: where("$.scenarios[1].overrides"),
      list: where("$.fundingSources"),
      root: where("$"),
    }).toMatchInlineSnapshot(`
      {
        "centre": "CostCentres!D6",
        "centres": "CentreSettings!A3",
        "element": "Services!O3",
        "field": "CostItems!C7",
        "group": "Programme!B13",
        "index": "PriceIndex!B4",
        "list": "FundingSources!A3",
        "nested": "Programme!B19",
        "order": "CentreSettings!C3",
        "override": "Scenarios!D4",
        "overrides": "Scenarios!C6",
        "root": "Programme!A1",
        "service": "Services!A5",
        "services": "ServiceLists!A4",
        "settings": "CentreSettings!D3",
        "share": "FundingShares!C4",
        "support": "Usage!A6",
        "unknownSupport": "CentreSettings!A3",
        "usage": "Usage!D7",
      }
    `);
  });
});

describe("values as Excel and people type them", () => {
  it("accepts a date in a month column, digit text for amounts, TRUE/FALSE words and numbers typed as ids", async () => {
    const document = documentOf(
      await readEdited((wb) => {
        // Excel turns a typed 2021-07 into 1 July 2021, formatted as a date. (exceljs shares
        // style objects between cells read from a file: give each cell a style of its own.)
        const facilities = sheet(wb, "Facilities");
        facilities.getCell("G3").value = new Date(Date.UTC(2021, 6, 1));
        facilities.getCell("G3").style = { ...facilities.getCell("G3").style, numFmt: "mmm-yy" };
        facilities.getCell("G4").value = new Date(Date.UTC(2022, 0, 15));
        facilities.getCell("G4").style = { ...facilities.getCell("G4").style, numFmt: "dd/mm/yyyy" };
        sheet(wb, "CostItems").getCell("H3").value = "1500000";
        sheet(wb, "CostItems").getCell("O3").value = "có";
        sheet(wb, "Programme").getCell("B11").value = "FALSE";
        sheet(wb, "Pricing").getCell("B5").value = "không";
        sheet(wb, "Pools").getCell("B3").value = 115;
      }),
    );
    const facilities = document["facilities"] as { goLive: string }[];
    expect(facilities.map((f) => f.goLive)).toEqual(["2021-07", "2022-01-15"]);
    expect((document["costItems"] as Record<string, unknown>[])[0]).toMatchObject({ cost: 1_500_000, prorateFirstYear: true });
    expect(document["programme"]).toMatchObject({ prorateFirstYear: false });
    expect(document["pricing"]).toMatchObject({ offsetSavings: false });
    expect((document["pools"] as Record<string, unknown>[])[0]).toMatchObject({ name: "115" });
  });

  it("reads Pricing's and Programme's drop-down words in either language, and the bare codes of earlier workbooks", async () => {
    // An English workbook (B3 cost basis, B9 rounding, B14 price basis; Programme!B10 language) with words of both languages and codes typed in.
    const document = documentOf(
      await readEdited((wb) => {
        const pricing = sheet(wb, "Pricing");
        pricing.getCell("B3").value = "chi phí tương đương HẰNG NĂM ";
        pricing.getCell("B9").value = "down";
        pricing.getCell("B14").value = "Theo hạng bệnh viện";
        sheet(wb, "Programme").getCell("B10").value = "Tiếng Việt";
      }),
    );
    expect(document["pricing"]).toMatchObject({ costBasis: "equivalent-annual-cost", rounding: "down", basis: "class" });
    expect(document["programme"]).toMatchObject({ language: "vi" });
    const codes = documentOf(
      await readEdited((wb) => {
        sheet(wb, "Pricing").getCell("B9").value = "Làm tròn lên";
        sheet(wb, "Pricing").getCell("B14").value = "facility";
        sheet(wb, "Programme").getCell("B10").value = "en";
      }),
    );
    expect(codes["pricing"]).toMatchObject({ rounding: "up", basis: "facility" });
    expect(codes["programme"]).toMatchObject({ language: "en" });
  });

  it("reads numbers typed as text with thousands separators where only one reading exists, trailing spaces included", async () => {
    const document = documentOf(
      await readEdited((wb) => {
        const items = sheet(wb, "CostItems");
        items.getCell("H3").value = "1.500.000 ";
        items.getCell("H4").value = "2,750,000";
        const services = sheet(wb, "Services");
        services.getCell("G3").value = "1 200 000";
        services.getCell("I4").value = " 2,5";
      }),
    );
    const items = document["costItems"] as Record<string, unknown>[];
    expect([items[0]?.["cost"], items[1]?.["cost"]]).toEqual([1_500_000, 2_750_000]);
    const lists = document["serviceLists"] as { services: Record<string, unknown>[] }[];
    expect(lists[0]?.services[0]).toMatchObject({ volume: 1_200_000 });
    expect(lists[0]?.services[1]).toMatchObject({ weight: 2.5 });
  });

  it("refuses an amount with one lone group, which the two conventions read differently, naming the cell in both languages", async () => {
    const read = await readEdited((wb) => {
      sheet(wb, "Services").getCell("J3").value = "37.000";
      sheet(wb, "Services").getCell("G3").value = "100,000";
    });
    expect(problemLines(read, "vi")).toMatchInlineSnapshot(`
      [
        "Services!G3: cần một số nguyên, nhận được "100,000": một dấu "." hoặc "," trước ba chữ số là dấu phân cách hàng nghìn trong tiếng Việt nhưng là dấu thập phân trong tiếng Anh; hãy chỉ gõ chữ số, ví dụ 1234",
        "Services!J3: cần một số tiền theo đồng (số nguyên ≥ 0), nhận được "37.000": một dấu "." hoặc "," trước ba chữ số là dấu phân cách hàng nghìn trong tiếng Việt nhưng là dấu thập phân trong tiếng Anh; hãy chỉ gõ chữ số, ví dụ 1234",
      ]
    `);
    expect(problemLines(read, "en")[0]).toMatchInlineSnapshot(
      `"Services!G3: expected a whole number, got "100,000": one "." or "," before three digits reads as a thousands separator in Vietnamese and as a decimal point in English; type the digits alone, such as 1234"`,
    );
  });

  it("reads a scenario value typed without JSON quotes as text, and numbers typed as numbers", async () => {
    const document = documentOf(
      await readEdited((wb) => {
        sheet(wb, "Scenarios").getCell("D4").value = "equivalent-annual-cost";
        sheet(wb, "Scenarios").getCell("D3").value = 0.05;
      }),
    );
    expect((document["scenarios"] as { overrides: unknown }[])[0]?.overrides).toEqual({
      "programme.discountRate": 0.05,
      "pricing.costBasis": "equivalent-annual-cost",
      "costItems[H1-SRV].usefulLife": 8,
    });
  });

  describe("edge cases", () => {
    it("takes the constant formulas =TRUE() and =FALSE(), which LibreOffice saves for booleans, as values", async () => {
      const document = documentOf(
        await readEdited((wb) => {
          sheet(wb, "Programme").getCell("B11").value = { formula: "FALSE()", result: false, date1904: false };
          sheet(wb, "CostItems").getCell("O3").value = { formula: "TRUE()", result: true, date1904: false };
        }),
      );
      expect(document["programme"]).toMatchObject({ prorateFirstYear: false });
      expect((document["costItems"] as Record<string, unknown>[])[0]).toMatchObject({ prorateFirstYear: true });
    });

    it("keeps a centre named __proto__ as an ordinary key", async () => {
      const document = documentOf(
        await readEdited((wb) => {
          sheet(wb, "Usage").getRow(9).values = ["H1", "__proto__", "OPD", 1];
        }),
      );
      const usage = (document["facilities"] as { costCentres?: { usage: Record<string, unknown> } }[])[0]?.costCentres?.usage;
      expect(Object.hasOwn(usage ?? {}, "__proto__")).toBe(true);
      expect(({} as Record<string, unknown>)["OPD"]).toBeUndefined();
    });

    it("refuses a scenario value that starts like JSON but is not", async () => {
      const read = await readEdited((wb) => {
        sheet(wb, "Scenarios").getCell("D3").value = '{"a": 1';
      });
      expect(problemLines(read)).toMatchInlineSnapshot(`
        [
          "Scenarios!D3: expected a value: a number, TRUE/FALSE, text or JSON, got "{\\"a\\": 1"",
        ]
      `);
    });
  });
});
