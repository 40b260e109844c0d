import { describe, expect, it } from "vitest";
import { parseYamlText } from "./load-yaml.js";

describe("parseYamlText: aliases the YAML library refuses by throwing", () => {
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
    const bomb = `a: &a [1, 2, 3]\n${Array.from({ length: 200 }, (_, i) => `b${i}: [${Array(100).fill("*a").join(", ")}]`).join("\n")}\n`;
    const started = performance.now();
    const loaded = parseYamlText(bomb, "bomb.yaml");
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(loaded.ok ? [] : loaded.problems.map((p) => [p.code, p.where])).toEqual([["yaml-too-many-aliases", "bomb.yaml:1:1"]]);
    const reused = `a: &a 5\nb: [${Array(300).fill("*a").join(", ")}]\n`;
    expect(parseYamlText(reused, "ok.yaml").ok).toBe(true);
  });
});
