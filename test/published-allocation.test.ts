// Published worked examples of support-department cost allocation (textbooks, open
// textbooks, hospital costing documentation), each run through `costplan allocate --json`
// and compared with the published answer within the rounding the source used. Sources,
// and any misprints found in them, are recorded in each fixture's "source" field.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../packages/cli/src/main.js";

// NAME.problem.json is the problem as `costplan allocate` reads it; NAME.expected.json holds
// the source and its published answer.
interface Expected {
  source: { title: string; url: string; where: string; note?: string };
  expected: { final: Record<string, number>; support?: Record<string, number>; tolerance: number };
}

const folder = new URL("./fixtures/allocation/published/", import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".problem.json"))
  .sort();

async function allocateJson(
  file: string,
): Promise<{ final: Record<string, number | string>; support: Record<string, number | string>; total: number | string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["allocate", fileURLToPath(new URL(file, folder)), "--json"], { out: (t) => out.push(t), err: (t) => err.push(t) });
  if (code !== 0) throw new Error(err.join("\n"));
  return JSON.parse(out.join("\n")) as never;
}

describe("published worked examples of support-department cost allocation", () => {
  it("has examples of every method, including hospital ones", () => {
    const methods = files.map((f) => (JSON.parse(readFileSync(new URL(f, folder), "utf8")) as { method: string }).method);
    expect(new Set(methods)).toEqual(new Set(["direct", "step-down", "reciprocal"]));
    expect(files.filter((f) => f.includes("hospital")).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)("%s matches the published answer", async (file) => {
    const fixture = JSON.parse(readFileSync(new URL(file.replace(".problem.json", ".expected.json"), folder), "utf8")) as Expected;
    expect(fixture.source.url).toMatch(/^https:\/\//);
    const result = await allocateJson(file);
    for (const [centre, published] of Object.entries(fixture.expected.final)) {
      expect(Math.abs(Number(result.final[centre]) - published), `${centre}: ${String(result.final[centre])} vs published ${published}`).toBeLessThanOrEqual(
        fixture.expected.tolerance,
      );
    }
    for (const [centre, published] of Object.entries(fixture.expected.support ?? {})) {
      expect(
        Math.abs(Number(result.support[centre]) - published),
        `${centre}: ${String(result.support[centre])} vs published ${published}`,
      ).toBeLessThanOrEqual(fixture.expected.tolerance);
    }
  });
});
