import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { query } from "../testing/duckdb.js";
import { runCli } from "../testing/run-cli.js";
import type { Manifest } from "./manifest.js";

const root = mkdtempSync(join(tmpdir(), "costplan-out-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface PayersByYear {
  readonly payers: { readonly byYear: Record<string, { fund: number; patients: number }> };
  readonly prices: readonly unknown[];
  readonly pricing: { readonly years: readonly number[] };
}

const sumsByYear = async (from: string): Promise<Record<string, { fund: number; patients: number }>> => {
  const rows = await query(`SELECT year, sum(fund)::BIGINT AS fund, sum(patients)::BIGINT AS patients FROM ${from} GROUP BY year ORDER BY year`);
  return Object.fromEntries(rows.map((r) => [String(r["year"]), { fund: Number(r["fund"]), patients: Number(r["patients"]) }]));
};

describe("costplan run --out", () => {
  const dir = join(root, "bac-ninh");

  it("writes the Bac Ninh detail as CSV and Parquet that add up to the JSON's payers by year", async () => {
    const run = await runCli("run", "--json", "--out", dir, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`wrote ${dir} (manifest.json, CSV, Parquet)`);
    const result = JSON.parse(run.stdout) as PayersByYear & { detail: unknown };
    expect(result.detail).toEqual({ prices: "included", entries: 279, out: join(dir, "prices.parquet") });
    const expected = Object.fromEntries(Object.entries(result.payers.byYear).map(([y, p]) => [y, { fund: p.fund, patients: p.patients }]));
    expect(await sumsByYear(`'${join(dir, "prices.parquet")}'`)).toEqual(expected);
    // An ordinary reader's CSV sniffing, as a user would open it, gives the same sums.
    expect(await sumsByYear(`read_csv('${join(dir, "prices.csv")}')`)).toEqual(expected);

    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.tables.map((t) => t.name)).toEqual(["prices", "allocation_flows", "allocation_centres", "budget_items", "payers_facility_year"]);
    const prices = manifest.tables[0]!;
    expect(prices.rows).toBe(result.prices.length * result.pricing.years.length);
    expect(prices.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(["facility", "code", "year", "proposedPrice", "emrComponent", "emrCost", "fund", "patients"]),
    );
    expect(prices.columns.find((c) => c.name === "emrComponent")?.type).toBe("DECIMAL(18,6)");

    // Every file is named by the manifest and every named file is there, with the columns and rows it says.
    const named = manifest.tables.flatMap((t) => [t.files.csv, t.files.parquet]);
    expect(readdirSync(dir).sort()).toEqual([...named, "manifest.json"].sort());
    for (const table of manifest.tables) {
      for (const file of [table.files.parquet, table.files.csv]) {
        const from = file.endsWith(".csv") ? `read_csv('${join(dir, file)}')` : `'${join(dir, file)}'`;
        const described = await query(`DESCRIBE SELECT * FROM ${from}`);
        expect(
          described.map((d) => d["column_name"]),
          file,
        ).toEqual(table.columns.map((c) => c.name));
        if (file.endsWith(".parquet"))
          expect(
            described.map((d) => d["column_type"]),
            file,
          ).toEqual(table.columns.map((c) => c.type));
        expect(Number((await query(`SELECT count(*) AS n FROM ${from}`))[0]!["n"]), file).toBe(table.rows);
      }
    }
  });

  it("reads exact decimals and empty values back from Parquet as they are in the result", async () => {
    const run = JSON.parse((await runCli("run", "--json")).stdout) as {
      prices: { facility: string; code: string; class?: string; centre?: string; byYear: Record<string, { emrComponent: string }> }[];
    };
    const p = run.prices.find((e) => e.centre === undefined) ?? run.prices[0]!;
    const [row] = await query(
      `SELECT emrComponent::VARCHAR AS c, centre FROM '${join(dir, "prices.parquet")}' WHERE facility = '${p.facility}' AND code = '${p.code}' AND year = 2025`,
    );
    expect(Number(row!["c"])).toBe(Number(p.byYear["2025"]!.emrComponent));
    expect(row!["centre"]).toBe(p.centre ?? null);
  });

  it("writes the same bytes for the same model (CSV, Parquet and manifest)", async () => {
    const again = join(root, "again");
    expect((await runCli("run", "--out", again)).code).toBe(0);
    for (const file of readdirSync(dir)) expect(readFileSync(join(again, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
  });

  it("replaces an earlier output, and leaves nothing temporary beside it", async () => {
    expect((await runCli("run", "--out", dir, "--scenario", "phase-in-50")).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.about["scenario"]).toBe("phase-in-50");
    expect(readdirSync(root).filter((n) => n.startsWith("."))).toEqual([]);
  });

  describe("edge cases", () => {
    it("refuses a folder that holds other files, and deletes nothing", async () => {
      const mine = join(root, "mine");
      mkdirSync(mine);
      writeFileSync(join(mine, "notes.txt"), "keep me");
      const run = await runCli("run", "--out", mine, "--lang", "en");
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`${mine}: the folder exists and is not an earlier costplan output (no manifest.json); expected a new or empty folder`);
      expect(readdirSync(mine)).toEqual(["notes.txt"]);
    });

    it("names a folder it cannot create, with no stack trace", async () => {
      const run = await runCli("run", "--out", join(root, "no", "such", "parent", "out"), "--lang", "en");
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `${join(root, "no", "such", "parent", "out")}: cannot write the file: its folder does not exist or is not a folder; nothing was written`,
      );
      expect(existsSync(join(root, "no"))).toBe(false);
    });

    it("is a usage error without a folder or with another command", async () => {
      expect((await runCli("run", "--out")).code).toBe(2);
      expect((await runCli("validate", "--out", dir)).stderr).toContain("--out goes with run");
    });
  });
});
