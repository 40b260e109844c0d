import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CATEGORIES, CATEGORY_LABELS } from "@costplan/core";
import { HEADER_ROW, PRICING, PROGRAMME, TABLES } from "../layout.js";
import { choiceCodeOf } from "../labels/match.js";
import { choiceListName, LISTED_CHOICES } from "./choice-lists.js";
import { choiceCodes } from "./choices.js";
import { headerOf } from "../labels/headers.js";
import { readInputs } from "./read-inputs.js";
import { bacNinh, load, parsed, SMALL, sheet } from "./test-fixtures.js";
import { addInputSheets, writeTemplate } from "./write-inputs.js";

const INPUT_SHEETS = [
  "Programme",
  "PriceIndex",
  "FundingSources",
  "Facilities",
  "Pools",
  "CostItems",
  "FundingShares",
  "Savings",
  "CentreSettings",
  "CostCentres",
  "Usage",
  "ServiceLists",
  "Services",
  "Pricing",
  "Scenarios",
  "Analysis",
];

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validationsOf = (ws: ExcelJS.Worksheet): Validations => (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
/** The cells a defined name covers on the Lists sheet (one column), as the drop-down offers them. */
function listed(wb: ExcelJS.Workbook, name: string): unknown[] {
  const range = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === name)?.ranges[0];
  const match = /^(\w+)!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range ?? "");
  if (match === null) throw new Error(`${name} names no column of cells: ${String(range)}`);
  const ws = sheet(wb, match[1]!);
  return Array.from({ length: Number(match[4]) - Number(match[3]) + 1 }, (_, i) => ws.getCell(`${match[2]!}${Number(match[3]) + i}`).value);
}
interface LoadedTable {
  readonly tableRef: string;
  readonly autoFilterRef: string;
  readonly headerRow: boolean;
  readonly columns: readonly { readonly name: string }[];
}
const tableOf = (ws: ExcelJS.Worksheet, name: string): LoadedTable =>
  (ws as unknown as { getTable: (name: string) => { table: LoadedTable } }).getTable(name).table;

describe("the blank template", () => {
  it("has a ReadMe first, then every input sheet in order", async () => {
    const wb = await load(await writeTemplate(undefined, { language: "en" }));
    // The drop-downs' hidden Lists sheet comes last.
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["ReadMe", ...INPUT_SHEETS, "Lists"]);
    expect(wb.worksheets.map((ws) => ws.state)).toEqual([...INPUT_SHEETS.map(() => "visible"), "visible", "hidden"]);
    const readMe = sheet(wb, "ReadMe");
    const text = readMe
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("whole đồng");
    expect(text).toContain("CostItems");
  });

  it("gives every table sheet a title, a header of short Vietnamese labels as an Excel Table with filters, frozen above row 3", async () => {
    const wb = await load(await writeTemplate(undefined, { language: "vi" }));
    expect(sheet(wb, "CostItems").name).toBe("Khoản chi phí");
    expect(sheet(wb, "CostItems").getCell("H2").value).toBe("Nguyên giá");
    for (const layout of Object.values(TABLES)) {
      const ws = sheet(wb, layout.name);
      const headers = layout.columns.map((c) => headerOf(layout.name, c.key).vi);
      expect(ws.getCell(1, 1).value).toBe(layout.title.vi);
      expect(layout.columns.map((_, i) => ws.getCell(HEADER_ROW, i + 1).value)).toEqual(headers);
      const table = tableOf(ws, layout.table);
      // One empty row keeps an empty table valid.
      expect(table.tableRef).toMatch(/^A2:[A-Z]+3$/);
      expect(table.autoFilterRef).toBe(table.tableRef);
      expect(table.headerRow).toBe(true);
      expect(table.columns.map((c) => c.name)).toEqual(headers);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
      // Each header cell explains its column in the chosen language.
      layout.columns.forEach((column, i) => {
        expect(ws.getCell(HEADER_ROW, i + 1).note).toBe(column.vi);
      });
    }
  });

  it("puts drop-downs of labels in the workbook's language on every column with a closed list or a reference, over 500 rows below the header", async () => {
    const wb = await load(await writeTemplate(undefined, { language: "en" }));
    const costItems = validationsOf(sheet(wb, "CostItems"));
    // Closed lists name their cells on the hidden Lists sheet, so core's labels keep their commas.
    expect(costItems["E3"]).toMatchObject({ type: "list", formulae: ["Choices_category"] });
    expect(listed(wb, "Choices_category")).toEqual(CATEGORIES.map((c) => CATEGORY_LABELS[c].en));
    expect(listed(wb, "Choices_category")).toContain("Infrastructure (servers, network, workstations)");
    expect(costItems["F503"]).toMatchObject({ type: "list", formulae: ["Choices_nature"] });
    expect(listed(await load(await writeTemplate(undefined, { language: "vi" })), "Choices_nature")).toEqual(["Tài sản", "Thường xuyên", "Một lần"]);
    expect(costItems["S3"]).toBeUndefined(); // escalation is a rate or "index": free text
    expect(costItems["O3"]?.formulae).toEqual(['"Yes,No"']); // a boolean offers yes and no
    expect(validationsOf(sheet(wb, "Facilities"))["E3"]?.formulae).toEqual(["Choices_class"]);
    expect(listed(wb, "Choices_class")).toEqual(["special", "I", "II", "III", "IV", "unclassified"]);
    for (const layout of Object.values(TABLES)) {
      const validations = validationsOf(sheet(wb, layout.name));
      layout.columns.forEach((column, i) => {
        const address = `${String.fromCharCode(65 + i)}${HEADER_ROW + 500}`;
        expect(validations[address]?.type, `${layout.name}!${address}`).toBe(
          column.refers === undefined && column.kind !== "boolean" && (column.choices === undefined || column.choices === "escalation") ? undefined : "list",
        );
      });
    }
  });

  it("lists every closed list's labels on the Lists sheet, each reading back to its code in the code's order, in both languages", async () => {
    const classes = ["I", "II", "hạng, đặc biệt"];
    const model = parsed({ ...SMALL, programme: { ...SMALL.programme, hospitalClasses: classes } });
    for (const language of ["vi", "en"] as const) {
      const wb = await load(await writeTemplate(model, { language }));
      expect(sheet(wb, "Lists").state).toBe("hidden");
      for (const list of LISTED_CHOICES) {
        const labels = listed(wb, choiceListName(list));
        const read = list === "class" ? labels : labels.map((label) => choiceCodeOf(list, String(label)));
        expect(read, `${list} ${language}`).toEqual(choiceCodes(list, classes));
      }
    }
  });

  it("lays out Programme and Pricing as field label, value and description, with a defined name per value", async () => {
    const wb = await load(await writeTemplate(undefined, { language: "vi" }));
    for (const layout of [PROGRAMME, PRICING]) {
      const ws = sheet(wb, layout.name);
      expect(ws.getCell(1, 1).value).toBe(layout.title.vi);
      layout.fields.forEach((field, i) => {
        expect(ws.getCell(3 + i, 1).value).toBe(headerOf(layout.name, field.key).vi);
        expect(ws.getCell(3 + i, 3).value).toBe(field.vi);
      });
    }
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.find((n) => n.name === "Programme_discountRate")?.ranges).toEqual(["'Chương trình'!$B$9"]);
    expect(names.find((n) => n.name === "Programme_target_units")?.ranges).toEqual(["'Chương trình'!$B$13"]);
  });

  it("shows Pricing's cost basis, rounding and price basis and Programme's language as words in the language, with a drop-down", async () => {
    const model = parsed({ ...SMALL, pricing: { ...SMALL.pricing, basis: "class" } });
    const cells = async (language: "vi" | "en"): Promise<unknown[]> => {
      const wb = await load(await writeTemplate(model, { language }));
      const row = (layout: typeof PRICING, key: string): number => HEADER_ROW + 1 + layout.fields.findIndex((f) => f.key === key);
      const pricing = sheet(wb, "Pricing");
      const programme = sheet(wb, "Programme");
      // exceljs types a cell's validation as always there; a cell without one reads back as undefined.
      const shown = (cell: ExcelJS.Cell): unknown[] => [cell.value, (cell.dataValidation as ExcelJS.DataValidation | undefined)?.formulae];
      return [
        ...["costBasis", "rounding", "basis"].map((key) => shown(pricing.getCell(row(PRICING, key), 2))),
        shown(programme.getCell(row(PROGRAMME, "language"), 2)),
      ];
    };
    expect(await cells("vi")).toEqual([
      ["Khấu hao", ["Choices_costBasis"]],
      ["Làm tròn về số chẵn", ["Choices_rounding"]],
      ["Theo hạng bệnh viện", ["Choices_priceBasis"]],
      ["Tiếng Anh", ["Choices_language"]],
    ]);
    expect(await cells("en")).toEqual([
      ["Depreciation", ["Choices_costBasis"]],
      ["Round half to even", ["Choices_rounding"]],
      ["By hospital class", ["Choices_priceBasis"]],
      ["English", ["Choices_language"]],
    ]);
  });

  it("reads back as every sheet present and the programme's required fields empty", async () => {
    const read = await readInputs(await writeTemplate(undefined, { language: "en" }));
    expect(read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message.en}`)).toMatchInlineSnapshot(`
      [
        "Programme!B3: required: expected an id: letters, digits, '.', '_' or '-'",
        "Programme!B4: required: expected text",
        "Programme!B5: required: expected text",
        "Programme!B6: required: expected a year such as 2021",
        "Programme!B7: required: expected a year such as 2021",
      ]
    `);
  });
});

describe("a template filled from a model", () => {
  it("styles inputs (light yellow, blue text), shows money in the currency's format and shares as percentages", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "en" }));
    const cost = sheet(wb, "CostItems").getCell("H3");
    expect(cost.value).toBe(900_000_000);
    expect(cost.numFmt).toBe('#,##0 "₫"');
    expect(cost.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(cost.font.color).toEqual({ argb: "FF0000FF" });
    expect(sheet(wb, "Programme").getCell("B9")).toMatchObject({ value: 0.08 });
    expect(sheet(wb, "Programme").getCell("B9").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet(wb, "Programme").getCell("B9").numFmt).toBe("0.0%");
    expect(sheet(wb, "Programme").getCell("B6").numFmt).toBe("0");
    const lists = sheet(wb, "ServiceLists");
    expect(lists.getRow(2).values).toContain("Coverage");
    lists.getRow(2).eachCell((cell, n) => {
      if (cell.value === "Coverage" || cell.value === "Insured share") expect(lists.getCell(3, n).numFmt).toBe("0.0%");
    });
    const usd = await load(await writeTemplate(parsed({ ...SMALL, programme: { ...SMALL.programme, currency: "USD" } }), { language: "en" }));
    // Inputs are minor units: cents keep a plain count rather than a dollar format a hundred times too large.
    expect(sheet(usd, "CostItems").getCell("H3").numFmt).toBe("#,##0");
  });

  it("offers the ids of the referred table as a drop-down in every reference column", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "vi" }));
    const validation = (name: string, address: string): unknown =>
      (sheet(wb, name) as unknown as { dataValidations: { find: (a: string) => unknown } }).dataValidations.find(address);
    // Each list is a defined name over the referred table's ids; reference-lists.test.ts resolves them.
    expect(validation("Savings", "B3")).toMatchObject({ type: "list", formulae: ["Ids_facilities"] });
    expect(validation("Services", "A3")).toMatchObject({ type: "list", formulae: ["Ids_serviceLists"] });
    expect(validation("Usage", "C3")).toMatchObject({ type: "list", formulae: ["Ids_centres"] });
    expect(validation("CostItems", "C3")).toMatchObject({ type: "list", formulae: ["Ids_facilityOrPool"] });
    expect(validation("CostItems", "G3")).toMatchObject({ type: "list", formulae: ["Ids_fundingSources"], errorStyle: "warning" });
  });

  it("prints each input sheet on A4, as many pages wide as keep it readable, with its title and header on every page", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "vi" }));
    const items = sheet(wb, "CostItems");
    expect(items.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToHeight: 0, printTitlesRow: "1:2" });
    // CostItems' columns are far wider than one landscape page holds at a readable scale (190 width units):
    // it prints across two or three pages, the id and name repeated on each.
    const printedWidth = (ws: typeof items): number =>
      Array.from({ length: TABLES.costItems.columns.length }, (_, i) => ws.getColumn(i + 1).width ?? 8.43).reduce((a, b) => a + b, 0);
    expect(printedWidth(items)).toBeGreaterThan(190);
    expect(items.pageSetup.fitToWidth).toBe(Math.min(3, Math.ceil(printedWidth(items) / 190)));
    expect(items.pageSetup.printTitlesColumn).toBe("A:B");
    // A narrow sheet stays one page wide and repeats no columns.
    expect(sheet(wb, "PriceIndex").pageSetup).toMatchObject({ orientation: "portrait", fitToWidth: 1 });
    expect(sheet(wb, "PriceIndex").pageSetup.printTitlesColumn).toBeUndefined();
    expect(items.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    // The print area is the table (title, header, records) and a key/value sheet's three columns, so no long text prints past the edge.
    expect(items.pageSetup.printArea).toBe(
      `A1:${items.getRow(2).getCell(TABLES.costItems.columns.length).address.replace(/\d+$/, "")}${2 + SMALL.costItems.length}`,
    );
    expect(sheet(wb, "Pricing").pageSetup.printArea).toBe(`A1:C${2 + PRICING.fields.length}`);
    // PriceIndex's two columns are narrower than its title: the print area runs on under the title, which it would otherwise cut.
    const index = sheet(wb, "PriceIndex");
    const [, last] = /^A1:([A-Z]+)\d+$/.exec(index.pageSetup.printArea ?? "") ?? [];
    const widths = Array.from({ length: (last ?? "A").charCodeAt(0) - 64 }, (_, i) => index.getColumn(i + 1).width ?? 8.43);
    expect(widths.length).toBeGreaterThan(TABLES.priceIndex.columns.length);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(TABLES.priceIndex.title.vi.length * 1.4);
  });

  it("writes lists, allocation bases and scenario values as text a person can edit", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "en" }));
    expect(sheet(wb, "Programme").getCell("B12").value).toBe("I; II");
    // A single source stays in the item's cell; shares go to FundingShares (funding-shares.test.ts).
    expect([3, 4, 5].map((row) => sheet(wb, "CostItems").getCell(`G${row}`).value)).toEqual([null, "own", null]);
    expect(sheet(wb, "CentreSettings").getRow(3).values).toEqual([
      undefined,
      "H1",
      "Step-down",
      "ADMIN; IT",
      "IT",
      "ADMIN=employees; IT=EMR workstations",
      undefined,
      "representative centres",
    ]);
    expect(sheet(wb, "Usage").getRow(7).values).toEqual([undefined, "H1", "IT", "WARD", 20.5]);
    expect(sheet(wb, "Scenarios").getRow(3).values).toEqual([undefined, "low-rate", "Discount at 5 %", "programme.discountRate", "0.05"]);
    expect(sheet(wb, "Scenarios").getRow(4).values).toEqual([undefined, "low-rate", undefined, "pricing.costBasis", '"equivalent-annual-cost"']);
    expect(sheet(wb, "Scenarios").getRow(6).values).toEqual([undefined, "nothing"]);
  });

  it("writes usage rows and bases in the order of the centres, whatever the key order of the model file (found by the determinism test)", async () => {
    const reversed = (record: object): Record<string, unknown> => Object.fromEntries(Object.entries(record).reverse());
    const model = parsed(SMALL);
    const turned = {
      ...model,
      facilities: model.facilities.map((f) =>
        f.costCentres === undefined
          ? f
          : {
              ...f,
              costCentres: {
                ...f.costCentres,
                bases: reversed(f.costCentres.bases ?? {}),
                usage: Object.fromEntries(
                  Object.entries(f.costCentres.usage)
                    .reverse()
                    .map(([s, uses]) => [s, reversed(uses)]),
                ),
              },
            },
      ),
    } as typeof model;
    expect(Buffer.from(await writeTemplate(turned, { language: "en" })).equals(Buffer.from(await writeTemplate(model, { language: "en" })))).toBe(true);
  });

  it("writes amounts beyond Excel's 15 digits as digit text, which reads back exactly", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "en" }));
    expect(sheet(wb, "CostItems").getCell("T7").value).toBe("1234567890123456");
  });

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const model = parsed({
      ...SMALL,
      facilities: [
        { ...SMALL.facilities[0]!, name: '=HYPERLINK("x")' },
        { ...SMALL.facilities[1]!, name: "+1", source: "-2", assumption: "@SUM(A1)" },
      ],
    });
    const bytes = await writeTemplate(model, { language: "en" });
    const ws = sheet(await load(bytes), "Facilities");
    for (const address of ["B3", "B4", "H4", "I4"]) {
      expect(ws.getCell(address).type, address).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).formula, address).toBeUndefined();
    }
    expect(ws.getCell("B3").value).toBe('=HYPERLINK("x")');
    expect(ws.getCell("B4").value).toBe("+1");
    const read = await readInputs(bytes);
    expect(read.ok && (read.document as { facilities: { name: string }[] }).facilities.map((f) => f.name)).toEqual(['=HYPERLINK("x")', "+1"]);
  });

  it("returns plain Uint8Array bytes, not a Node Buffer", async () => {
    const bytes = await writeTemplate(undefined, { language: "en" });
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
  });

  it("gives the same bytes for the same model", async () => {
    const model = parsed(SMALL);
    const first = await writeTemplate(model, { language: "vi" });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later: no clock in the file
    expect(await writeTemplate(model, { language: "vi" })).toEqual(first);
    expect(await writeTemplate(undefined, { language: "en" })).toEqual(await writeTemplate(undefined, { language: "en" }));
  });
});

describe("the input cells returned for live formulas", () => {
  it("are absolute addresses of each record's cells and each column's data range", () => {
    const model = bacNinh();
    const inputs = addInputSheets(new ExcelJS.Workbook(), model, "en");
    expect(inputs.programme["discountRate"]).toBe("Programme!$B$9");
    expect(inputs.programme["target.units"]).toBe("Programme!$B$13");
    expect(inputs.pricing["priceStep"]).toBe("Pricing!$B$8");
    expect(inputs.priceIndex.get(2021)).toBe("PriceIndex!$B$4");
    expect(inputs.costItems.get("PH01-INFRA")).toMatchObject({
      id: "CostItems!$A$3",
      cost: "CostItems!$H$3",
      inService: "CostItems!$J$3",
      funding: "CostItems!$G$3",
    });
    expect(inputs.costItems.get(model.costItems[327]!.id)?.["cost"]).toBe("CostItems!$H$330");
    expect(inputs.columns["CostItems"]?.["cost"]).toBe("CostItems!$H$3:$H$330");
    expect(inputs.columns["Facilities"]?.["id"]).toBe("Facilities!$A$3:$A$58");
    expect(inputs.facilities.get("PH01")?.["beds"]).toBe("Facilities!$F$3");
    const list = model.serviceLists[0]!;
    expect(inputs.serviceLists.get(list.id)?.["coverage"]).toBe("ServiceLists!$E$3");
    expect(inputs.services.get(`${list.id}/${list.services[0]!.code}`)?.["currentPrice"]).toBe("Services!$J$3");
  });

  it("cover one empty row per table when there is no model", () => {
    const inputs = addInputSheets(new ExcelJS.Workbook(), undefined, "en");
    expect(inputs.columns["CostItems"]?.["cost"]).toBe("CostItems!$H$3:$H$3");
    expect(inputs.costItems.size).toBe(0);
    expect(inputs.programme["id"]).toBe("Programme!$B$3");
  });
});
