import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasNonFiniteNumber, numberPastRange } from "./json-numbers.js";

describe("hasNonFiniteNumber", () => {
  it("finds a number JSON.parse read past ±1.8e308 at any depth, in objects and lists", () => {
    expect(hasNonFiniteNumber(JSON.parse('{"a": [1, {"b": 1e400}]}'))).toBe(true);
    expect(hasNonFiniteNumber(JSON.parse("[[[-1e999]]]"))).toBe(true);
    expect(hasNonFiniteNumber(JSON.parse('{"a": [1, {"b": 1e300}], "c": "1e400"}'))).toBe(false);
  });

  it("agrees with the search of the text on any document: the text is searched only when the walk finds one", () => {
    const big = fc.constantFrom("1e400", "-2e999", "1" + "0".repeat(310));
    const text = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.tuple(fc.json({ maxDepth: 2 }), big).map(([j, b]) => `{"x": ${j}, "y": [${b}]}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(hasNonFiniteNumber(JSON.parse(t))).toBe(numberPastRange(t) !== undefined);
      }),
    );
  });
});
