import { describe, expect, it } from "vitest";
import { parseJsonText } from "./load.js";
import { MAX_NESTING } from "./nesting.js";

const deep = (levels: number): string => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const where = (text: string): string | undefined => {
  const loaded = parseJsonText(text, "m.json");
  return loaded.ok ? undefined : loaded.problems.map((p) => `${p.where} ${p.message.en}`).join("\n");
};

describe("parseJsonText: the depth check and the duplicate-key check in one pass", () => {
  it("reads a file at the nesting limit", () => {
    expect(parseJsonText(deep(MAX_NESTING), "m.json").ok).toBe(true);
  });

  it("refuses a too-deep level placed after a duplicate key with the too-deep problem, which comes first", () => {
    expect(where(`{"a": 1, "a": 2, "b": ${deep(MAX_NESTING + 1)}}`)).toMatch(/^m\.json:1:122 the document is nested more than 100 levels deep here/);
  });

  it("refuses a duplicate key placed before a level at the limit as a duplicate key", () => {
    expect(where(`{"a": 1, "a": 2, "b": ${deep(MAX_NESTING - 1)}}`)).toBe('m.json:1:10 the field "a" is written twice in one object; expected each field once');
  });

  it("refuses invalid text nested too deep as too deep, before placing its syntax error", () => {
    expect(where(`${deep(MAX_NESTING + 1)},`)).toMatch(/^m\.json:1:101 the document is nested more than 100 levels deep here/);
  });
});

describe("parseJsonText: numbers JSON.parse cannot hold", () => {
  const model = (value: string): string => `{\n  "programme": {\n    "discountRate": ${value}\n  },\n  "note": "1e400 in a text is only text"\n}`;

  it("names a number past ±1.8e308 as the file writes it, at its line and column, in both languages", () => {
    const loaded = parseJsonText(model("-12.5E+400"), "m.json");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((p) => [p.code, p.where, p.message.en])).toEqual([
      [
        "json-number-too-large",
        "m.json:3:21",
        "the number -12.5E+400 is too large to compute with; expected a number within ±1.7976931348623157e308 (an amount is at most 9,007,199,254,740,991)",
      ],
    ]);
    expect(loaded.problems[0]!.message.vi).toContain("số -12.5E+400 quá lớn");
  });

  it("finds one written as 400 digits, and leaves large but finite numbers and texts to validation", () => {
    const digits = parseJsonText(model("9".repeat(400)), "m.json");
    expect(digits.ok ? [] : digits.problems.map((p) => p.code)).toEqual(["json-number-too-large"]);
    expect(parseJsonText(model("1e300"), "m.json").ok).toBe(true);
    expect(parseJsonText(model("0.08"), "m.json").ok).toBe(true);
  });
});
