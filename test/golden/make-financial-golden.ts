/**
 * Builds `financial-golden.json`: every case in `financial-cases.json` computed by a real
 * spreadsheet engine (LibreOffice Calc, headless), so our Excel-compatible functions are
 * pinned by something other than our own reading of the documentation.
 *
 * Run: `npx tsx test/golden/make-financial-golden.ts`
 * (optional: `--cases <file> --out <file>` to probe other formulas without touching the table).
 *
 * How: exceljs writes one formula per case, with no cached result and a 15-significant-digit
 * number format; LibreOffice opens it with a private profile whose `OOXMLRecalcMode` = 0
 * ("always recalculate": otherwise Calc trusts cached values, and `fullCalcOnLoad` is ignored)
 * and exports the sheet as CSV, cell contents as formatted. 15 significant digits is all Calc
 * keeps when it writes a value out in any format, far inside the golden test's 1e-9.
 * Set COSTPLAN_GOLDEN_KEEP=1 to keep the temporary workbooks and profile.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { calcSession } from "../support/libreoffice.js";

/** Function names the golden table covers. */
export const GOLDEN_FUNCTIONS = ["sln", "syd", "db", "ddb", "vdb", "pmt", "pv", "fv", "npv", "irr"] as const;
export type GoldenFunction = (typeof GOLDEN_FUNCTIONS)[number];

/** One argument as written in the cases file: `null` is an omitted optional argument. */
export type CaseArg = number | boolean | null | readonly number[];

/** A case as written by hand in `financial-cases.json`. */
export interface FinancialCase {
  readonly fn: GoldenFunction;
  readonly args: readonly CaseArg[];
  /** Why this case is here, and where Excel and LibreOffice differ, which one we follow. */
  readonly note?: string;
  /** Excel's result where it differs from LibreOffice's; the golden test then checks this. */
  readonly excelExpected?: number | string;
}

/** A case with the engine's answer, as written to `financial-golden.json`. */
export interface GoldenCase extends FinancialCase {
  readonly formula: string;
  /** LibreOffice's value, or its error as Excel names it. */
  readonly expected: number | string;
  /** LibreOffice's own error code where it differs from the Excel name in `expected`. */
  readonly engineError?: string;
}

export interface GoldenFile {
  readonly engine: string;
  readonly madeBy: string;
  readonly cases: readonly GoldenCase[];
}

const here = dirname(fileURLToPath(import.meta.url));
const FLOWS_SHEET = "Flows";
/**
 * 15 significant digits: Calc writes no more than that to xlsx, ODF or CSV (7.4 rounds its
 * cached values there too), so an explicit format loses nothing and keeps the CSV free of the
 * percent or currency formats Calc gives IRR and PMT results by default.
 */
const FULL_PRECISION = "0.00000000000000E+00";
/**
 * CSV export options: comma, double quote, UTF-8, from line 1, en-US numbers, cell contents
 * as shown (the format above), first sheet only. Errors come out as Calc's own codes.
 */
const CSV_FILTER = "Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,1";

/**
 * Calc's own error codes, as Excel names them. Calc reports an argument out of range as
 * Err:502 ("invalid argument") and IRR's failure as Err:523 ("no convergence"); its xlsx
 * export even writes these as #VALUE! and #N/A. Excel answers #NUM! to both.
 */
const EXCEL_ERROR: Readonly<Record<string, string>> = {
  "Err:502": "#NUM!",
  "Err:523": "#NUM!",
  "#NUM!": "#NUM!",
  "#DIV/0!": "#DIV/0!",
  "#VALUE!": "#VALUE!",
};

function isCaseArg(value: unknown): value is CaseArg {
  if (value === null || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  return Array.isArray(value) && value.every((v) => typeof v === "number" && Number.isFinite(v));
}

/** Reads and checks the hand-written cases, failing loudly on a malformed entry. */
export function readCases(path: string): FinancialCase[] {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(raw)) throw new Error(`${path}: expected an array of cases`);
  return raw.map((entry: unknown, index) => {
    const where = `${path} case ${index}`;
    if (typeof entry !== "object" || entry === null) throw new Error(`${where}: expected an object`);
    const { fn, args, note, excelExpected } = entry as Record<string, unknown>;
    if (typeof fn !== "string" || !(GOLDEN_FUNCTIONS as readonly string[]).includes(fn)) {
      throw new Error(`${where}: unknown fn ${String(fn)}`);
    }
    if (!Array.isArray(args) || !args.every(isCaseArg)) throw new Error(`${where}: bad args`);
    if (note !== undefined && typeof note !== "string") throw new Error(`${where}: note must be a string`);
    if (excelExpected !== undefined && typeof excelExpected !== "number" && typeof excelExpected !== "string") {
      throw new Error(`${where}: excelExpected must be a number or an error string`);
    }
    return {
      fn: fn as GoldenFunction,
      args,
      ...(note === undefined ? {} : { note }),
      ...(excelExpected === undefined ? {} : { excelExpected }),
    };
  });
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function literal(arg: CaseArg): string {
  if (arg === null) return "";
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (typeof arg === "number") {
    const text = String(arg);
    // Excel formula syntax has no "1e-7" form we want to rely on; keep the cases plain.
    if (/e/i.test(text)) throw new Error(`write ${text} without an exponent in the cases file`);
    return text;
  }
  throw new Error("a list of values is only allowed as IRR's first argument");
}

/**
 * Excel function syntax for a case. IRR takes a range, not a list of scalars (Calc rejects
 * an inline array there), so its cash flows go to a row of the Flows sheet.
 */
export function formulaFor(testCase: FinancialCase, flowsRow: number): { formula: string; flows?: readonly number[] } {
  const args = [...testCase.args];
  while (args.length > 0 && args.at(-1) === null) args.pop();
  const name = testCase.fn.toUpperCase();
  if (testCase.fn === "irr") {
    const [values, ...rest] = args;
    if (!Array.isArray(values)) throw new Error("IRR's first argument must be a list of values");
    const range = `${FLOWS_SHEET}!A${flowsRow}:${columnName(values.length - 1)}${flowsRow}`;
    return { formula: `${name}(${[range, ...rest.map(literal)].join(",")})`, flows: values };
  }
  return { formula: `${name}(${args.map(literal).join(",")})` };
}

/** Recalculates formulas in LibreOffice; returns its version and one value or error string per formula. */
export async function recalculate(
  cells: readonly { formula: string; flows?: readonly number[] }[],
): Promise<{ engine: string; values: (number | string)[] }> {
  const calc = calcSession();
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cases");
    const flows = workbook.addWorksheet(FLOWS_SHEET);
    cells.forEach((cell, index) => {
      const row = index + 1;
      cell.flows?.forEach((value, column) => {
        flows.getCell(row, column + 1).value = value;
      });
      const target = sheet.getCell(row, 1);
      target.value = { formula: cell.formula, date1904: false };
      target.numFmt = FULL_PRECISION;
    });
    const input = join(calc.work, "in", "financial.xlsx");
    mkdirSync(dirname(input), { recursive: true });
    await workbook.xlsx.writeFile(input);

    // Calc names a one-sheet CSV export after the workbook and the sheet.
    const lines = readFileSync(calc.convert(input, `csv:${CSV_FILTER}`, "financial-Cases.csv"), "utf8").split(/\r?\n/);
    const values = cells.map((cell, index) => {
      const text = lines[index]?.trim() ?? "";
      if (text === "") throw new Error(`no recalculated value for ${cell.formula}`);
      return /^-?\d/.test(text) ? Number(text) : text;
    });
    const engine = calc.soffice(["--version"]).trim();
    return { engine, values };
  } finally {
    calc.dispose();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string, fallback: string): string => {
    const at = argv.indexOf(name);
    const value = at >= 0 ? argv[at + 1] : undefined;
    return value === undefined ? fallback : resolve(value);
  };
  const casesPath = option("--cases", join(here, "financial-cases.json"));
  const outPath = option("--out", join(here, "financial-golden.json"));

  const cases = readCases(casesPath);
  const cells = cases.map((testCase, index) => formulaFor(testCase, index + 1));
  const { engine, values } = await recalculate(cells);

  const golden: GoldenFile = {
    engine,
    madeBy: "npx tsx test/golden/make-financial-golden.ts",
    cases: cases.map((testCase, index) => {
      const value = values[index];
      const cell = cells[index];
      if (value === undefined || cell === undefined) throw new Error(`case ${index} has no value`);
      if (typeof value === "number") {
        return { fn: testCase.fn, args: testCase.args, formula: cell.formula, expected: value, ...noteFields(testCase) };
      }
      const excelName = EXCEL_ERROR[value];
      if (excelName === undefined) throw new Error(`${cell.formula}: unexpected result ${value}`);
      return {
        fn: testCase.fn,
        args: testCase.args,
        formula: cell.formula,
        expected: excelName,
        ...(excelName === value ? {} : { engineError: value }),
        ...noteFields(testCase),
      };
    }),
  };
  writeFileSync(outPath, `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`${engine}: wrote ${golden.cases.length} cases to ${outPath}`);
}

function noteFields(testCase: FinancialCase): Pick<FinancialCase, "note" | "excelExpected"> {
  return {
    ...(testCase.note === undefined ? {} : { note: testCase.note }),
    ...(testCase.excelExpected === undefined ? {} : { excelExpected: testCase.excelExpected }),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
