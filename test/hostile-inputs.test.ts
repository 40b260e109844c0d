// Hostile and extreme inputs not in the fuzz corpus (test/fuzz) or the id tests (hostile-ids):
// numbers JSON cannot hold, text that looks like NaN or Infinity, very long strings, byte order
// marks, deep nesting, YAML alias tricks, CSV tables with odd quoting, binary headers and rows
// nobody reads. Each gives exit 1 (or 0 for a valid file) with a catalogue message that starts
// with the place, never a stack trace, NaN, Infinity or an internal error, in bounded time.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-hostile-inputs-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
const small = (): Json => JSON.parse(readFileSync(new URL("fixtures/models/small.json", import.meta.url), "utf8")) as Json;
const firstItem = (m: Json): Json => (m["costItems"] as Json[])[0]!;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs a command and checks what any hostile input must give: a known exit, clean placed lines, bounded time. */
async function hostile(argv: string[], exit: 0 | 1 | 2, place: string): Promise<string[]> {
  const started = performance.now();
  const { code, stderr } = await runCli(...argv);
  expect(performance.now() - started, `${argv.join(" ")} took too long`).toBeLessThan(20_000);
  expect({ code, stderr: stderr.slice(0, 2000) }).toMatchObject({ code: exit });
  // What the user wrote is quoted as written ("NaN" in a cell is the user's text); outside quotes, never.
  const unquoted = stderr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  expect(unquoted).not.toMatch(/\n\s+at |\bNaN\b|\bInfinity\b|\bundefined\b|\[object |internal error|lỗi nội bộ/);
  const lines = stderr === "" ? [] : stderr.split("\n");
  if (exit === 1) {
    expect(lines.length).toBeGreaterThan(0);
    // Every line names the place first: the file, then its line and column, cell or JSON path.
    for (const line of lines) expect(line.startsWith(place), line.slice(0, 300)).toBe(true);
  }
  return lines;
}

// Whole runs on a shared machine: seconds each, not the default 5 s.
describe("hostile model files", { timeout: 60_000 }, () => {
  it("quotes a number past ±1.8e308 as the file writes it, at its line, instead of reading it as infinity", async () => {
    const text = JSON.stringify(small(), null, 2).replace('"cost": 900000000', '"cost": 1e400');
    const path = file("too-large.json", text);
    const before = text.slice(0, text.indexOf("1e400")).split("\n");
    const lines = await hostile(["validate", path], 1, `${path}:`);
    expect(lines).toEqual([
      `${path}:${before.length}:${before.at(-1)!.length + 1}: the number 1e400 is too large to compute with; ` +
        `expected a number within ±1.7976931348623157e308 (an amount is at most 9,007,199,254,740,991)`,
    ]);
    const vi = await hostile(["run", path, "--lang", "vi"], 1, `${path}:`);
    expect(vi[0]).toContain("số 1e400 quá lớn");
  });

  it("says once that an amount past the exact range is not an amount", async () => {
    const m = small();
    firstItem(m)["cost"] = 1e20;
    const path = file("past-exact.json", JSON.stringify(m));
    const lines = await hostile(["validate", path], 1, `${path}:`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\$\.costItems\[0\]\.cost: expected an amount of money.*got 100000000000000000000$/);
  });

  it("names the item and year where amounts each valid add up or escalate past the exact range, in validate and in run", async () => {
    const sum = small();
    firstItem(sum)["cost"] = 5e15;
    Object.assign((sum["costItems"] as Json[])[2]!, { amount: 5e15, year: 2021 });
    const summed = file("sum-past-exact.json", JSON.stringify(sum, null, 2));
    const escalating = small();
    Object.assign((escalating["costItems"] as Json[])[1]!, { amountPerYear: 8e15, escalation: 0.5 });
    const escalated = file("escalated-past-exact.json", JSON.stringify(escalating, null, 2));
    for (const command of ["validate", "run"]) {
      const lines = await hostile([command, summed], 1, `${summed}:`);
      expect(lines).toEqual([
        `${summed}:58:5: $.costItems[2]: the costs paid over the programme years pass the exact range when the 2021 amount of "P1-TRN" ` +
          `($.costItems[2]) is added; expected a total within 9,007,199,254,740,991 minor units: lower the amounts or split the model into smaller ones`,
      ]);
      const up = await hostile([command, escalated, "--lang", "vi"], 1, `${escalated}:`);
      expect(up).toHaveLength(1);
      expect(up[0]).toContain('$.costItems[1]: khoản chi phí "H1-MNT" ($.costItems[1]) lên tới 12000000000000000 đơn vị tiền trong năm 2023');
    }
  });

  it("refuses text that looks like a number (NaN, Infinity, 0x10, 1e999) where a number belongs, quoting it", async () => {
    for (const [field, text] of [
      ["cost", "NaN"],
      ["cost", "Infinity"],
      ["usefulLife", "0x10"],
      ["cost", "1e999"],
      ["cost", "-inf"],
    ] as const) {
      const m = small();
      firstItem(m)[field] = text;
      const path = file(`text-${field}.json`, JSON.stringify(m));
      const lines = await hostile(["validate", path], 1, `${path}:`);
      expect(lines.join("\n")).toContain(`$.costItems[0].${field}: expected`);
      expect(lines.join("\n")).toContain(`got "${text}"`);
    }
  });

  it("refuses an id of five million characters in bounded time and shows it cut short", async () => {
    const m = small();
    firstItem(m)["id"] = "X".repeat(5_000_000);
    const path = file("long-id.json", JSON.stringify(m));
    const lines = await hostile(["validate", path], 1, `${path}:`);
    expect(lines.every((l) => l.length < 1_000)).toBe(true);
  });

  it("reads a model with one byte order mark, and names a second one or UTF-16 at the start of the file", async () => {
    const text = JSON.stringify(small());
    await hostile(["validate", file("bom.json", `\uFEFF${text}`)], 0, "");
    const twice = file("two-boms.json", `\uFEFF\uFEFF${text}`);
    expect(await hostile(["validate", twice], 1, `${twice}:1:1:`)).toHaveLength(1);
    const utf16 = file("utf16.json", Buffer.from(`\uFEFF${text}`, "utf16le"));
    expect((await hostile(["validate", utf16], 1, utf16))[0]).toMatch(/UTF-8/);
  });

  it("names a YAML alias with no anchor and an alias bomb, which the YAML library throws for", async () => {
    const unknown = file("alias.yaml", "programme:\n  name: *nowhere\n");
    expect(await hostile(["validate", unknown], 1, `${unknown}:2:9:`)).toEqual([
      `${unknown}:2:9: the alias *nowhere names no anchor &nowhere before it; expected the anchor to be set first`,
    ]);
    const bomb = `a: &a [1, 2, 3]\n${Array.from({ length: 40 }, (_, i) => `b${i}: [${Array(100).fill("*a").join(", ")}]`).join("\n")}\n`;
    const path = file("bomb.yaml", bomb);
    expect(await hostile(["validate", path], 1, `${path}:1:1:`)).toHaveLength(1);
  });

  it("says once that a YAML document is nested too deep, however the parser complains after", async () => {
    const path = file("deep.yaml", "[".repeat(100_000));
    expect(await hostile(["validate", path], 1, `${path}:`)).toHaveLength(1);
  });

  it("refuses an allocation problem with a cost past ±1.8e308 or usage written as text, at its place", async () => {
    const base =
      '{"method":"direct","currency":"VND","centres":[{"id":"__proto__","kind":"support","cost":COST},' +
      '{"id":"constructor","kind":"operating","cost":1}],"usage":{"__proto__":{"constructor":USE}}}';
    const huge = file("alloc-huge.json", base.replace("COST", "1e400").replace("USE", "1"));
    expect((await hostile(["allocate", huge], 1, `${huge}:1:`))[0]).toContain("the number 1e400 is too large");
    const text = file("alloc-text.json", base.replace("COST", "5").replace("USE", '"NaN"'));
    expect((await hostile(["allocate", text], 1, `${text}:1:`))[0]).toContain(
      '$.usage.__proto__.constructor: usage of support centre "__proto__" by "constructor" is "NaN"',
    );
  });
});

// Whole runs on a shared machine: seconds each, not the default 5 s.
describe("hostile table files", { timeout: 60_000 }, () => {
  const base = join(dir, "tables");
  beforeAll(async () => {
    const argv = ["generate", "--facilities", "2", "--centres", "6", "--services", "10", "--years", "2", "--seed", "3", "--format", "csv", "--out", base];
    expect((await runCli(...argv)).code).toBe(0);
  }, 60_000);

  /** A copy of the generated tables with one file changed; returns its model file. */
  function spoiled(name: string, table: string, change: (lines: string[]) => string[]): string {
    const folder = join(dir, name);
    cpSync(base, folder, { recursive: true });
    const path = join(folder, table);
    writeFileSync(path, change(readFileSync(path, "utf8").split("\n")).join("\n"));
    return join(folder, "model.json");
  }
  /** The lines with one cell of row `line` (0 = header) of column `column` set to `value`. */
  const cell = (line: number, column: string, value: string) => (lines: string[]) => {
    const header = lines[0]!.replace(/^\uFEFF/, "").split(",");
    const cells = lines[line]!.split(",");
    cells[header.indexOf(column)] = value;
    return lines.map((l, i) => (i === line ? cells.join(",") : l));
  };

  it("reads tables with CRLF line ends and a byte order mark", async () => {
    await hostile(["validate", spoiled("crlf", "usage.csv", (l) => [`\uFEFF${l.join("\r\n").replace(/^\uFEFF/, "")}`])], 0, "");
  });

  it("names the line of an unclosed quote and the cell of a quote inside a field", async () => {
    const unclosed = await hostile(["validate", spoiled("unclosed", "services.csv", cell(3, "name", '"abc'))], 1, "services.csv:");
    expect(unclosed[0]).toMatch(/^services\.csv:\d+: the table cannot be read as CSV/);
    const inside = await hostile(["validate", spoiled("inside", "services.csv", cell(3, "code", 'ab"c'))], 1, "services.csv:4, column code:");
    expect(inside[0]).toContain('got "ab\\"c"');
  });

  it("names a header in semicolons by the column it lacks", async () => {
    const lines = await hostile(["validate", spoiled("semicolons", "centres.csv", (l) => l.map((x) => x.replaceAll(",", ";")))], 1, "centres.csv:1:");
    expect(lines[0]).toContain('the table has no column "id"');
  });

  it("quotes a cell past ±1.8e308 or written as NaN, Infinity or -inf as the file writes it", async () => {
    for (const value of ["1e999", "9".repeat(400), "NaN", "Infinity", "-inf"]) {
      const lines = await hostile(
        ["validate", spoiled(`value-${value.length}-${value.slice(0, 3)}`, "usage.csv", cell(2, "value", value))],
        1,
        "usage.csv:3, column value:",
      );
      expect(lines[0]).toContain(`got "${value.length > 60 ? value.slice(0, 56) : value}`);
    }
  });

  it("refuses an empty table and a binary header with a message of its own, not DuckDB's SQL complaint", async () => {
    for (const [name, content] of [
      ["empty", []],
      ["binary", ["\u0000\u0001\u0002", "x"]],
    ] as const) {
      const lines = await hostile(["validate", spoiled(name, "services.csv", () => [...content])], 1, "services.csv:1:");
      expect(lines).toEqual([
        "services.csv:1: the table has no header line of column names (it is empty, or its first line holds control " +
          "characters); expected names separated by commas",
      ]);
    }
  });

  it("refuses rows of a facility the model does not have, naming the first row of each, instead of leaving them out", async () => {
    const lines = await hostile(
      ["validate", spoiled("unclaimed", "usage.csv", (l) => l.map((x, i) => (i === 2 || i === 5 ? x.replace(/^[^,]+,/, "__proto__,") : x)))],
      1,
      "usage.csv:3, column facility:",
    );
    expect(lines).toHaveLength(1);
    const start =
      'usage.csv:3, column facility: the facility "__proto__" of this row is not one the model reads this table for, so the row would be left out; ' +
      'expected one of "MC01", "';
    expect(lines[0]!.slice(0, start.length)).toBe(start);
  });

  it("refuses a column named __proto__ by its name rather than losing it", async () => {
    const lines = await hostile(
      ["validate", spoiled("proto-column", "centres.csv", (l) => l.map((x, i) => (i === 0 ? `${x},__proto__` : x === "" ? x : `${x},1`)))],
      1,
      "",
    );
    expect(lines.join("\n")).toContain('the name "__proto__" cannot be used');
  });
});

// A second sweep, run by hand under /usr/bin/time -v with the built CLI (each in seconds, under 250 MB)
// and kept here: inputs of every shape a careless or hostile user gives to validate, run, allocate
// and template. Those marked "was:" failed before the fix beside them.
describe("a fresh hostile sweep", { timeout: 120_000 }, () => {
  const doc = (m: Json): string => JSON.stringify(m, null, 2);
  const withSmall = (change: (m: Json) => void): string => {
    const m = small();
    change(m);
    return doc(m);
  };
  const items = (m: Json): Json[] => m["costItems"] as Json[];
  const facilities = (m: Json): Json[] => m["facilities"] as Json[];
  const programme = (m: Json): Json => m["programme"] as Json;

  it("answers models that are not an object, not text or not JSON with one placed line each", async () => {
    const cases: [string, string | Buffer, string][] = [
      ["array.json", "[1, 2]", "$: expected an object { ... }, got [1,2]"],
      ["number.json", "42", "$: expected an object { ... }, got 42"],
      ["null.json", "null", "$: expected an object { ... }, got null"],
      ["string.json", '"a model"', '$: expected an object { ... }, got "a model"'],
      ["empty.json", "", "the file is not valid JSON: expected a value"],
      ["space.json", " \n\t\n", "the file is not valid JSON: expected a value"],
      ["trailing.json", `${JSON.stringify(small())} x`, "the file is not valid JSON: unexpected character"],
      ["comments.json", `// note\n${JSON.stringify(small())}`, "the file is not valid JSON: comments are not allowed in JSON"],
      ["nul.json", JSON.stringify(small()).replace("Small programme", "Small\u0000programme"), "invalid character in a string"],
      // was: 20 lines of "not valid JSON" at every other byte
      ["utf16be.json", Buffer.from(JSON.stringify(small()), "utf16le").swap16(), "the file looks like UTF-16 text"],
      ["utf16le-no-bom.json", Buffer.from(JSON.stringify(small()), "utf16le"), "the file looks like UTF-16 text"],
    ];
    for (const [name, content, expected] of cases) {
      const path = file(name, content);
      for (const command of ["validate", "run"]) {
        const lines = await hostile([command, path], 1, `${path}:`);
        expect(lines, name).toHaveLength(1);
        expect(lines[0], name).toContain(expected);
      }
    }
  });

  it("refuses half a UTF-16 pair written as an escape, at its place, instead of printing U+FFFD (was: exit 0, the name changed)", async () => {
    const path = file("surrogate.json", JSON.stringify(small()).replace('"Small programme"', '"Small \\ud800 programme"'));
    const at = JSON.stringify(small()).indexOf('"Small programme"') + 8;
    expect(await hostile(["run", path], 1, `${path}:1:${at}:`)).toEqual([
      `${path}:1:${at}: the text holds \\ud800, half of a UTF-16 surrogate pair without its other half, which is no character and would be ` +
        "written as the replacement character U+FFFD; expected the character itself or a whole pair",
    ]);
    const pair = file("pair.json", JSON.stringify(small()).replace('"Small programme"', '"Small \\ud83d\\ude00 programme"'));
    await hostile(["validate", pair], 0, "");
  });

  it("names odd ids, numbers, years and months at their path, in English and Vietnamese", async () => {
    const cases: [string, (m: Json) => void, string, string][] = [
      ["zero-width", (m) => (facilities(m)[0]!["id"] = "H\u200B1"), "$.facilities[0].id: expected an id", "$.facilities[0].id: cần một mã"],
      ["rtl", (m) => (items(m)[0]!["facility"] = "\u202EH1"), "$.costItems[0].facility: expected an id", "$.costItems[0].facility: cần một mã"],
      ["id-10000", (m) => (items(m)[0]!["id"] = "I".repeat(10_000)), "$.costItems[0].id: expected an id", "$.costItems[0].id: cần một mã"],
      ["amount-text", (m) => (items(m)[0]!["cost"] = "900000000"), 'got "900000000"', 'nhận được "900000000"'],
      ["year-fraction", (m) => (programme(m)["firstYear"] = 2020.5), "$.programme.firstYear: expected a year", "$.programme.firstYear: cần một năm"],
      ["year-99999", (m) => (programme(m)["lastYear"] = 99_999), "got 99999", "nhận được 99999"],
      ["month-13", (m) => (items(m)[0]!["inService"] = "2021-13"), '$.costItems[0].inService: expected a month "YYYY-MM"', 'cần một tháng "YYYY-MM"'],
      ["golive-13", (m) => (facilities(m)[0]!["goLive"] = "2021-13"), '$.facilities[0].goLive: expected a month "YYYY-MM"', 'cần một tháng "YYYY-MM"'],
      ["rate-minus-1", (m) => (programme(m)["discountRate"] = -1), "$.programme.discountRate: expected a rate", "$.programme.discountRate: cần một tỷ lệ"],
      ["currency-lower", (m) => (programme(m)["currency"] = "vnd"), '$.programme.currency: expected a currency code: "VND"', "cần mã tiền tệ"],
      [
        "empty-lists",
        (m) => Object.assign(m, { facilities: [], costItems: [], fundingSources: [], savings: [], scenarios: [], serviceLists: [], pools: [] }),
        "$.fundingSources: expected a list [ ... ] with at least one entry, got []",
        "$.fundingSources: cần một danh sách [ ... ] có ít nhất một phần tử",
      ],
    ];
    for (const [name, change, en, vi] of cases) {
      const path = file(`${name}.json`, withSmall(change));
      expect((await hostile(["validate", path], 1, `${path}:`))[0], name).toContain(en);
      expect((await hostile(["run", path, "--lang", "vi"], 1, `${path}:`))[0], name).toContain(vi);
    }
    const huge = file("1e309.json", JSON.stringify(small()).replace('"beds":300', '"beds":1e309'));
    expect((await hostile(["validate", huge], 1, `${huge}:1:`))[0]).toContain("the number 1e309 is too large to compute with");
    // was: "expected one of (none)", English in a Vietnamese sentence
    const plain = file("plain.json", JSON.stringify(small()));
    expect(await hostile(["run", plain, "--scenario", "__proto__", "--lang", "vi"], 1, `${plain}:1:1:`)).toEqual([
      `${plain}:1:1: $.scenarios: không có kịch bản tên "__proto__"; mô hình không có kịch bản nào`,
    ]);
  });

  it("runs a model whose every id is constructor, hasOwnProperty, toString or valueOf, losing no đồng", async () => {
    for (const id of ["constructor", "hasOwnProperty", "toString", "valueOf"]) {
      const m = small();
      (m["fundingSources"] as Json[])[0]!["id"] = id;
      facilities(m)[0]!["id"] = id;
      for (const item of items(m)) {
        item["funding"] = id;
        if (item["facility"] === "H1") item["facility"] = id;
      }
      items(m)[0]!["id"] = id;
      m["scenarios"] = [{ name: id, overrides: { "programme.discountRate": 0.05 } }];
      m["savings"] = [{ id, facility: id, kind: "imaging-film", amountPerYear: 5, firstYear: 2021 }];
      const path = file(`ids-${id}.json`, doc(m));
      const { code, stdout, stderr } = await runCli("run", path, "--json", "--scenario", id);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const result = JSON.parse(stdout) as { summary: { totalCost: number }; budget: { cash: { nominal: { byFacility: Record<string, { total: number }> } } } };
      const byFacility = result.budget.cash.nominal.byFacility;
      expect(Object.keys(byFacility)).toEqual([id, "P1"]);
      expect(byFacility[id]!.total + byFacility["P1"]!.total).toBe(result.summary.totalCost);
      expect(result.summary.totalCost).toBe(900_000_000 + 2 * 60_000_000 + 40_000_000);
    }
  });

  it("reads -0 and 9e8 as the amounts they are, printing no -0", async () => {
    const text = JSON.stringify(small());
    for (const [name, written] of [
      ["negative-zero", "-0"],
      ["exponent", "9e8"],
    ] as const) {
      const path = file(`${name}.json`, text.replace('"cost":900000000', `"cost":${written}`));
      const { code, stdout } = await runCli("run", path, "--json");
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/-0\b/);
      expect((JSON.parse(stdout) as { summary: { totalCost: number } }).summary.totalCost).toBe((written === "-0" ? 0 : 900_000_000) + 160_000_000);
    }
  });

  it("answers allocation problems with self-use only, all-zero usage, -0 usage, a list, or toString ids", async () => {
    const problem = (name: string, p: unknown): string => file(name, JSON.stringify(p));
    const self = problem("self.json", {
      method: "reciprocal",
      currency: "VND",
      centres: [
        { id: "A", kind: "support", cost: 100 },
        { id: "OP", kind: "operating", cost: 1 },
      ],
      usage: { A: { A: 1 } },
    });
    expect((await hostile(["allocate", self], 1, `${self}:1:`))[0]).toContain('support centre "A" has no eligible receiver for the reciprocal method');
    for (const [name, usage] of [
      ["zero.json", { A: { A: 0, OP: 0 } }],
      ["minus-zero.json", { A: { OP: -0 } }],
    ] as const) {
      const path = problem(name, {
        method: "step-down",
        currency: "USD",
        centres: [
          { id: "A", kind: "support", cost: 1 },
          { id: "OP", kind: "operating", cost: 0 },
        ],
        usage,
      });
      expect((await hostile(["allocate", path, "--lang", "vi"], 1, `${path}:1:`))[0]).toContain('trung tâm hỗ trợ "A" không có nơi nhận hợp lệ');
    }
    const list = problem("list.json", [1]);
    expect(await hostile(["allocate", list], 1, `${list}:1:1:`)).toEqual([`${list}:1:1: $: expected an object { ... }, got [1]`]);
    const ids = problem("to-string.json", {
      method: "direct",
      currency: "VND",
      centres: [
        { id: "toString", kind: "support", cost: 7 },
        { id: "hasOwnProperty", kind: "operating", cost: 1 },
        { id: "valueOf", kind: "operating", cost: 1 },
      ],
      usage: { toString: { hasOwnProperty: 1, valueOf: 2 } },
    });
    const { code, stdout } = await runCli("allocate", ids, "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { final: Record<string, number> }).final).toEqual({ hasOwnProperty: 3, valueOf: 6 });
  });

  it("names a workbook that is a CSV or a cut-short zip without the zip library's words (was: JSZip's English text in both languages)", async () => {
    const csv = file("csv.xlsx", "a,b,c\n1,2,3\n");
    expect(await hostile(["validate", csv, "--lang", "vi"], 1, csv)).toEqual([
      `${csv}: tệp không phải sổ tính Excel (.xlsx): tệp không phải tệp nén zip như mọi tệp .xlsx (tệp CSV hoặc .xls bị đổi tên?); cần sổ tính lưu dạng .xlsx`,
    ]);
    const whole = join(dir, "whole.xlsx");
    expect((await runCli("template", whole)).code).toBe(0);
    const cut = file("cut.xlsx", readFileSync(whole).subarray(0, 6000));
    expect(await hostile(["run", cut], 1, cut)).toEqual([
      `${cut}: the workbook's zip archive is damaged or cut short, so its parts cannot be read; expected the whole file as Excel saved it`,
    ]);
  });

  it("names an empty or fake Parquet table in the catalogue's words (was: DuckDB's English in both languages)", async () => {
    const base = join(dir, "parquet");
    expect(
      (await runCli("generate", "--facilities", "1", "--centres", "4", "--services", "3", "--years", "2", "--seed", "5", "--format", "parquet", "--out", base))
        .code,
    ).toBe(0);
    for (const content of ["", "a,b\n1,2\n"]) {
      writeFileSync(join(base, "services.parquet"), content);
      const lines = await hostile(["validate", join(base, "model.json"), "--lang", "vi"], 1, "services.parquet:");
      expect(lines).toEqual([
        "services.parquet: không đọc được bảng dạng Parquet: tệp rỗng hoặc không phải tệp Parquet (thiếu dấu PAR1 ở đầu và cuối); " +
          "cần một bảng lưu dạng Parquet",
      ]);
    }
  });

  it("answers folders, files and devices in the wrong place, and flags out of range, leaving no file behind", async () => {
    const folder = join(dir, "a-folder");
    cpSync(new URL("fixtures/models", import.meta.url), folder, { recursive: true });
    for (const command of ["validate", "allocate"]) {
      expect(await hostile([command, folder], 1, folder)).toEqual([`${folder}: cannot be read; expected a model file (.json, .yaml or .xlsx)`]);
    }
    const plain = file("a-file", "x");
    expect(await hostile(["run", "--out", plain, "--lang", "en"], 1, plain)).toHaveLength(1);
    expect(await hostile(["run", "--xlsx", "/proc/costplan.xlsx", "--lang", "en"], 1, "/proc/costplan.xlsx:")).toEqual([
      "/proc/costplan.xlsx: cannot write the file: its folder does not exist or is not a folder; nothing was written",
    ]);
    expect(await hostile(["template", join(dir, "nowhere", "t.xlsx")], 1, join(dir, "nowhere", "t.xlsx"))).toHaveLength(1);
    for (const argv of [
      ["run", "--threads", "1e9"],
      ["run", "--threads", "0"],
      ["run", "--frobnicate"],
      ["validate", "--lang", "xx"],
      ["run", "--xlsx", "/dev/full"],
      ["template", "/dev/full"],
      ["allocate"],
    ]) {
      const lines = await hostile(argv, 2, "costplan:");
      expect(lines[0]!.startsWith("costplan: "), argv.join(" ")).toBe(true);
    }
    const left = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => /\.tmp|\.costplan/.test(name));
    expect(left).toEqual([]);
  });
});
