import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { HEADER_ROW, PROGRAMME, resultSheetName, TABLES } from "@costplan/xlsx";
import { runCli } from "./testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-cli-xlsx-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cli = runCli;
// The template writes the layout's columns and fields in order (headers and tabs in the workbook's language).
const itemColumn = (key: string): number => TABLES.costItems.columns.findIndex((c) => c.key === key) + 1;
const programmeRow = (key: string): number => HEADER_ROW + 1 + PROGRAMME.fields.findIndex((f) => f.key === key);

describe("workbooks on the command line", () => {
  it("run --xlsx writes the model-and-results workbook, the same bytes every time, and reads it back", async () => {
    const a = join(dir, "a.xlsx");
    const b = join(dir, "b.xlsx");
    expect((await cli("run", "--xlsx", a, "--lang", "en")).code).toBe(0);
    expect((await cli("run", "--xlsx", b, "--lang", "en")).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const back = await cli("run", a, "--json");
    expect(back.code).toBe(0);
    expect((JSON.parse(back.stdout) as { summary: { totalCost: number } }).summary.totalCost).toBe(292_600_000_000);
  }, 120_000);

  it("run --xlsx --scenario eac labels the applied scenario on ScenarioResults, never (base)", async () => {
    const file = join(dir, "eac.xlsx");
    expect((await cli("run", "--xlsx", file, "--scenario", "eac", "--lang", "en")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(resultSheetName("scenarios", "en"))!;
    const labels = Array.from({ length: ws.rowCount - 2 }, (_, k) => ws.getCell(3 + k, 1).value);
    expect(labels[0]).toBe("(base)");
    expect(labels).toContain("eac (applied: the other sheets show it)");
    const applied = 3 + labels.indexOf("eac (applied: the other sheets show it)");
    const json = JSON.parse((await cli("run", "--scenario", "eac", "--json")).stdout) as { summary: { presentValue: number } };
    expect(ws.getCell(applied, 5).value).toBe(json.summary.presentValue);
    // eac prices capital at its equivalent annual cost: the fund's share moves, the budget does not.
    expect(ws.getCell(applied, 6).value).not.toBe(ws.getCell(3, 6).value);
  }, 120_000);

  it("template writes a workbook filled from a model that runs to the same result", async () => {
    const t = join(dir, "filled.xlsx");
    expect((await cli("template", t, "examples/bac-ninh/model.json", "--lang", "vi")).code).toBe(0);
    const fromJson = JSON.parse((await cli("run", "--json")).stdout) as Record<string, unknown>;
    const fromXlsx = JSON.parse((await cli("run", t, "--json")).stdout) as Record<string, unknown> & { assumptions: { reason: unknown }[] };
    // A cell holds one text: the Vietnamese template keeps the Vietnamese of each two-language assumption and citation.
    const vi = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(vi);
      if (typeof value !== "object" || value === null) return value;
      const keys = Object.keys(value).sort().join();
      if (keys === "en,vi") return (value as { vi: string }).vi;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vi(v)]));
    };
    expect(fromXlsx.assumptions.every((a) => typeof a.reason === "string")).toBe(true);
    expect({ ...fromXlsx, model: null }).toEqual({ ...(vi(fromJson) as Record<string, unknown>), model: null });
  });

  it("validate names the file, then the sheet and cell, of each problem in a filled template", async () => {
    const t = join(dir, "broken.xlsx");
    expect((await cli("template", t, "test/fixtures/models/small.json")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(t);
    const items = wb.getWorksheet("CostItems")!;
    const costColumn = itemColumn("cost");
    expect(items.getCell(2, costColumn).value).toBe("Cost");
    items.getCell(3, costColumn).value = "abc";
    await wb.xlsx.writeFile(t);
    const typed = await cli("validate", t, "--lang", "en");
    expect(typed.code).toBe(1);
    expect(typed.stderr).toBe(`${t}: CostItems!${items.getCell(3, costColumn).address}: expected an amount in đồng (a whole number ≥ 0), got "abc"`);

    // Once every cell holds a value of the right kind, the model's own checks name cells too.
    items.getCell(3, costColumn).value = 900_000_000;
    wb.getWorksheet("Facilities")!.getCell(4, 1).value = "H1";
    await wb.xlsx.writeFile(t);
    const { code, stderr } = await cli("validate", t, "--lang", "en");
    expect(code).toBe(1);
    // Renaming the second facility also leaves its cost items pointing at an id no longer defined.
    expect(stderr.split("\n")).toContainEqual(expect.stringMatching(/^.*broken\.xlsx: Facilities!A4: duplicate id "H1": it is already used at Facilities!A3;/));
    expect(stderr.split("\n").every((line) => line.startsWith(`${t}: `))).toBe(true);
  });

  it("validate --lang vi reports a type error, a value error and an unknown reference in one run, each at its cell", async () => {
    const t = join(dir, "three.xlsx");
    expect((await cli("template", t, "test/fixtures/models/small.json", "--lang", "vi")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(t);
    // A Vietnamese template: its tabs and headers are in Vietnamese.
    const items = wb.getWorksheet("Khoản chi phí")!;
    const column = itemColumn;
    expect(items.getCell(2, column("cost")).value).toBe("Nguyên giá");
    items.getCell(3, column("cost")).value = "abc";
    items.getCell(3, column("facility")).value = "PH99";
    const programme = wb.getWorksheet("Chương trình")!;
    const rateRow = programmeRow("discountRate");
    expect(programme.getCell(rateRow, 1).value).toBe("Tỷ lệ chiết khấu");
    programme.getCell(rateRow, 2).value = 20;
    await wb.xlsx.writeFile(t);
    const { code, stderr } = await cli("validate", t, "--lang", "vi");
    expect(code).toBe(1);
    const lines = stderr.split("\n");
    expect(lines).toHaveLength(3);
    expect(
      lines.some((l) => l.startsWith(`${t}: 'Khoản chi phí'!${items.getCell(3, column("cost")).address}: cần một số tiền`) && l.endsWith('nhận được "abc"')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith(`${t}: 'Khoản chi phí'!${items.getCell(3, column("facility")).address}: không có cơ sở`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${t}: 'Chương trình'!B${rateRow}: cần một tỷ lệ`))).toBe(true);
    expect(stderr).not.toMatch(/\$\.|and \d+ more/);
  });

  it("refuses a bad --xlsx target without leaving a half-written file", async () => {
    const target = join(dir, "no-such-folder", "out.xlsx");
    const { code, stderr } = await cli("run", "--xlsx", target, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toContain("cannot write the file");
    expect(existsSync(target)).toBe(false);
    expect((await cli("run", "--xlsx", "out.csv")).code).toBe(2);
    expect((await cli("template")).code).toBe(2);
    // It builds the whole Bac Ninh workbook before the rename fails: seconds on a busy machine.
  }, 30_000);

  it("writes text that looks like a formula as text", async () => {
    const model = JSON.parse(readFileSync("test/fixtures/models/small.json", "utf8")) as { facilities: { name: string }[] };
    model.facilities[0]!.name = '=HYPERLINK("http://x")';
    const file = join(dir, "inject.json");
    writeFileSync(file, JSON.stringify(model));
    const out = join(dir, "inject.xlsx");
    expect((await cli("run", file, "--xlsx", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let found = false;
    wb.getWorksheet("Facilities")!.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.startsWith("=HYPERLINK")) found = true;
        expect(typeof cell.value === "object" && cell.value !== null && "formula" in cell.value).toBe(false);
      });
    });
    expect(found).toBe(true);
  });
});
