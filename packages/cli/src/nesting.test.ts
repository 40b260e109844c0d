import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonTooDeep, MAX_NESTING } from "./nesting.js";
import { runCli } from "./testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-nesting-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const DEPTH = 100_000;

async function validate(name: string, text: string): Promise<{ code: number; stderr: string }> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const r = await runCli("validate", path);
  return { code: r.code, stderr: r.stderr.replaceAll(dir, "DIR") };
}

describe("a model nested 100,000 levels deep", () => {
  it("is refused as JSON with the line and column where it passes the limit, not a stack overflow", async () => {
    const r = await validate("deep.json", `{"programme":${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `DIR/deep.json:1:${1 + '{"programme":'.length + 5 * (MAX_NESTING - 1)}: the document is nested more than 100 levels deep here; expected a ` +
        `model (its deepest part is about 8 levels)`,
    );
  });

  it("is refused as a JSON list of lists, and as YAML, with a located message", async () => {
    const list = await validate("deep-list.json", `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`);
    expect(list.code).toBe(1);
    expect(list.stderr).toBe(
      "DIR/deep-list.json:1:101: the document is nested more than 100 levels deep here; expected a model (its deepest part is about 8 levels)",
    );
    const yaml = await validate("deep.yaml", `programme: ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}\n`);
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toMatch(/^DIR\/deep\.yaml:1:\d+: the document is nested more than 100 levels deep here/);
    expect(`${list.stderr}${yaml.stderr}`).not.toContain("call stack");
  });

  it("is refused as YAML nested in blocks past the limit, naming the JSON path", async () => {
    const lines = Array.from({ length: MAX_NESTING + 2 }, (_, i) => `${" ".repeat(i)}a${i}:`).join("\n");
    const r = await validate("blocks.yaml", `${lines} 1\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^DIR\/blocks\.yaml: \$\.a0\.a1\.a2.*: the document is nested more than 100 levels deep here/);
  });
});

describe("jsonTooDeep", () => {
  it("counts no bracket inside a string, escaped quotes included", () => {
    const inString = JSON.stringify({
      name: `${"[{".repeat(500)}\\" ${"{".repeat(500)}`,
    });
    expect(jsonTooDeep(inString)).toBeUndefined();
    expect(jsonTooDeep(`${"[".repeat(MAX_NESTING)}${"]".repeat(MAX_NESTING)}`)).toBeUndefined();
    expect(jsonTooDeep(`${"[".repeat(MAX_NESTING + 1)}${"]".repeat(MAX_NESTING + 1)}`)).toBe(MAX_NESTING);
  });
});
