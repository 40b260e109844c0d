import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "./testing/duckdb.js";
import { runCli } from "./testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-model-tables-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FORMATS = ["json", "csv", "parquet"] as const;
const generate = (format: string, out: string) =>
  runCli(
    "generate",
    "--facilities",
    "3",
    "--centres",
    "8",
    "--services",
    "30",
    "--years",
    "3",
    "--seed",
    "11",
    "--format",
    format,
    "--out",
    out,
    "--lang",
    "en",
  );

beforeAll(async () => {
  for (const format of FORMATS) expect((await generate(format, join(dir, format))).code).toBe(0);
}, 60_000);

/** The run's JSON summary without the model file's name, which differs between the three folders. */
async function figures(model: string): Promise<unknown> {
  const { code, stdout, stderr } = await runCli("run", model, "--json");
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  const summary = JSON.parse(stdout) as Record<string, unknown>;
  delete summary["model"];
  return summary;
}

describe("a model whose services, centres and usage are in table files", () => {
  it("gives the same figures from one JSON file, from CSV tables and from Parquet tables", async () => {
    const json = await figures(join(dir, "json", "model.json"));
    expect(await figures(join(dir, "csv", "model.json"))).toEqual(json);
    expect(await figures(join(dir, "parquet", "model.json"))).toEqual(json);
  }, 60_000);

  it("writes --out tables from Parquet inputs that add up to the JSON summary's payers by year, exactly", async () => {
    const out = join(dir, "out");
    const run = await runCli("run", join(dir, "parquet", "model.json"), "--json", "--out", out);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { payers: { byYear: Record<string, { fund: number; patients: number }> } };
    const rows = await query(
      `SELECT year, sum(fund)::BIGINT AS fund, sum(patients)::BIGINT AS patients FROM '${join(out, "prices.parquet")}' GROUP BY year ORDER BY year`,
    );
    const sums = Object.fromEntries(rows.map((r) => [String(r["year"]), { fund: Number(r["fund"]), patients: Number(r["patients"]) }]));
    expect(sums).toEqual(Object.fromEntries(Object.entries(summary.payers.byYear).map(([y, p]) => [y, { fund: p.fund, patients: p.patients }])));
    expect(Object.keys(sums).length).toBeGreaterThan(0);
  }, 60_000);

  it("keeps the model file small: each list and facility names the shared files", () => {
    const doc = JSON.parse(readFileSync(join(dir, "parquet", "model.json"), "utf8")) as {
      serviceLists: { services: unknown }[];
      facilities: { costCentres: { centres: unknown; usage: unknown } }[];
    };
    expect(doc.serviceLists.map((l) => l.services)).toEqual([{ file: "services.parquet" }, { file: "services.parquet" }, { file: "services.parquet" }]);
    expect(doc.facilities[0]!.costCentres).toMatchObject({ centres: { file: "centres.parquet" }, usage: { file: "usage.parquet" } });
  });
});

describe("edge cases: malformed tables are rejected with the file, row and column named", () => {
  /** A copy of one generated folder, to spoil. */
  const copy = (format: string, name: string): string => {
    const target = join(dir, name);
    cpSync(join(dir, format), target, { recursive: true });
    return target;
  };
  const spoilCsv = (file: string, line: number, edit: (fields: string[], header: string[]) => string[]): void => {
    const lines = readFileSync(file, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\n");
    lines[line - 1] = edit(lines[line - 1]!.split(","), lines[0]!.split(",")).join(",");
    writeFileSync(file, lines.join("\n"));
  };

  it("names the CSV line and column of a cell that is not an amount, in English and Vietnamese", async () => {
    const folder = copy("csv", "bad-cell");
    spoilCsv(join(folder, "services.csv"), 6, (f, h) => f.map((v, i) => (h[i] === "currentPrice" ? "12.5k" : v)));
    const en = await runCli("validate", join(folder, "model.json"), "--lang", "en");
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(
      /^services\.csv:6, column currentPrice: \$\.serviceLists\[0\]\.services\[4\]\.currentPrice: expected an amount of money.*got "12\.5k"$/,
    );
    const vi = await runCli("validate", join(folder, "model.json"), "--lang", "vi");
    expect(vi.stderr).toMatch(/^services\.csv:6, column currentPrice: .*: cần một số tiền.*nhận được "12\.5k"$/);
  });

  it("names the CSV line that has fewer fields than the header", async () => {
    const folder = copy("csv", "short-line");
    spoilCsv(join(folder, "centres.csv"), 4, (f) => f.slice(0, -1));
    const { code, stderr } = await runCli("validate", join(folder, "model.json"), "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`"centres.csv:4: the table cannot be read as CSV: expected 7 fields as in the header, found 6"`);
  });

  it("names a column the header lacks", async () => {
    const folder = copy("csv", "no-column");
    spoilCsv(join(folder, "usage.csv"), 1, (f) => f.map((v) => (v === "value" ? "amount" : v)));
    const { stderr } = await runCli("validate", join(folder, "model.json"), "--lang", "en");
    expect(stderr).toMatchInlineSnapshot(`"usage.csv:1: the table has no column "value"; its header needs support, centre, value"`);
  });

  it("names the Parquet row and column of a value of the wrong kind", async () => {
    const folder = copy("parquet", "bad-parquet");
    const file = join(folder, "services.parquet");
    // Row 3 of the file gets a text price: the column becomes VARCHAR.
    await query(
      `COPY (SELECT * EXCLUDE (rn) REPLACE (CASE WHEN rn = 3 THEN 'n/a' ELSE CAST(currentPrice AS VARCHAR) END AS currentPrice) FROM (SELECT *, ` +
        `row_number() OVER () AS rn FROM read_parquet('${join(dir, "parquet", "services.parquet")}'))) TO '${file}' (FORMAT parquet)`,
    );
    const { code, stderr } = await runCli("validate", join(folder, "model.json"), "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^services\.parquet:3, column currentPrice: \$\.serviceLists\[0\]\.services\[2\]\.currentPrice: expected an amount of money.*got "n\/a"$/,
    );
  });

  it("says a file that is not Parquet cannot be read, naming it", async () => {
    const folder = copy("parquet", "not-parquet");
    writeFileSync(join(folder, "usage.parquet"), "not a parquet file\n");
    const { code, stderr } = await runCli("validate", join(folder, "model.json"), "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^usage\.parquet: the table cannot be read as Parquet: /);
  });

  it("names a table file that does not exist at the place in the model that names it", async () => {
    const folder = copy("csv", "missing");
    rmSync(join(folder, "services.csv"));
    const { code, stderr } = await runCli("validate", join(folder, "model.json"), "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatch(/model\.json:\d+:\d+: \$\.serviceLists\[0\]\.services: the table cannot be read as CSV: no such file: services\.csv/);
  });

  it("names the place in the model of a table reference that names no CSV or Parquet file", async () => {
    const folder = copy("csv", "bad-reference");
    const file = join(folder, "model.json");
    const doc = JSON.parse(readFileSync(file, "utf8")) as { serviceLists: { services: unknown }[] };
    doc.serviceLists[1]!.services = { file: "services.xlsx" };
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const { code, stderr } = await runCli("validate", file, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatch(/model\.json:\d+:\d+: \$\.serviceLists\[1\]\.services: expected a list, or a table file as \{ "file": "NAME\.csv" \}/);
  });
});
