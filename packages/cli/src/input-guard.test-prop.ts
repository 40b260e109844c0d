import fc from "fast-check";
import { visit } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { duplicateKey, invalidUtf8At, scanParsedJson } from "./input-guard.js";

/** The reference: jsonc-parser's full tokeniser, keys decoded, the first repeat in document order. */
function reference(text: string): { key: string; offset: number } | undefined {
  const stack: Set<string>[] = [];
  let found: { key: string; offset: number } | undefined;
  visit(text, {
    onObjectBegin: () => {
      stack.push(new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (key, offset) => {
      const keys = stack[stack.length - 1]!;
      if (found === undefined && keys.has(key)) found = { key, offset };
      keys.add(key);
    },
  });
  return found;
}

/** The reference depth check: jsonc-parser's tokeniser, the offset of the first bracket opening level `limit + 1`. */
function deepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let found: number | undefined;
  const open = (offset: number): void => {
    depth += 1;
    if (found === undefined && depth > limit) found = offset;
  };
  const close = (): void => {
    depth -= 1;
  };
  visit(text, { onObjectBegin: open, onArrayBegin: open, onObjectEnd: close, onArrayEnd: close });
  return found;
}

// Key bodies as written in the file: escapes that decode to the same key, quotes, backslashes, commas and brackets inside strings.
const keyBody = fc.constantFrom("a", "b", "\\u0061", 'q\\"', "x\\\\", "{,}", "[:]", "đồng");
const space = fc.constantFrom("", " ", "\n  ");
const scalar = fc.oneof(
  fc.jsonValue({ maxDepth: 0 }).map((v) => JSON.stringify(v)),
  keyBody.map((k) => `"${k}"`),
);
const { value } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
    fc
      .tuple(fc.array(fc.tuple(keyBody, tie("value")), { maxLength: 5 }), space)
      .map(([entries, s]) => `{${entries.map(([k, v]) => `${s}"${k}"${s}:${s}${v}`).join(",")}${s}}`),
  ),
}));

describe("duplicateKey (properties)", () => {
  it("finds the same first repeated key, at the same offset, as a full JSON tokeniser", () => {
    fc.assert(
      fc.property(value, (text) => {
        JSON.parse(text);
        expect(duplicateKey(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("scanParsedJson stops where the separate depth scan and duplicate search would, the earlier of the two", () => {
    fc.assert(
      fc.property(value, fc.nat({ max: 4 }), (text, limit) => {
        JSON.parse(text);
        const deep = deepAt(text, limit);
        const twice = reference(text);
        const expected =
          twice !== undefined && (deep === undefined || twice.offset < deep)
            ? { kind: "duplicate", ...twice }
            : deep === undefined
              ? undefined
              : { kind: "deep", offset: deep };
        expect(scanParsedJson(text, limit)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees on objects with many keys too (past the linear search, where the keys move to a set)", () => {
    const wide = fc
      .array(fc.tuple(fc.nat({ max: 80 }), fc.boolean()), { maxLength: 60 })
      .map((entries) => `{${entries.map(([k, nested]) => `"k${k}": ${nested ? `{"k${k}": [1, {"a": 2}]}` : k}`).join(", ")}}`);
    fc.assert(
      fc.property(wide, (text) => {
        JSON.parse(text);
        expect(duplicateKey(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it("accepts exactly the bytes a strict UTF-8 decoder accepts", () => {
    // Valid text with random bytes spliced in: overlong forms, lone surrogates and cut sequences among them.
    const bytes = fc.tuple(fc.string({ unit: "binary" }), fc.uint8Array({ maxLength: 6 }), fc.nat()).map(([text, noise, at]) => {
      const valid = new TextEncoder().encode(text);
      const cut = valid.length === 0 ? 0 : at % valid.length;
      return Uint8Array.from([...valid.subarray(0, cut), ...noise, ...valid.subarray(cut)]);
    });
    fc.assert(
      fc.property(bytes, (b) => {
        let strict = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          strict = false;
        }
        expect(invalidUtf8At(b) === undefined).toBe(strict);
      }),
      { numRuns: 2000 },
    );
  });
});
