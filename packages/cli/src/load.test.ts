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
