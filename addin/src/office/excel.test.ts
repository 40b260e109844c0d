import { modelTextsIn, parseModel, runModel } from "@costplan/core";
import { INPUT_SHEET_NAMES, inputGrids, RESULT_SHEET_NAMES } from "@costplan/xlsx";
import { OfficeMockObject } from "office-addin-mock";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { fakeExcel, gridOf } from "../testing/fake-excel.js";
import { modelFromSheets } from "../taskpane/model-from-sheets.js";
import { OUTPUT_SHEETS, outputSheets } from "../taskpane/results.js";
import { createInputSheets, readSheets, selectCell, writeResults } from "./excel.js";

const g = globalThis as { Excel?: unknown };
afterEach(() => {
  delete g.Excel;
});

const bacNinh = () => {
  const parsed = parseModel(JSON.parse(readFileSync(new URL("../../../examples/bac-ninh/model.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error("Bac Ninh does not parse");
  return parsed.model;
};

describe("the input sheets, through Office.js", () => {
  it("are created in the template's layout and language, found by their Vietnamese names, read back and validated to the same model", async () => {
    const { Excel, state } = fakeExcel();
    g.Excel = Excel;
    const model = bacNinh();
    const grids = inputGrids(model, "vi");
    expect(await createInputSheets(grids, INPUT_SHEET_NAMES)).toEqual({ ok: true, created: 16 });
    expect(state.sheets.map((s) => s.name)).toEqual(grids.map((grid) => grid.name));
    expect(state.sheets.map((s) => s.name)).toContain("Khoản chi phí");
    expect(state.syncs).toBe(2); // one to list the sheets, one to write all of them
    const read = modelFromSheets(await readSheets(INPUT_SHEET_NAMES), "en");
    if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
    // The sheets hold one text per cell: the Vietnamese of each two-language assumption.
    const { $schema: _, ...expected } = modelTextsIn(model, "vi") as typeof model & { $schema?: string };
    expect(read.model).toEqual(expected);
  });

  it("are never written over: creating them again changes nothing and names the sheets", async () => {
    const { Excel, state } = fakeExcel();
    g.Excel = Excel;
    await createInputSheets(inputGrids(undefined, "en"));
    state.sheets.find((s) => s.name === "Programme")!.cells.set("2,1", "MY-PROGRAMME");
    const again = await createInputSheets(inputGrids(undefined, "en"));
    expect(again.ok).toBe(false);
    expect(again.ok ? [] : again.existing).toEqual(inputGrids(undefined, "en").map((grid) => grid.name));
    expect(state.sheets.find((s) => s.name === "Programme")!.cells.get("2,1")).toBe("MY-PROGRAMME");
  });

  it("are not created a second time in the other language, which would leave two copies of each", async () => {
    const { Excel, state } = fakeExcel();
    g.Excel = Excel;
    await createInputSheets(inputGrids(undefined, "en"), INPUT_SHEET_NAMES);
    const count = state.sheets.length;
    const vi = await createInputSheets(inputGrids(undefined, "vi"), INPUT_SHEET_NAMES);
    expect(vi.ok ? [] : vi.existing).toHaveLength(16);
    expect(vi.ok ? [] : vi.existing).toContain("CostItems");
    expect(state.sheets).toHaveLength(count);
  });

  it("report a wrong cell by its address on the tab the workbook has, and selecting it activates its sheet", async () => {
    for (const [language, tab, header, where] of [
      ["en", "CostItems", "Cost", "CostItems!H3"],
      ["vi", "Khoản chi phí", "Nguyên giá", "'Khoản chi phí'!H3"],
    ] as const) {
      const { Excel, state } = fakeExcel();
      g.Excel = Excel;
      await createInputSheets(inputGrids(bacNinh(), language));
      const items = state.sheets.find((s) => s.name === tab)!;
      items.cells.set(`2,${gridOf(items)[1]!.indexOf(header)}`, "abc");
      const read = modelFromSheets(await readSheets(INPUT_SHEET_NAMES), "vi");
      expect(read.ok).toBe(false);
      const first = read.ok ? undefined : read.problems[0]!;
      expect(first?.where).toBe(where);
      expect(first?.message).toMatch(/^cần/);
      await selectCell(first!.where);
      expect([state.active, state.selected]).toEqual([tab, `${tab}!H3`]);
    }
  });
});

describe("reading sheets with office-addin-mock", () => {
  it("loads isNullObject, values and the used range's position before reading them, and pads to A1", async () => {
    const used = { values: [["x", 1]], rowIndex: 1, columnIndex: 2 };
    // office-addin-mock types its data as a class but takes any object literal, as its docs show.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see above
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            present: { isNullObject: false, getUsedRange: () => mock.context.workbook.worksheets.range },
            range: used,
            absent: { isNullObject: true },
            getItemOrNullObject: (name: string) => (name === "Programme" ? mock.context.workbook.worksheets.present : mock.context.workbook.worksheets.absent),
          },
        },
      },
      run: async (callback: (context: unknown) => Promise<unknown>) => callback(mock.context),
    }) as unknown as { context: { workbook: { worksheets: { present: unknown; range: unknown; absent: unknown } } } };
    g.Excel = mock;
    const values = await readSheets(["Programme", "Missing"]);
    expect([...values.keys()]).toEqual(["Programme"]);
    expect(values.get("Programme")).toEqual([[], ["", "", "x", 1]]);
  });
});

describe("the result sheets", () => {
  it("are written with native charts, and a re-run replaces only the add-in's own sheets", async () => {
    const { Excel, state } = fakeExcel();
    g.Excel = Excel;
    const model = bacNinh();
    await createInputSheets(inputGrids(model, "en"));
    const before = state.sheets.filter((s) => INPUT_SHEET_NAMES.includes(s.name)).map((s) => [s.name, gridOf(s)]);
    const outputs = outputSheets(runModel(model), "en");
    await writeResults(outputs);
    expect(state.sheets.map((s) => s.name).filter((n) => n.startsWith("CP "))).toEqual([...OUTPUT_SHEETS]);
    const budget = state.sheets.find((s) => s.name === "CP Budget")!;
    const grid = gridOf(budget);
    expect(grid[0]![0]).toBe("Year");
    const total = grid.slice(1).reduce((sum, row) => sum + (row[row.length - 1] as number), 0);
    expect(total).toBe(292_600_000_000);
    expect(budget.charts.map((c) => [c.type, c.source.rows])).toEqual([["ColumnStacked", grid.length]]);
    expect(state.sheets.find((s) => s.name === "CP Prices")!.charts[0]!.type).toBe("BarClustered");

    const syncs = state.syncs;
    await writeResults(outputSheets(runModel(model), "vi"));
    expect(state.syncs - syncs).toBe(2);
    expect(state.sheets.filter((s) => s.name === "CP Budget")).toHaveLength(1);
    expect(gridOf(state.sheets.find((s) => s.name === "CP Budget")!)[0]![0]).toBe("Năm");
    expect(state.sheets.filter((s) => INPUT_SHEET_NAMES.includes(s.name)).map((s) => [s.name, gridOf(s)])).toEqual(before);
  });

  it("show each assumption in the pane's language, and never take a tab name of the results workbook", () => {
    const result = runModel(bacNinh());
    const audit = (lang: "en" | "vi") =>
      outputSheets(result, lang)
        .find((s) => s.name === "CP Audit")!
        .values.slice(1);
    const programme = result.assumptions.find((a) => a.path === "$.programme")!.reason;
    expect(typeof programme).toBe("object");
    expect(audit("vi")[0]![2]).toBe((programme as { vi: string }).vi);
    expect(audit("en")[0]![2]).toBe((programme as { en: string }).en);
    expect(audit("vi").every((row) => typeof row[2] === "string")).toBe(true);
    // The add-in rewrites its own sheets on every run: a result sheet written by costplan run --xlsx must never be one of them.
    const workbookTabs = Object.values(RESULT_SHEET_NAMES).flatMap((names) => Object.values(names));
    expect(OUTPUT_SHEETS.filter((name) => workbookTabs.includes(name))).toEqual([]);
  });
});
