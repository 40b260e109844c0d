import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { textIn } from "./local-text.js";

describe("textIn", () => {
  it("picks the text in the asked language when the model gives both", () => {
    expect(textIn({ en: "volume is assumed", vi: "số lượt là giả định" }, "vi")).toBe("số lượt là giả định");
    expect(textIn({ en: "volume is assumed", vi: "số lượt là giả định" }, "en")).toBe("volume is assumed");
  });

  it("shows a plain string in either language", () => {
    expect(textIn("one language", "vi")).toBe("one language");
    expect(textIn("one language", "en")).toBe("one language");
  });

  it("returns nothing when the model gives no text", () => {
    expect(textIn(undefined, "vi")).toBeUndefined();
  });

  it("falls back to the other language, whichever is missing, and never returns nothing for a text that has one", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom("en" as const, "vi" as const),
        fc.constantFrom("en" as const, "vi" as const),
        (s, given, asked) => {
          expect(textIn({ [given]: s }, asked)).toBe(s);
        },
      ),
    );
  });

  describe("edge cases", () => {
    it("prefers the asked language even when the other comes first in the object", () => {
      expect(textIn({ vi: "tiếng Việt", en: "English" }, "en")).toBe("English");
    });
  });
});
