import { describe, expect, it } from "vitest";
import { reservedKeyProblems } from "./reserved-keys.js";

describe("reservedKeyProblems", () => {
  it("finds a __proto__ key written anywhere in a parsed document, with its path, in document order", () => {
    const doc: unknown = JSON.parse('{"a":{"__proto__":{"x":1}},"list":[{"b":{"__proto__":2}}],"ok":{"constructor":1}}');
    const found = reservedKeyProblems(doc);
    expect(found.map((p) => p.path)).toEqual(["$.a.__proto__", "$.list[0].b.__proto__"]);
    expect(found[0]?.message).toMatchInlineSnapshot(`
      {
        "en": "the name "__proto__" cannot be used: JavaScript reserves it and its value would be lost; use an id that starts with a letter or digit",
        "vi": "không dùng được tên "__proto__": JavaScript dành riêng tên này và giá trị của nó sẽ bị mất; hãy dùng mã bắt đầu bằng chữ cái hoặc chữ số",
      }
    `);
  });

  it("accepts the other names of Object.prototype's properties as data", () => {
    expect(reservedKeyProblems(JSON.parse('{"constructor":{"toString":1,"hasOwnProperty":{"valueOf":2}}}'))).toEqual([]);
  });

  describe("edge cases", () => {
    it("walks a document nested 100,000 levels deep without overflowing the stack", () => {
      const depth = 100_000;
      const text = `${'{"a":'.repeat(depth)}{"__proto__":1}${"}".repeat(depth)}`;
      const doc: unknown = JSON.parse(text);
      const found = reservedKeyProblems(doc);
      expect(found).toHaveLength(1);
      expect(found[0]!.path.length).toBe("$".length + depth * ".a".length + ".__proto__".length);
    });

    it("ignores scalars and an object built in code, whose __proto__ is not an own key", () => {
      expect(reservedKeyProblems(42)).toEqual([]);
      expect(reservedKeyProblems(null)).toEqual([]);
      expect(reservedKeyProblems({ __proto__: { x: 1 } })).toEqual([]);
    });
  });
});
