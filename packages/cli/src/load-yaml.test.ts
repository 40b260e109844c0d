import { describe, expect, it } from "vitest";
import { parseYamlText } from "./load-yaml.js";

describe("parseYamlText: aliases the YAML library refuses by throwing", { timeout: 30_000 }, () => {
  it("names an alias with no anchor before it, at the alias, in both languages", () => {
    const loaded = parseYamlText("programme:\n  name: *missing\n", "m.yaml");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "yaml-unknown-alias",
          "message": {
            "en": "the alias *missing names no anchor &missing before it; expected the anchor to be set first",
            "vi": "bí danh *missing không trỏ tới neo &missing nào đứng trước; cần đặt neo trước khi dùng bí danh",
          },
          "where": "m.yaml:2:9",
        },
      ]
    `);
  });

  it("refuses an alias bomb with the limit, in bounded time, but reads an anchor reused a few hundred times", () => {
    const bomb = `a: &a [1, 2, 3]\n${Array.from({ length: 30 }, (_, i) => `b${i}: [${Array(100).fill("*a").join(", ")}]`).join("\n")}\n`;
    const started = performance.now();
    const loaded = parseYamlText(bomb, "bomb.yaml");
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(loaded.ok ? [] : loaded.problems.map((p) => [p.code, p.where, p.message.en])).toEqual([
      [
        "yaml-too-many-aliases",
        "bomb.yaml:1:1",
        "the file repeats anchored values through aliases more than 2000 times; expected a model without alias chains",
      ],
    ]);
    // Few aliases that expand exponentially ("billion laughs") are stopped by the expansion count.
    const laughs = [
      "a0: &a0 [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(", ")}]`),
    ];
    const expanded = parseYamlText(`${laughs.join("\n")}\n`, "laughs.yaml");
    expect(expanded.ok ? [] : expanded.problems.map((p) => p.code)).toEqual(["yaml-too-many-aliases"]);
    const reused = `a: &a 5\nb: [${Array(300).fill("*a").join(", ")}]\n`;
    expect(parseYamlText(reused, "ok.yaml").ok).toBe(true);
  });
});

describe("parseYamlText: nesting past the parser's own stack", { timeout: 30_000 }, () => {
  it("says only that the document is too deep, once, where it is", () => {
    const loaded = parseYamlText("[".repeat(100_000), "deep.yaml");
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.code)).toEqual(["too-deep"]);
  });

  it("shows each syntax complaint at a place once", () => {
    const loaded = parseYamlText("a: [1, 2\nb: {c: 3\n", "broken.yaml");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.problems.map((p) => `${p.where}: ${p.message.en}`);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
