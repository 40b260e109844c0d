// The engine's figures, pinned: every run in test/golden/engine-cases.ts must give the same
// JSON, figure for figure, as the golden file written before the engine was rewritten.
// A difference is either a bug or a documented fix (then: regenerate the golden files with
// `npx tsx test/golden/make-engine-golden.ts` and list the fix in the commit and README).
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";
import { GOLDEN_CASES, goldenFile, portable } from "./golden/engine-cases.js";

/** Every path at which two JSON values differ, with both values; at most `limit` of them. */
function differences(expected: unknown, actual: unknown, path = "$", found: string[] = [], limit = 20): string[] {
  if (found.length >= limit) return found;
  if (typeof expected !== typeof actual || Array.isArray(expected) !== Array.isArray(actual) || (expected === null) !== (actual === null)) {
    found.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  } else if (typeof expected === "object" && expected !== null) {
    const a = expected as Record<string, unknown>;
    const b = actual as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      if (!(k in b)) found.push(`${path}.${k}: missing`);
      else if (!(k in a)) found.push(`${path}.${k}: unexpected ${JSON.stringify(b[k]).slice(0, 80)}`);
      else differences(a[k], b[k], Array.isArray(expected) ? `${path}[${k}]` : `${path}.${k}`, found, limit);
      if (found.length >= limit) break;
    }
  } else if (expected !== actual) {
    found.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return found;
}

describe("the engine's golden outputs", () => {
  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))("%s gives the pinned figures", async (_, c) => {
    const golden = JSON.parse(gunzipSync(readFileSync(goldenFile(c.name))).toString("utf8")) as unknown;
    const { code, stdout, stderr } = await runCli(...c.argv);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(differences(golden, JSON.parse(portable(stdout)))).toEqual([]);
  });

  it("tells a changed figure by its path", () => {
    expect(differences({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual(["$.a[1].b: expected 2, got 3"]);
    expect(differences({ a: 1 }, { a: 1, c: 2 })).toEqual(["$.c: unexpected 2"]);
  });
});
