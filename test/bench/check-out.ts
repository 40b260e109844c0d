/**
 * `npx tsx test/bench/check-out.ts SUMMARY.json OUT_DIR`: reads the `--out` price table with
 * DuckDB and checks that its fund and patient shares add up, year by year, to the payers in the
 * `--json` summary of the same run, exactly (whole minor units). Exit 0 when they do. For the
 * national run, which CI does not run; `packages/cli/src/model-tables.test.ts` checks the same on a
 * small generated model.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

const [summaryFile, outDir] = process.argv.slice(2);
if (summaryFile === undefined || outDir === undefined) {
  process.stderr.write("usage: tsx test/bench/check-out.ts SUMMARY.json OUT_DIR\n");
  process.exit(2);
}
const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as { payers: { byYear: Record<string, { fund: number; patients: number }> } };
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const t0 = performance.now();
const rows = (
  await connection.runAndReadAll(
    `SELECT year, sum(fund)::BIGINT AS fund, sum(patients)::BIGINT AS patients, count(*) AS n FROM '${join(outDir, "prices.parquet")}' GROUP BY ` +
      `year ORDER BY year`,
  )
).getRowObjectsJson() as Record<string, string | number>[];
let ok = Object.keys(summary.payers.byYear).length === rows.length;
for (const r of rows) {
  const year = String(r["year"]);
  const want = summary.payers.byYear[year];
  const same = want !== undefined && Number(r["fund"]) === want.fund && Number(r["patients"]) === want.patients;
  ok &&= same;
  process.stdout.write(
    `${year}: ${String(r["n"])} rows, fund ${String(r["fund"])} (JSON ${String(want?.fund)}), patients ${String(r["patients"])} (JSON ` +
      `${String(want?.patients)}) ${same ? "equal" : "DIFFERENT"}\n`,
  );
}
process.stdout.write(
  `${ok ? "the --out tables add up to the JSON summary exactly" : "the --out tables do NOT add up to the JSON summary"} ` +
    `(${Math.round(performance.now() - t0)} ms)\n`,
);
connection.closeSync();
instance.closeSync();
process.exit(ok ? 0 : 1);
