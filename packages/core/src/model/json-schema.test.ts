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

describe("edge cases: tables kept in CSV or Parquet files", () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(modelJsonSchema());
  /** Bac Ninh with its first price list's services, and its first facility's cost centres, given as table files. */
  const withTables = (services: unknown, centres: unknown = { file: "centres.csv" }, usage: unknown = { file: "usage.parquet" }): unknown => {
    const doc = structuredClone(bacNinhDocument()) as { serviceLists: Record<string, unknown>[]; facilities: Record<string, unknown>[] };
    doc.serviceLists[0]!["services"] = services;
    doc.facilities[0]!["costCentres"] = { method: "step-down", emrCentre: "IT", centres, usage };
    return doc;
  };

  it("takes a table file in place of a list of services, of cost centres or of usage, as the command line reads it", () => {
    for (const file of ["services.csv", "data/services-2025.parquet", "SERVICES.CSV"]) expect(validate(withTables({ file })), file).toBe(true);
  });

  it("refuses a reference that names no CSV or Parquet file, or carries other fields", () => {
    for (const bad of [{ file: "services.xlsx" }, { file: 5 }, {}, { file: "s.csv", sheet: "x" }])
      expect(validate(withTables(bad)), JSON.stringify(bad)).toBe(false);
    expect(validate(withTables({ file: "s.csv" }, { file: "centres.txt" }))).toBe(false);
  });

  it("tells a library caller which table file was not read in, rather than asking for a list", () => {
    const result = parseModel(withTables({ file: "services.csv" }));
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message.en}`)).toMatchInlineSnapshot(`
      [
        "$.facilities[0].costCentres.centres: the table file "centres.csv" is not read here; expected the rows themselves, or the model read by the costplan command line, which reads table files",
        "$.facilities[0].costCentres.usage: the table file "usage.parquet" is not read here; expected the rows themselves, or the model read by the costplan command line, which reads table files",
        "$.serviceLists[0].services: the table file "services.csv" is not read here; expected the rows themselves, or the model read by the costplan command line, which reads table files",
      ]
    `);
  });
});
