import type { BenchReport, Measured } from "./report-types.js";

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const one = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function wall(m: Measured | undefined): string {
  if (m === undefined) return "skipped";
  if (!("ms" in m)) return m.status === "timed out" ? `timed out (${m.timeoutS} s)` : `failed: ${m.message}`;
  return m.ms >= 10_000 ? `${one.format(m.ms / 1000)} s` : `${one.format(m.ms)} ms`;
}

function rss(m: Measured | undefined): string {
  return m !== undefined && "ms" in m && typeof m.rssMB === "number" ? `${int.format(m.rssMB)} MB` : "";
}

/** Prints the benchmark as a table a reader takes in at once. */
export function printReport(r: BenchReport): void {
  const rows: [string, string, string, string][] = [];
  for (const [size, s] of Object.entries(r.sizes)) {
    const label = `${size} (${int.format(s.services)} services)`;
    rows.push([label, "validate: parseModel, in process", wall(s.validate), rss(s.validate)]);
    rows.push([label, "full run: runPipeline, in process", wall(s.run), rss(s.run)]);
    rows.push([label, "costplan validate MODEL (CLI)", wall(s.cliValidate), rss(s.cliValidate)]);
    rows.push([label, "costplan run MODEL --json --threads 1 (CLI)", wall(s.cliRun), rss(s.cliRun)]);
    if (s.cliRunThreads2 !== undefined) rows.push([label, "costplan run MODEL --json --threads 2 (CLI)", wall(s.cliRunThreads2), rss(s.cliRunThreads2)]);
    rows.push([label, "costplan run MODEL --xlsx (CLI)", wall(s.cliXlsx), rss(s.cliXlsx)]);
  }
  rows.push(["Bac Ninh", "runModel, median of 41 runs after 20 warm-ups", wall(r.bacNinh), rss(r.bacNinh)]);
  const p = r.peers;
  if (p !== undefined) {
    const label = `${p.size} (${int.format(p.services)} services)`;
    rows.push([label, "peer: float64 kernel (lower bound)", wall(p.float), rss(p.float)]);
    const book = p.workbookSize === undefined ? "no workbook" : `${p.workbookSize} workbook`;
    if (p.runAtWorkbookSize !== undefined) rows.push([book, "full run: runPipeline, in process", wall(p.runAtWorkbookSize), rss(p.runAtWorkbookSize)]);
    rows.push([book, "peer: LibreOffice open + recalc + save", wall(p.libreoffice), rss(p.libreoffice)]);
    rows.push([book, "peer: HyperFormula build + evaluate", wall(p.hyperformula), rss(p.hyperformula)]);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), ["size", "figure", "wall time", "peak RSS"][i]!.length));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  const m = r.machine;
  console.log(`costplan benchmark: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}, ${m.platform}\n`);
  console.log(line(["size", "figure", "wall time", "peak RSS"]));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
  if (p?.workbookNote !== undefined) {
    const instead =
      p.workbookSize === undefined
        ? "no workbook could be written, so LibreOffice and HyperFormula did not run"
        : `the peers recalculated the ${p.workbookSize} workbook instead`;
    console.log(`\nnote: ${p.workbookNote}; ${instead}`);
  }
  console.log("\ncostplan full run / peer (above 1: costplan is slower)");
  const names: Record<string, string> = {
    runModelOverFloat: "float64 kernel",
    runModelOverLibreoffice: "LibreOffice",
    runModelOverHyperformula: "HyperFormula",
    cliXlsxOverLibreoffice: "LibreOffice on the workbook, against costplan run --xlsx writing it",
  };
  for (const [k, v] of Object.entries(r.ratios)) console.log(`  ${names[k] ?? k}: ${v === undefined ? "n/a" : `${ratio.format(v)} x`}`);
}
