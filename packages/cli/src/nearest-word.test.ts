import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestWord } from "./nearest-word.js";

const OPTIONS = ["--json", "--scenario", "--lang", "--out", "--threads", "--detail", "--no-detail"];

describe("nearestWord", () => {
  it("finds the word one slip away: a letter dropped, added, changed, two swapped, or the case", () => {
    expect(nearestWord("--jso", OPTIONS)).toBe("--json");
    expect(nearestWord("--jsonn", OPTIONS)).toBe("--json");
    expect(nearestWord("--jsan", OPTIONS)).toBe("--json");
    expect(nearestWord("--jsno", OPTIONS)).toBe("--json");
    expect(nearestWord("--THREADS", OPTIONS)).toBe("--threads");
    expect(nearestWord("--scenaroi", OPTIONS)).toBe("--scenario");
  });

  it("suggests nothing for a word that is not a slip of any", () => {
    expect(nearestWord("--output", OPTIONS)).toBeUndefined();
    expect(nearestWord("--x", OPTIONS)).toBeUndefined();
    expect(nearestWord("", OPTIONS)).toBeUndefined();
    expect(nearestWord("--json", [])).toBeUndefined();
  });

  it("allows fewer slips in short words: a third of the word, at most 2", () => {
    expect(nearestWord("ru", ["run"])).toBeUndefined();
    expect(nearestWord("rnu", ["run"])).toBe("run");
    expect(nearestWord("--outt", ["--out"])).toBe("--out");
    expect(nearestWord("--ouuut", ["--out"])).toBe("--out");
    expect(nearestWord("--ouuuut", ["--out"])).toBeUndefined();
  });

  it("breaks a tie in favour of the word listed first", () => {
    expect(nearestWord("--detai", ["--detail", "--retail"])).toBe("--detail");
    expect(nearestWord("--retai", ["--detail", "--retail"])).toBe("--retail");
  });

  it("gives up on a typed word longer than any option, at once", () => {
    expect(nearestWord(`--json${"x".repeat(100_000)}`, OPTIONS)).toBeUndefined();
  });

  describe("properties", () => {
    it("returns a listed word or nothing, and a listed word (in any case) is its own answer", () => {
      fc.assert(
        fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 14 }), (words, typed) => {
          const found = nearestWord(typed, words);
          if (found !== undefined) expect(words).toContain(found);
          const own = words[0]!;
          if (own.length >= 3) expect(nearestWord(own.toUpperCase(), words)?.toLowerCase()).toBe(own.toLowerCase());
        }),
      );
    });
  });
});
