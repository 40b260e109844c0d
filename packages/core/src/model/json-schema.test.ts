import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelJsonSchema } from "./json-schema.js";

describe("modelJsonSchema", () => {
  it("is what the package ships as model.schema.json (run `npm run schema -w @costplan/core` after changing the schema)", () => {
    const shipped: unknown = JSON.parse(readFileSync(new URL("../../model.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(modelJsonSchema());
  });

  it("lists the required parts of a model and forbids unknown fields", () => {
    const schema = modelJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(["programme", "fundingSources", "facilities", "costItems"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
