import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { modelJsonSchema } from "./json-schema.js";
import { parseModel } from "./parse.js";
import { bacNinhDocument } from "../testing/bac-ninh.js";

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

  it("takes a provenance text as plain text or in English and Vietnamese, and refuses an empty one, as parseModel does", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(modelJsonSchema());
    const withAssumption = (assumption: unknown): unknown => {
      const doc = structuredClone(bacNinhDocument()) as { programme: Record<string, unknown> };
      doc.programme["assumption"] = assumption;
      return doc;
    };
    for (const ok of ["one language", { en: "English" }, { vi: "tiếng Việt" }, { en: "English", vi: "tiếng Việt" }]) {
      expect(validate(withAssumption(ok)), JSON.stringify(ok)).toBe(true);
      expect(parseModel(withAssumption(ok)).ok, JSON.stringify(ok)).toBe(true);
    }
    for (const bad of [{}, { fr: "français" }, { en: "" }, ""]) {
      expect(validate(withAssumption(bad)), JSON.stringify(bad)).toBe(false);
      expect(parseModel(withAssumption(bad)).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
