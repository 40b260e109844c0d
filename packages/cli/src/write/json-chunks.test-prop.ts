import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks, jsonPieces } from "./json-chunks.js";

describe("jsonChunks (properties)", () => {
  it("gives the text JSON.stringify(value, null, 2) gives, for any document, cut at any depth", () => {
    // JSON values, with the entries JSON.stringify leaves out or writes as null (undefined, functions) and values with toJSON.
    const odd = fc.constantFrom(undefined, () => 1, new Date(0), { toJSON: () => ({ x: [1] }) }, { toJSON: () => undefined });
    const doc = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 2 }),
        odd,
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), doc), fc.integer({ min: 0, max: 5 }), (value, levels) => {
        const text = JSON.stringify(value, null, 2);
        expect([...jsonPieces(value, levels)].join("")).toBe(text);
        expect([...jsonChunks(value, levels)].join("")).toBe(text);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("cuts a large document into many pieces (no one string holds it)", () => {
    const value = { allocation: Array.from({ length: 1000 }, (_, i) => ({ facility: `F${i}`, flows: [{ from: "IT", to: "OPD", amount: i }] })) };
    const chunks = [...jsonPieces(value)];
    expect(chunks.length).toBeGreaterThan(1000);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200);
  });

  it("gives one string while V8 holds it, and the pieces when making it fails as V8 does past its longest string", () => {
    const value = { allocation: Array.from({ length: 1000 }, (_, i) => ({ facility: `F${i}`, amount: i })) };
    expect([...jsonChunks(value)]).toEqual([JSON.stringify(value, null, 2)]);
    const tooLong = (): string => {
      throw new RangeError("Invalid string length");
    };
    const chunks = [...jsonChunks(value, 3, tooLong)];
    expect(chunks.length).toBeGreaterThan(1000);
    expect(chunks.join("")).toBe(JSON.stringify(value, null, 2));
    const otherError = (): string => {
      throw new TypeError("Do not know how to serialize a BigInt");
    };
    expect(() => [...jsonChunks(value, 3, otherError)]).toThrow(TypeError);
  });
});
