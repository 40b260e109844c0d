import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvField, writeCsv } from "./csv.js";

describe("CSV", () => {
  it.each([
    ["KB", "KB"],
    ["Khám, bệnh", '"Khám, bệnh"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    ["", '""'],
    [null, ""],
    [-3, "-3"],
    [0.9, "0.9"],
    [true, "true"],
    ["1317.574206", "1317.574206"],
  ] as const)("writes %j as %j", (cell, text) => {
    expect(csvField(cell)).toBe(text);
  });

  it("streams a header and rows after a UTF-8 byte order mark, and counts the rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "costplan-csv-"));
    try {
      const file = join(dir, "t.csv");
      const rows = function* () {
        for (let i = 0; i < 50_000; i += 1) yield [`S${i}`, i] as const;
      };
      const columns = [
        { name: "code", type: "VARCHAR", description: "" },
        { name: "n", type: "BIGINT", description: "" },
      ] as const;
      expect(await writeCsv(file, columns, rows())).toBe(50_000);
      const text = readFileSync(file, "utf8");
      expect(text.startsWith("\uFEFFcode,n\nS0,0\nS1,1\n")).toBe(true);
      expect(text.endsWith("S49999,49999\n")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("edge cases", () => {
    it("refuses a row with the wrong number of cells", async () => {
      const dir = mkdtempSync(join(tmpdir(), "costplan-csv-"));
      try {
        await expect(writeCsv(join(dir, "t.csv"), [{ name: "a", type: "VARCHAR", description: "" }], [["x", "y"]])).rejects.toThrow("has 2 cells, expected 1");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
