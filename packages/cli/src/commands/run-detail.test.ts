import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";
import { DETAIL_LIMIT, detailNote, EXCEL_SHEET_ROWS, WORKBOOK_MEMORY, workbookRefusal } from "./run-detail.js";

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

  it("writes a streamed results workbook for a model past 20,000 service entries, with every entry's row on the Prices sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "costplan-xlsx-stream-"));
    try {
      const file = bacNinhRepeated(72, dir); // 20,088 service entries
      const target = join(dir, "big.xlsx");
      const run = await runCli("run", file, "--xlsx", target, "--lang", "en");
      expect(run.stderr).toBe(`wrote ${target}`);
      expect(run.code).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(target));
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      // The streaming writer numbers the sheet parts in tab order.
      const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      const prices = await zip.file(`xl/worksheets/sheet${names.indexOf("Prices") + 1}.xml`)!.async("string");
      // Title, headings, one row per entry, then the payers' table: its last year's row.
      expect(prices).toContain('<row r="20090"');
      expect(Object.keys(zip.files).filter((n) => /^xl\/(tables|charts)\//.test(n)).length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("writes a workbook while it fits the memory this process may use, and says how much it would need past that", () => {
    const entries = 112_000;
    const needed = WORKBOOK_MEMORY.baseBytes + entries * WORKBOOK_MEMORY.bytesPerEntry;
    expect(workbookRefusal(entries, "en", needed)).toBeUndefined();
    expect(workbookRefusal(entries, "en", 2 ** 30)).toMatchInlineSnapshot(
      `"the model has 112000 service entries; its results workbook needs about 3.9 GB of memory, more than the 1.0 GB this process may use; no file was written; give Node more where the machine has it (NODE_OPTIONS=--max-old-space-size=5120), or use --out DIR for the detail as CSV and Parquet tables"`,
    );
    expect(workbookRefusal(entries, "vi", 2 ** 30)).toMatch(/^mô hình có 112000 dịch vụ theo cơ sở; sổ tính kết quả cần khoảng .* GB bộ nhớ, quá 1\.0 GB/);
  });

  it("says past Excel's 1,048,576 rows a sheet could not hold the detail at all, and points to --out", () => {
    expect(workbookRefusal(EXCEL_SHEET_ROWS, "en", 2 ** 50)).toBeUndefined();
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
