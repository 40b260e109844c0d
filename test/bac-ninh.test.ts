import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseModel, runModel } from "@costplan/core";
import { bacNinhModel } from "../examples/bac-ninh/bac-ninh.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const modelFile = read("../examples/bac-ninh/model.json");

describe("the Bac Ninh example", () => {
  it("is exactly what its builder writes (run `npx tsx examples/bac-ninh/build-model.ts` after changing it)", () => {
    expect(modelFile).toEqual(JSON.parse(JSON.stringify(bacNinhModel())));
  });

  it("validates against the JSON Schema the core package ships, as an editor would", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read("../packages/core/model.schema.json") as object);
    expect(validate(modelFile), JSON.stringify(validate.errors)).toBe(true);
  });

  it("is rejected by the JSON Schema when broken, as it is by parseModel", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read("../packages/core/model.schema.json") as object);
    const broken = structuredClone(modelFile) as { costItems: Record<string, unknown>[] };
    broken.costItems[0]!["cost"] = -1;
    expect(validate(broken)).toBe(false);
    expect(parseModel(broken).ok).toBe(false);
  });

  it("reproduces every figure of the source exactly", () => {
    const parsed = parseModel(modelFile);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join("\n"));
    const { summary, reconciliation } = runModel(parsed.model);
    expect(summary.totalCost).toBe(292_600_000_000);
    expect(summary.byOwnership).toEqual({ public: 212_300_000_000, private: 80_300_000_000 });
    expect(summary.units).toBe(56);
    expect(summary.target).toBe(54);
    expect(summary.attainment).toBe(56 / 54);
    expect(reconciliation.every((r) => r.matches)).toBe(true);
  });

  it("has 15 public hospitals, 16 medical centres, 23 private hospitals and 2 CDCs, with every non-source figure labelled", () => {
    const parsed = parseModel(modelFile);
    if (!parsed.ok) throw new Error("invalid");
    const kinds = parsed.model.facilities.map((f) => f.kind);
    expect(["public-hospital", "medical-centre", "private-hospital", "cdc"].map((k) => kinds.filter((x) => x === k).length)).toEqual([15, 16, 23, 2]);
    for (const item of parsed.model.costItems) expect(item.assumption, item.id).toBeDefined();
    for (const f of parsed.model.facilities) expect(f.assumption, f.id).toBeDefined();
    for (const s of parsed.model.savings) expect(s.assumption, s.id).toBeDefined();
  });
});
