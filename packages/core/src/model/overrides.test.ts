import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { inTables } from "../testing/service-tables.js";
import { overrideSites } from "./override-sites.js";
import { parseModel, parseScenario, type ParseResult } from "./parse.js";
import type { Model } from "./schema.js";

type Doc = Record<string, unknown> & { serviceLists: Record<string, unknown>[] };

/** A small generated model with the given scenarios, its services inline and the same services in one shared table. */
function forms(scenarios: readonly { name: string; overrides: Record<string, unknown> }[]) {
  const generated = generateModel({ size: "small", facilities: 2, centres: 4, supportCentres: 1, services: 4, years: 2, seed: 3 });
  const inline = { ...generated, scenarios: scenarios.map((s) => ({ ...s, description: "x" })) } as unknown as Doc;
  const tables = inTables(inline);
  return { inline, ...tables };
}

function scenario(document: unknown, name: string, serviceTables?: Parameters<typeof parseScenario>[3]): ParseResult {
  const base = parseModel(document, { serviceTables });
  if (!base.ok) throw new Error(base.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return parseScenario(document, base.model, name, serviceTables);
}

const model = (r: ParseResult): Model => {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
  return r.model;
};
const problems = (r: ParseResult, language: "en" | "vi" = "en"): string[] => (r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message[language]}`));

describe("scenario overrides of services held in a table", () => {
  it("reach a row of the table by position: the scenario has the new value, the base and other scenarios keep the file's", () => {
    const { inline, document, serviceTables } = forms([
      { name: "vol", overrides: { "serviceLists[0].services[1].volume": 5000 } },
      { name: "other", overrides: { "programme.discountRate": 0.05 } },
    ]);
    const volumes = Float64Array.from((serviceTables.get(0)!.columns.get("volume") as { values: Float64Array }).values);
    const vol = model(scenario(document, "vol", serviceTables));
    expect(vol.serviceLists[0]!.services[1]!.volume).toBe(5000);
    expect(vol).toStrictEqual(model(scenario(inline, "vol")));
    const base = model(parseModel(document, { serviceTables }));
    expect(base.serviceLists[0]!.services[1]!.volume).not.toBe(5000);
    expect(model(scenario(document, "other", serviceTables)).serviceLists).toStrictEqual(base.serviceLists);
    // The shared columns are as read: the change lives beside them, in the scenario's copy of the table.
    expect((serviceTables.get(0)!.columns.get("volume") as { values: Float64Array }).values).toStrictEqual(volumes);
    expect(serviceTables.get(0)!.patched).toBeUndefined();
  });

  it("reach a row by the list's id and the service's name or code, and a cost element, as inline", () => {
    const list = forms([]).inline.serviceLists[1]!;
    const service = (list["services"] as Record<string, unknown>[])[2]!;
    const overrides = {
      [`serviceLists[${String(list["id"])}].services[${String(service["name"])}].currentPrice`]: 123000,
      [`serviceLists[1].services[${String(service["code"])}].weight`]: 2.5,
      // A new field, then a field inside it: the overrides apply in order, as inline.
      "serviceLists[1].services[0].costElements": { personnel: 777 },
      "serviceLists[1].services[0].costElements.direct": 5,
      "serviceLists[1].services[3]": { ...(list["services"] as Record<string, unknown>[])[3], code: "NEW-1" },
    };
    const both = forms([{ name: "s", overrides }]);
    const fromTable = model(scenario(both.document, "s", both.serviceTables));
    expect(fromTable).toStrictEqual(model(scenario(both.inline, "s")));
    // The first row with that name takes the price, as the first such entry of an inline list does.
    const first = fromTable.serviceLists[1]!.services.findIndex((s) => s.name === service["name"]);
    expect(fromTable.serviceLists[1]!.services[first]!.currentPrice).toBe(123000);
    expect(fromTable.serviceLists[1]!.services[2]!.weight).toBe(2.5);
    expect(fromTable.serviceLists[1]!.services[0]!.costElements).toStrictEqual({
      personnel: 777,
      direct: 5,
      depreciation: 0,
      generalAdministrative: 0,
      accumulation: 0,
    });
    expect(fromTable.serviceLists[1]!.services[3]).toMatchObject({ code: "NEW-1", weight: 1 });
  });

  it("take a whole new list of services, or a list's other fields, as inline", () => {
    const rows = [{ code: "X1", name: "Only", category: "examination", centre: "OPD", volume: 10, currentPrice: 10 }];
    const { inline, document, serviceTables } = forms([
      { name: "rows", overrides: { "serviceLists[0].services": rows, "serviceLists[1].services[0].volume": 9 } },
      { name: "share", overrides: { "serviceLists[0].insuredShare": 0.8 } },
    ]);
    expect(model(scenario(document, "rows", serviceTables))).toStrictEqual(model(scenario(inline, "rows")));
    expect(model(scenario(document, "share", serviceTables))).toStrictEqual(model(scenario(inline, "share")));
  });

  it("are validated as an inline service's value is: the same problems at the same paths", () => {
    const { inline, document, serviceTables } = forms([
      {
        name: "bad",
        overrides: { "serviceLists[0].services[1].volume": -3, "serviceLists[0].services[2].category": "surgery", "serviceLists[0].services[0].extra": 1 },
      },
    ]);
    const fromTable = scenario(document, "bad", serviceTables);
    expect(problems(fromTable)).toStrictEqual(problems(scenario(inline, "bad")));
    expect(problems(fromTable)).toMatchInlineSnapshot(`
      [
        "$.serviceLists[0].services[0].extra: unknown field "extra"",
        "$.serviceLists[0].services[1].volume: expected a whole number ≥ 0, got -3",
        "$.serviceLists[0].services[2].category: expected "examination", "bed-day", "technical" or "test", got "surgery"",
      ]
    `);
  });
});

describe("edge cases", () => {
  it("names the list and its number of rows for a row beyond the table, in English and Vietnamese", () => {
    const { document, serviceTables } = forms([{ name: "far", overrides: { "serviceLists[0].services[999999].volume": 1 } }]);
    const far = scenario(document, "far", serviceTables);
    expect(problems(far)).toMatchInlineSnapshot(`
      [
        "$.scenarios[0].overrides["serviceLists[0].services[999999].volume"]: scenario override "serviceLists[0].services[999999].volume" cannot be applied: the price list "MC01-PRICES" has 4 services in its table "services.csv", so "[999999]" is beyond them; expected a row from 0 to 3",
      ]
    `);
    expect(problems(far, "vi")).toMatchInlineSnapshot(`
      [
        "$.scenarios[0].overrides["serviceLists[0].services[999999].volume"]: không áp dụng được thay đổi "serviceLists[0].services[999999].volume" của kịch bản: bảng giá "MC01-PRICES" có 4 dịch vụ trong tệp bảng "services.csv", nên "[999999]" vượt quá số dòng; cần một dòng từ 0 đến 3",
      ]
    `);
  });

  it("says which step is missing for a service name no row has, or a field path through a number, as inline", () => {
    const overrides = { "serviceLists[0].services[No such service].volume": 1, "serviceLists[0].services[0].volume.x": 1 };
    const { inline, document, serviceTables } = forms([{ name: "missing", overrides }]);
    expect(problems(scenario(document, "missing", serviceTables))).toStrictEqual(problems(scenario(inline, "missing")));
  });
});

describe("override sites", () => {
  it("give each override of a scenario with the place it lands, a table's row by its position", () => {
    const { inline, document, serviceTables } = forms([
      { name: "s", overrides: { "serviceLists[MC01-PRICES].services[1].volume": 7, "programme.discountRate": 0.05 } },
    ]);
    const base = model(parseModel(document, { serviceTables }));
    const sites = overrideSites(document, base, "s", serviceTables);
    expect(sites).toStrictEqual([
      { override: '$.scenarios[0].overrides["serviceLists[MC01-PRICES].services[1].volume"]', landed: "$.serviceLists[0].services[1].volume" },
      { override: '$.scenarios[0].overrides["programme.discountRate"]', landed: "$.programme.discountRate" },
    ]);
    expect(overrideSites(inline, model(parseModel(inline)), "s")).toStrictEqual(sites);
    expect(overrideSites(document, base, "no such scenario", serviceTables)).toStrictEqual([]);
  });
});
