import { describe, expect, it } from "vitest";
import { duplicateKey, invalidUtf8At } from "./input-guard.js";

describe("input guard", () => {
  it("finds a key written twice in one object, at the second", () => {
    const text = '{"a": 1, "b": {"__proto__": 1, "__proto__": 2}}';
    expect(duplicateKey(text)).toEqual({ key: "__proto__", offset: text.lastIndexOf('"__proto__"') });
  });
  it("accepts the same key in different objects", () => {
    expect(duplicateKey('[{"id": 1}, {"id": 2}]')).toBeUndefined();
  });
  it("names the byte offset of invalid UTF-8", () => {
    expect(invalidUtf8At(new Uint8Array([0x7b, 0x22, 0xff, 0x22]))).toBe(2);
    expect(invalidUtf8At(new TextEncoder().encode('{"tên": "đồng"}'))).toBeUndefined();
  });
});
