// Every problem and error costplan reports carries a stable code of the message catalogue, and
// its text is that code's text: tools can count and filter problems by code, and no message is
// written anywhere but the catalogue. The producers are driven with generated input (fast-check)
// and their every problem is checked; the sources are scanned so that no new producer can build a
// problem by hand.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  LANGUAGES,
  MESSAGE_CODES,
  message,
  messages,
  MoneyRangeError,
  assertMinor,
  parseAllocationProblem,
  parseModel,
  parseTimeDrivenProblem,
  type Language,
  type MessageCode,
  type Problem,
} from "@costplan/core";
import { parseArgsFailure, UsageError } from "../packages/cli/src/usage-error.js";
import { parseInvocation } from "../packages/cli/src/args.js";
import { parseJsonText } from "../packages/cli/src/load.js";
import { parseYamlText } from "../packages/cli/src/load-yaml.js";
import { readModel, type ShownProblem } from "../packages/cli/src/model-source.js";
import { writeFailure } from "../packages/cli/src/write/write-error.js";
import { modelFromSheets as paneModel } from "../addin/src/taskpane/model-from-sheets.js";
import { gridSource, inputGrids } from "../packages/xlsx/src/template/grids.js";
import { modelFromSheets, readWorkbookModel } from "../packages/xlsx/src/template/read-model.js";
import { brokenAllocationProblem, brokenModel, cellValue, hostileValue, modelText, validModel } from "./fuzz/arbitraries.js";

const CODES: ReadonlySet<string> = new Set(MESSAGE_CODES);
const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "costplan-codes-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The parameters a code's text reads, found by giving it a parameter object that records each read. */
function paramsRead(code: MessageCode, language: Language): string[] {
  const read = new Set<string>();
  const recorder = new Proxy({}, { get: (_, key) => (typeof key === "string" ? (read.add(key), "x") : undefined) });
  message(code, language, recorder);
  return [...read];
}

/** A parameter's stand-in that prints as the marker but counts as 2, for texts whose words follow a count (the plural "columns"). */
const COUNTED = { valueOf: () => 2, toString: () => "\u0001" };

/**
 * Whether a text is one its code writes in a language: its fixed words with each parameter free.
 * A text has parts that show only when a parameter is given (a hint, "and 3 more"), or words that
 * follow a count, so every choice of the parameters it reads, given or not, is tried, with the
 * given ones as text and as a count above one.
 */
function writtenBy(code: MessageCode, language: Language, text: string): boolean {
  const keys = paramsRead(code, language);
  for (const marker of ["\u0001", COUNTED]) {
    for (let mask = 0; mask < 1 << keys.length; mask += 1) {
      const given = new Set(keys.filter((_, i) => (mask & (1 << i)) !== 0));
      const markers = new Proxy({}, { get: (_, key) => (typeof key === "string" && given.has(key) ? marker : undefined) });
      const fixed = message(code, language, markers).split("\u0001");
      const pattern = new RegExp(`^${fixed.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*")}$`);
      if (pattern.test(text)) return true;
    }
  }
  return false;
}

/** A core problem: a known code, and a message that is exactly the catalogue's text of its code and parameters. */
function expectCoded(problem: Problem): void {
  expect(CODES.has(problem.code), `${problem.path}: code "${problem.code}"`).toBe(true);
  expect(problem.message).toEqual(messages(problem.code, problem.params));
}

/** A located problem: a known code, a place, and in each language a text its code writes. */
function expectLocated(problem: ShownProblem): void {
  const code = problem.code;
  expect(CODES.has(code), `${problem.where}: code "${code}"`).toBe(true);
  expect(problem.where.trim()).not.toBe("");
  for (const language of LANGUAGES) {
    expect(writtenBy(code, language, problem.message[language]), `${problem.where} (${code}, ${language}): ${problem.message[language]}`).toBe(true);
  }
}

/** One change a finance officer might make to the input sheets: a cell typed over, a sheet deleted, a row copied, a sheet added twice. */
type GridEdit =
  | { readonly kind: "cell"; readonly sheet: number; readonly row: number; readonly column: number; readonly value: unknown }
  | { readonly kind: "drop" | "twin"; readonly sheet: number }
  | { readonly kind: "copy-row"; readonly sheet: number; readonly row: number };

const gridEdit: fc.Arbitrary<GridEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("cell" as const), sheet: fc.nat(), row: fc.nat(), column: fc.nat(), value: cellValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("drop" as const, "twin" as const), sheet: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("copy-row" as const), sheet: fc.nat(), row: fc.nat() }) },
);

/** The input sheets of a valid model as the add-in reads them (values from A1, empty cells as ""), edited. */
const editedGrids = fc
  .tuple(validModel, fc.array(gridEdit, { minLength: 1, maxLength: 4 }), fc.constantFrom("en" as const, "vi" as const))
  .map(([doc, edits, language]) => {
    const parsed = parseModel(doc);
    if (!parsed.ok) throw new Error(`the generator made an invalid model: ${parsed.problems[0]?.message.en ?? ""}`);
    const sheets = inputGrids(parsed.model, language).map((g) => ({ name: g.name, values: g.values.map((r) => r.map((v): unknown => v ?? "")) }));
    const other = inputGrids(undefined, language === "en" ? "vi" : "en");
    const grids = new Map(sheets.map((g) => [g.name, g.values]));
    for (const edit of edits) {
      const i = edit.sheet % sheets.length;
      const { name, values } = sheets[i]!;
      switch (edit.kind) {
        case "drop":
          grids.delete(name);
          break;
        case "twin":
          // The same sheet again under its name in the other language: the reader cannot tell which to read.
          grids.set(other[i]!.name, values);
          break;
        case "copy-row":
          values.push([...(values[edit.row % values.length] ?? [])]);
          break;
        case "cell": {
          const row = (values[edit.row % (values.length + 1)] ??= []);
          row[edit.column % (Math.max(...values.map((r) => r.length)) + 1)] = edit.value;
        }
      }
    }
    return { grids, language };
  });

// Whole runs on a shared machine: seconds each, not the default 5 s.
describe("a catalogue code in every problem", { timeout: 60_000 }, () => {
  it("has each problem of the model's validation carry its code and the catalogue's text of it", () => {
    fc.assert(
      fc.property(brokenModel, (doc) => {
        const parsed = parseModel(doc);
        if (!parsed.ok) parsed.problems.forEach(expectCoded);
      }),
      { numRuns: 60 },
    );
  });

  it("has each problem of an allocation problem file carry its code, for the three methods and time-driven", () => {
    fc.assert(
      fc.property(brokenAllocationProblem, fc.boolean(), (doc, timeDriven) => {
        const document = timeDriven && doc !== null && typeof doc === "object" ? { ...doc, method: "time-driven" } : doc;
        const parsed = timeDriven ? parseTimeDrivenProblem(document) : parseAllocationProblem(document);
        if (!parsed.ok) parsed.problems.forEach(expectCoded);
      }),
      { numRuns: 150 },
    );
  });

  it("has each problem of reading a model file's text, JSON or YAML, carry its code", () => {
    fc.assert(
      fc.property(modelText, fc.boolean(), (text, yaml) => {
        const loaded = yaml ? parseYamlText(text, "model.yaml") : parseJsonText(text, "model.json");
        if (!loaded.ok) loaded.problems.forEach(expectLocated);
      }),
      { numRuns: Number(process.env["CODES_RUNS"] ?? 150) },
    );
  });

  it("has each problem the command line reports for a model file carry its code, located in the file", async () => {
    const file = join(scratch, "model.json");
    await fc.assert(
      fc.asyncProperty(modelText, async (text) => {
        writeFileSync(file, text);
        const source = await readModel(file, undefined);
        if (!source.ok) {
          expect(source.problems.length).toBeGreaterThan(0);
          source.problems.forEach(expectLocated);
        }
      }),
      { numRuns: 40 },
    );
    const missing = await readModel(join(scratch, "no-such-model.json"), undefined);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems.map((p) => p.code)).toEqual(["file-not-found"]);
  });

  it("has each problem of reading input sheets carry its code, for cells, rows, columns and sheets gone wrong", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(editedGrids, ({ grids, language }) => {
        const read = modelFromSheets(gridSource(grids));
        if (read.ok) return;
        expect(read.problems.length).toBeGreaterThan(0);
        read.problems.forEach(expectLocated);
        read.problems.forEach((p) => seen.add(p.code));
        // The task pane lists the same reader's problems, each with its code, in the user's language.
        const pane = paneModel(grids, language);
        if (!pane.ok) for (const p of pane.problems) expect(CODES.has(p.code), `${p.where}: code "${p.code}"`).toBe(true);
      }),
      { numRuns: Number(process.env["CODES_RUNS"] ?? 120) },
    );
    // The edits reach the reader's own checks (a wrong cell, a missing sheet) and the model's, not one code alone.
    expect([...seen].filter((code) => ["cell-expected", "sheet-missing", "sheet-twice", "row-twice", "required"].includes(code)).length).toBeGreaterThan(1);
  });

  it("has each problem of reading a workbook file carry its code, bytes that are no workbook included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new TextEncoder().encode("PK\u0003\u0004 not a zip"))), async (bytes) => {
        const read = await readWorkbookModel(bytes);
        expect(read.ok).toBe(false);
        if (!read.ok) read.problems.forEach(expectLocated);
      }),
      { numRuns: 20 },
    );
  });

  it("has every usage error of the command line carry a code of the catalogue", () => {
    const word = fc.oneof(
      fc.constantFrom("run", "validate", "--json", "--lang", "fr", "--threads", "0", "--scenario", "--out", "--nope", "-x", "--detail=1"),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
        try {
          parseInvocation(argv);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          expect(CODES.has(error.code), `${argv.join(" ")}: ${error.code}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(CODES.has(parseArgsFailure(new Error("something node:util never said")).code)).toBe(true);
  });

  it("writes a failed write from a catalogue code for any system error", () => {
    for (const system of ["ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS", "ENOENT", "ENOTDIR", "EIO", "EMFILE", undefined]) {
      const failure = writeFailure(Object.assign(new Error("x"), { code: system }));
      expect(CODES.has(failure.code), String(system)).toBe(true);
      expect(failure.message).toEqual(messages(failure.code, failure.params));
    }
  });

  it("has a money range error carry a code of the catalogue for any number that is not an amount", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          hostileValue.filter((v): v is number => typeof v === "number"),
        ),
        (amount) => {
          try {
            assertMinor(amount);
          } catch (error) {
            expect(error).toBeInstanceOf(MoneyRangeError);
            const e = error as MoneyRangeError;
            expect(CODES.has(e.code)).toBe(true);
            expect(e.messages).toEqual(messages(e.code, e.params));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("no problem built by hand", () => {
  // The producers outside core build located problems with core's locatedProblem (or copy a core
  // problem's code): an object literal with a `message: messages(...)` field is a problem without one.
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "testing" ? [] : sources(path);
      return /\.ts$/.test(entry.name) && !/\.test(-prop)?\.ts$/.test(entry.name) ? [path] : [];
    });
  const HAND_BUILT = /\bmessage:\s*(messages\(|tableUnreadable\(|syntaxMessage\()/;

  it("finds no problem literal without its code in the command line, the workbook package or the add-in", () => {
    const files = [join(root, "packages", "cli", "src"), join(root, "packages", "xlsx", "src"), join(root, "addin", "src")].flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    const built = files.filter((f) => HAND_BUILT.test(readFileSync(f, "utf8"))).map((f) => relative(root, f).split(sep).join("/"));
    expect(built).toEqual([]);
  });

  it("would catch one, and tell a code's text from another's", () => {
    expect(writtenBy("file-too-large", "en", messages("file-too-large", { limit: "256 MB" }).en)).toBe(true);
    expect(writtenBy("unknown-key", "vi", messages("unknown-key", { key: "x" }).vi)).toBe(true);
    expect(writtenBy("unknown-key", "en", messages("unknown-key", { key: "x", hint: "name" }).en)).toBe(true);
    expect(writtenBy("file-too-large", "en", messages("file-not-utf8", { offset: 3 }).en)).toBe(false);
    expect(writtenBy("columns-missing", "en", messages("columns-missing", { columns: '"Id", "Name"', count: 2 }).en)).toBe(true);
    expect(writtenBy("columns-missing", "en", messages("columns-missing", { columns: '"Id"', count: 1 }).en)).toBe(true);
    expect(writtenBy("columns-missing", "en", messages("fields-missing", { fields: '"Id", "Name"', count: 2 }).en)).toBe(false);
    expect(HAND_BUILT.test('problems.push({ where: display, message: messages("file-too-large", { limit }) });')).toBe(true);
    expect(HAND_BUILT.test('problems.push(locatedProblem(display, "file-too-large", { limit }));')).toBe(false);
  });
});
