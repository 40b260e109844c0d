import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";
import { DETAIL_LIMIT, detailNote, EXCEL_SHEET_ROWS, WORKBOOK_LIMIT, workbookRefusal } from "./run-detail.js";

interface Json {
  readonly prices?: readonly unknown[];
  readonly payers: unknown;
  readonly detail: Record<string, unknown>;
}

/** The Bac Ninh model with each price list repeated `times` times (279 x times service entries), written into `dir`. */
function bacNinhRepeated(times: number, dir: string): string {
  const model = JSON.parse(readFileSync(fileURLToPath(new URL("../../../../examples/bac-ninh/model.json", import.meta.url)), "utf8")) as {
    serviceLists: { services: { code: string }[] }[];
  };
  for (const list of model.serviceLists)
    list.services = Array.from({ length: times }, (_, i) => list.services.map((s) => ({ ...s, code: `${s.code}-${i}` }))).flat();
  const file = join(dir, "big.json");
  writeFileSync(file, JSON.stringify(model));
  return file;
}

describe("run --json: the per-service detail", () => {
  it("carries prices for the Bac Ninh model (279 service entries) and says so", async () => {
    const r = JSON.parse((await runCli("run", "--json")).stdout) as Json;
    expect(r.prices).toHaveLength(279);
    expect(r.detail).toEqual({ prices: "included", entries: 279 });
  });

  it("leaves prices out with --no-detail, and keeps everything else", async () => {
    const full = JSON.parse((await runCli("run", "--json")).stdout) as Json;
    const run = await runCli("run", "--json", "--no-detail", "--lang", "en");
    expect(run.stderr).toBe("");
    const r = JSON.parse(run.stdout) as Json;
    expect(r.prices).toBeUndefined();
    expect(r.payers).toEqual(full.payers);
    expect(r.detail).toEqual({
      prices: "omitted",
      entries: 279,
      reason: "no-detail",
      limit: DETAIL_LIMIT,
      message: "left out by --no-detail; use --out DIR for CSV and Parquet tables",
    });
  });

  it("leaves prices out of a model with more than 20,000 service entries, and says where they are", async () => {
    const dir = mkdtempSync(join(tmpdir(), "costplan-detail-"));
    try {
      const file = bacNinhRepeated(72, dir); // 20,088 service entries
      const run = await runCli("run", file, "--json", "--lang", "en");
      expect(run.code).toBe(0);
      const r = JSON.parse(run.stdout) as Json;
      expect(r.prices).toBeUndefined();
      expect(r.detail).toMatchObject({ prices: "omitted", entries: 20_088, reason: "over-limit", limit: 20_000 });
      expect(run.stderr).toBe(
        "costplan: prices: the model has 20088 service entries, more than 20000; add --detail to include them; use --out DIR for CSV and Parquet tables",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("refuses a results workbook for a model past the workbook limit, writing no file, and points to --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "costplan-xlsx-limit-"));
    try {
      const file = bacNinhRepeated(108, dir); // 30,132 service entries
      const target = join(dir, "big.xlsx");
      const run = await runCli("run", file, "--xlsx", target, "--lang", "en");
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `${target}: the model has 30132 service entries, more than the 30000 a results workbook holds; no file was written; use --out DIR for the detail as CSV and Parquet tables`,
      );
      expect(existsSync(target)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("writes a workbook up to the limit", () => {
    expect(workbookRefusal(WORKBOOK_LIMIT, "en")).toBeUndefined();
    expect(workbookRefusal(WORKBOOK_LIMIT + 1, "vi")).toMatch(/^mô hình có 30001 dịch vụ theo cơ sở, quá 30000/);
  });

  it("says past Excel's 1,048,576 rows a sheet could not hold the detail at all, and points to --out", () => {
    expect(workbookRefusal(EXCEL_SHEET_ROWS, "en")).toMatch(/more than the 30000 a results workbook holds/);
    expect(workbookRefusal(EXCEL_SHEET_ROWS + 1, "en")).toMatchInlineSnapshot(
      `"the model has 1048577 service entries, more than the 1048576 rows of an Excel sheet; no file was written; use --out DIR for the detail as CSV and Parquet tables"`,
    );
    expect(workbookRefusal(EXCEL_SHEET_ROWS + 1, "vi")).toMatch(/quá 1048576 dòng của một trang tính Excel; .*--out/);
  });

  it("decides by --detail, --no-detail or the model's size", () => {
    expect(detailNote("auto", DETAIL_LIMIT, undefined, "en").prices).toBe("included");
    expect(detailNote("auto", DETAIL_LIMIT + 1, undefined, "en").prices).toBe("omitted");
    expect(detailNote("always", 1_000_000, undefined, "en")).toEqual({ prices: "included", entries: 1_000_000 });
    expect(detailNote("never", 1, "out", "en")).toMatchObject({ prices: "omitted", reason: "no-detail", out: join("out", "prices.parquet") });
    expect(detailNote("auto", 30_000, "out", "vi")).toEqual({
      prices: "omitted",
      entries: 30_000,
      reason: "over-limit",
      limit: 20_000,
      out: join("out", "prices.parquet"),
      message: `mô hình có 30000 dịch vụ theo cơ sở, quá 20000; thêm --detail để đưa vào; đã ghi ra ${join("out", "prices.parquet")}`,
    });
  });

  describe("edge cases", () => {
    it("is a usage error to give both, or either without run --json", async () => {
      expect((await runCli("run", "--json", "--detail", "--no-detail")).stderr).toContain("--detail and --no-detail exclude each other");
      // --detail alone shows every table of the text report; --no-detail concerns only the JSON.
      expect((await runCli("run", "--no-detail")).code).toBe(2);
      expect((await runCli("validate", "--detail")).code).toBe(2);
      expect((await runCli("validate", "--no-detail")).code).toBe(2);
    });
  });
});
