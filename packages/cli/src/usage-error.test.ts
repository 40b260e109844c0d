import { parseArgs } from "node:util";
import { message } from "@costplan/core";
import { describe, expect, it } from "vitest";
import { runCli } from "./testing/run-cli.js";
import { expects, parseArgsFailure } from "./usage-error.js";

/** What node:util's parseArgs throws for these arguments. */
function nodeFailure(args: string[], allowPositionals: boolean): unknown {
  try {
    parseArgs({ args, allowPositionals, strict: true, options: { scenario: { type: "string" }, json: { type: "boolean" } } });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(" ")}`);
}

const both = (args: string[], allowPositionals = true): { en: string; vi: string } => {
  const failure = parseArgsFailure(nodeFailure(args, allowPositionals));
  return { en: message(failure.code, "en", failure.params), vi: message(failure.code, "vi", failure.params) };
};

describe("usage errors from node:util's parseArgs", () => {
  it("names the option or argument Node complains about, in both languages, without Node's own wording", () => {
    expect(both(["--nope"])).toMatchInlineSnapshot(`
      {
        "en": "Unknown option '--nope'",
        "vi": "không có tùy chọn '--nope'",
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

  describe("edge cases", () => {
    it("reads an option followed by another option as a missing value, on one line", () => {
      const { en } = both(["--scenario", "--json"]);
      expect(en).toBe("--scenario needs a value (one that starts with '-' is written --scenario=VALUE)");
      expect(en).not.toContain("\n");
    });

    it("quotes an error it does not know as it is, marked as not understood in Vietnamese", () => {
      const failure = parseArgsFailure(new Error("something else"));
      expect(message(failure.code, "vi", failure.params)).toBe("không hiểu lệnh: something else");
    });
  });
});

describe("usage errors on the command line", () => {
  it("writes every usage error in the language --lang asks for, with the usage after it and exit 2", async () => {
    for (const [argv, vi] of [
      [["run", "a.json", "b.json", "--lang", "vi"], "costplan: run nhận nhiều nhất một tệp mô hình, nhận được 2"],
      [["nope", "--lang", "vi"], 'costplan: không có lệnh "nope"; cần một trong run, validate, allocate, template, help, version'],
      [["validate", "--explain", "X", "--lang", "vi"], "costplan: --explain chỉ dùng với allocate"],
      [["run", "--out", "", "--lang", "vi"], "costplan: --out cần tên một thư mục"],
      [["run", "--detail", "--no-detail", "--json", "--lang", "vi"], "costplan: --detail và --no-detail không dùng cùng nhau được"],
      [["run", "--nope", "--lang", "vi"], "costplan: không có tùy chọn '--nope'"],
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
