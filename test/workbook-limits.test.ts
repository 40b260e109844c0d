import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-wblimits-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("workbook limits at the command line", () => {
  it("names the file and the limit when a workbook is over the size limit, without reading it", async () => {
    const path = join(dir, "huge.xlsx");
    writeFileSync(path, "");
    truncateSync(path, 65 * 1024 * 1024);
    const r = await runCli("validate", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${path}: the workbook is larger than the limit of 64 MiB; expected a smaller .xlsx file (large tables go in CSV or Parquet files)`);
  });

  it("names the file when the workbook as a whole is refused (a zip bomb)", async () => {
    const { zipOf } = await import("../packages/xlsx/src/package/testing-zip.js");
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, zipOf([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(50_000_000) }]));
    const r = await runCli("run", path, "--json");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^${path.replaceAll(".", "\\.")}: the workbook expands to more than 16 MiB \\(at "xl/worksheets/sheet1\\.xml"\\)`));
  });

  it("names the file on every line when a workbook lacks costplan's sheets, in both languages", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    for (const name of ["Sheet1", "Sheet2", "Sheet3"]) wb.addWorksheet(name).getCell("A1").value = 1;
    const path = join(dir, "not-a-template.xlsx");
    await wb.xlsx.writeFile(path);
    for (const [lang, missing] of [
      ["en", 'Programme: the workbook has no sheet "Programme"'],
      ["vi", 'Programme: sổ tính thiếu trang "Chương trình"'],
    ] as const) {
      const r = await runCli("validate", path, "--lang", lang);
      expect(r.code).toBe(1);
      const lines = r.stderr.split("\n");
      expect(lines.length).toBeGreaterThan(3);
      expect(lines.every((line) => line.startsWith(`${path}: `))).toBe(true);
      expect(lines[0]).toContain(`${path}: ${missing}`);
    }
  });
});
