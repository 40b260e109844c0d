import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { functionsMetadata } from "../../scripts/metadata.js";
import { stubRuntime } from "../testing/custom-functions-stub.js";
import { associateAll, FUNCTION_FILES, FUNCTIONS } from "./registry.js";
import { VI_DESCRIPTIONS } from "./vi.js";

const here = fileURLToPath(new URL(".", import.meta.url));

describe("the custom-function registry", () => {
  it("associates exactly the ids functions.json declares, generated from the JSDoc with no error", async () => {
    const metadata = await functionsMetadata(FUNCTION_FILES.map((f) => `${here}${f}`));
    const runtime = stubRuntime();
    const ids = associateAll(runtime);
    expect([...runtime.associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(ids.sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of metadata.functions) expect(f.name, f.id).toBe(f.id);
  }, 30_000);

  it("lists every file holding a @customfunction comment", () => {
    const withTag = readdirSync(here).filter(
      (f) => f.endsWith(".ts") && !f.includes(".test") && /^\s*\* @customfunction\b/m.test(readFileSync(`${here}${f}`, "utf8")),
    );
    expect([...FUNCTION_FILES].sort()).toEqual(withTag.sort());
  });

  it("declares spilled results as matrices and optional arguments as optional", async () => {
    const metadata = await functionsMetadata(FUNCTION_FILES.map((f) => `${here}${f}`));
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    for (const id of ["ALLOCATE", "DIRECT", "STEPDOWN", "RECIPROCAL", "FLOWS", "EMRCOMPONENT"]) expect(byId.get(id)!.result.dimensionality, id).toBe("matrix");
    expect(byId.get("ALLOCATE")!.parameters.map((p) => [p.name, p.optional ?? false, p.dimensionality ?? "scalar"])).toEqual([
      ["total", false, "scalar"],
      ["weights", false, "matrix"],
      ["decimals", true, "scalar"],
    ]);
  }, 30_000);

  it("has a Vietnamese description for every function and argument", async () => {
    const metadata = await functionsMetadata(FUNCTION_FILES.map((f) => `${here}${f}`));
    for (const f of metadata.functions) {
      const vi = VI_DESCRIPTIONS[f.id];
      expect(vi, f.id).toBeDefined();
      expect(Object.keys(vi!.parameters).sort(), f.id).toEqual(f.parameters.map((p) => p.name).sort());
    }
  }, 30_000);

  it("fails the build on a broken @customfunction comment instead of writing nothing", async () => {
    const bad = fileURLToPath(new URL("../testing/bad-custom-function.fixture.ts", import.meta.url));
    await expect(functionsMetadata([bad])).rejects.toThrow(/custom-functions-metadata found errors/);
  });
});
