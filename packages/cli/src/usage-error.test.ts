import { parseArgs } from "node:util";
import { message } from "@costplan/core";
import { describe, expect, it } from "vitest";
import { runCli } from "./testing/run-cli.js";
import { expects, parseArgsFailure } from "./usage-error.js";

/** What node:util's parseArgs throws for these arguments. */
function nodeFailure(args: string[], allowPositionals: boolean): unknown {
  try {
    parseArgs({ args, allowPositionals, strict: true, options: KNOWN });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(" ")}`);
}

const KNOWN = { scenario: { type: "string" }, json: { type: "boolean" } } as const;

const both = (args: string[], allowPositionals = true): { en: string; vi: string } => {
  const failure = parseArgsFailure(nodeFailure(args, allowPositionals), KNOWN);
  return { en: message(failure.code, "en", failure.params), vi: message(failure.code, "vi", failure.params) };
};

describe("usage errors from node:util's parseArgs", () => {
  it("names the option or argument Node complains about, in both languages, without Node's own wording", () => {
    expect(both(["--nope"])).toMatchInlineSnapshot(`
      {
        "en": "unknown option '--nope' (costplan help lists the options of each command)",
        "vi": "không có tùy chọn '--nope' (costplan help liệt kê tùy chọn của từng lệnh)",
      }
    `);
    expect(both(["--scenario"])).toMatchInlineSnapshot(`
      {
        "en": "--scenario needs a value (one that starts with '-' is written --scenario=VALUE)",
        "vi": "--scenario cần một giá trị (giá trị bắt đầu bằng '-' thì viết --scenario=GIÁ_TRỊ)",
      }
    `);
    expect(both(["--json=yes"]).vi).toBe("--json không nhận giá trị");
    expect(both(["model.json"], false).vi).toBe("thừa đối số 'model.json': lệnh này không nhận tệp hay tên nào");
  });

  it("answers a mistyped option with the one the command knows, and a far-off one with where the options are listed", () => {
    expect(both(["--jsno"]).en).toBe("unknown option '--jsno'; did you mean --json?");
    expect(both(["--Json"]).vi).toBe("không có tùy chọn '--Json'; có phải ý bạn là --json?");
    expect(both(["--senario=base"]).en).toBe("unknown option '--senario'; did you mean --scenario?");
    expect(both(["--output"]).en).toBe("unknown option '--output' (costplan help lists the options of each command)");
    expect(both(["-x"]).en).toBe("unknown option '-x' (costplan help lists the options of each command)");
  });

  describe("edge cases", () => {
    it("reads an option followed by another option as a missing value, on one line", () => {
      const { en } = both(["--scenario", "--json"]);
      expect(en).toBe("--scenario needs a value (one that starts with '-' is written --scenario=VALUE)");
      expect(en).not.toContain("\n");
    });

    it("quotes an error it does not know as it is, marked as not understood in both languages", () => {
      const failure = parseArgsFailure(new Error("something else"));
      expect(message(failure.code, "vi", failure.params)).toBe("không hiểu lệnh: something else");
      expect(message(failure.code, "en", failure.params)).toBe("command line not understood: something else");
    });
  });
});

describe("usage errors on the command line", () => {
  it("writes every usage error in the language --lang asks for, with the usage after it and exit 2", async () => {
    for (const [argv, vi] of [
      [["run", "a.json", "b.json", "--lang", "vi"], "costplan: run nhận nhiều nhất một tệp mô hình, nhận được 2"],
      [
        ["nope", "--lang", "vi"],
        'costplan: không có lệnh "nope"; cần một trong run, validate, allocate, template, generate, compare, sensitivity, simulate, report, help, version',
      ],
      [["simulat", "--lang", "vi"], 'costplan: không có lệnh "simulat"; có phải ý bạn là simulate?'],
      [["run", "--jsno", "--lang", "vi"], "costplan: không có tùy chọn '--jsno'; có phải ý bạn là --json?"],
      [["generate", "--facilites", "3", "--lang", "vi"], "costplan: không có tùy chọn '--facilites'; có phải ý bạn là --facilities?"],
      [["simulate", "--draw", "3", "--lang", "vi"], "costplan: không có tùy chọn '--draw'; có phải ý bạn là --draws?"],
      [["validate", "--explain", "X", "--lang", "vi"], "costplan: --explain chỉ dùng với allocate"],
      [["run", "--out", "", "--lang", "vi"], "costplan: --out cần tên một thư mục"],
      [["run", "--detail", "--no-detail", "--json", "--lang", "vi"], "costplan: --detail và --no-detail không dùng cùng nhau được"],
      [["run", "--nope", "--lang", "vi"], "costplan: không có tùy chọn '--nope' (costplan help liệt kê tùy chọn của từng lệnh)"],
      [["sensitivity", "--steps", "1", "--lang", "vi"], 'costplan: --steps cần một số nguyên từ 2 đến 101, nhận được "1"'],
    ] as const) {
      const { code, stderr } = await runCli(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr.split("\n")[0], argv.join(" ")).toBe(vi);
      expect(stderr).toContain("Cách dùng: costplan");
    }
  });

  it("says what an option accepts in Vietnamese too, from the catalogue", async () => {
    for (const [argv, vi] of [
      [["run", "--xlsx", "out.csv", "--lang", "vi"], 'costplan: --xlsx cần tên tệp kết thúc bằng .xlsx, nhận được "out.csv"'],
      [["generate", "--out", "x", "--size", "huge", "--lang", "vi"], 'costplan: --size cần small, province hoặc national, nhận được "huge"'],
      [["generate", "--out", "x", "--format", "xml", "--lang", "vi"], 'costplan: --format cần json, csv hoặc parquet, nhận được "xml"'],
      [
        ["simulate", "--draws", "10", "--seed", "1", "--percentiles", "5,120", "--lang", "vi"],
        'costplan: --percentiles cần các số từ 0 đến 100, cách nhau bằng dấu phẩy, nhận được "5,120"',
      ],
    ] as const) {
      const { code, stderr } = await runCli(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr.split("\n")[0], argv.join(" ")).toBe(vi);
    }
  });

  it("writes each accepted-value phrase in both languages", () => {
    const failure = expects("method", "usage-expect-generate-method", "greedy");
    expect(message(failure.code, "en", failure.params)).toBe('--method expects direct, step-down or reciprocal, got "greedy"');
    expect(message(failure.code, "vi", failure.params)).toBe('--method cần direct, step-down hoặc reciprocal, nhận được "greedy"');
  });

  it("keeps the English texts that were already there", async () => {
    expect((await runCli("run", "a.json", "b.json")).stderr.split("\n")[0]).toBe("costplan: run takes at most one model file, got 2");
    expect((await runCli("run", "--lang", "fr")).stderr.split("\n")[0]).toBe('costplan: --lang expects "vi" or "en", got "fr"');
    expect((await runCli("run", "--xlsx", "out.csv")).stderr.split("\n")[0]).toBe('costplan: --xlsx expects a file name ending in .xlsx, got "out.csv"');
  });
});
