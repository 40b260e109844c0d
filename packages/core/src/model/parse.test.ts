import { describe, expect, it } from "vitest";
import { minimalModel } from "../testing/minimal-model.js";
import { parseModel } from "./parse.js";

const problemsOf = (input: unknown, scenario?: string): string[] => {
  const r = parseModel(input, { scenario });
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
};

describe("parseModel", () => {
  it("accepts a valid model and applies defaults", () => {
    const r = parseModel(minimalModel());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.programme.language).toBe("vi");
    expect(r.model.costItems[0]).toMatchObject({ method: "straight-line", salvage: 0 });
  });

  it("does not change its input", () => {
    const input = minimalModel();
    const copy = structuredClone(input);
    parseModel(input, { scenario: "long-life" });
    expect(input).toEqual(copy);
  });

  it("applies a scenario's overrides before validating", () => {
    const r = parseModel(minimalModel(), { scenario: "long-life" });
    expect(r.ok && r.model.costItems[0]).toMatchObject({ usefulLife: 6 });
    expect(r.ok && r.model.programme.discountRate).toBe(0.05);
  });

  it("refuses a price step of 0 (or -0), which would divide by zero when prices are rounded", () => {
    for (const step of [0, -0]) {
      const m = { ...minimalModel(), pricing: { priceStep: step } };
      expect(problemsOf(m)).toEqual([
        `$.pricing.priceStep: expected a price step: a whole number ≥ 1 in the currency's minor unit, such as 100 (prices are rounded to a multiple ` +
          `of it), got ${step}`,
      ]);
    }
  });

  it("names each problem's path and what is expected, in English and Vietnamese", () => {
    const m = minimalModel() as unknown as { facilities: Record<string, unknown>[]; costItems: Record<string, unknown>[] };
    m.facilities[0]!["beds"] = -5;
    m.costItems[0]!["cost"] = "abc";
    const r = parseModel(m);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ["$.facilities[0].beds", "expected-type"],
      ["$.costItems[0].cost", "expected-type"],
    ]);
    expect(r.problems[0]!.message).toMatchInlineSnapshot(`
      {
        "en": "expected a whole number ≥ 0, got -5",
        "vi": "cần một số nguyên ≥ 0, nhận được -5",
      }
    `);
  });

  describe("broken models", () => {
    it("reports wrong types", () => {
      const m = minimalModel() as unknown as { programme: Record<string, unknown> };
      m.programme["firstYear"] = "2021";
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.programme.firstYear: expected a year as a whole number, such as 2021, got "2021"",
        ]
      `);
    });

    it("says once what an amount far past the exact range should be, though two checks of it fail", () => {
      const m = minimalModel() as unknown as { costItems: Record<string, unknown>[] };
      m.costItems[2]!["amount"] = 1e20;
      expect(problemsOf(m)).toEqual([expect.stringMatching(/^\$\.costItems\[2\]\.amount: expected an amount of money.*got 100000000000000000000$/)]);
    });

    it("reports negative amounts", () => {
      const m = minimalModel() as unknown as { costItems: Record<string, unknown>[] };
      m.costItems[2]!["amount"] = -1;
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.costItems[2].amount: expected an amount of money: a whole number ≥ 0 in the currency's minor unit (đồng for VND), such as 1500000000, got -1",
        ]
      `);
    });

    it("reports unknown facility and funding ids", () => {
      const m = minimalModel() as unknown as { costItems: Record<string, unknown>[] };
      m.costItems[1]!["facility"] = "H9";
      m.costItems[2]!["funding"] = "bank";
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.costItems[1].facility: unknown facility or pool "H9"; expected one of "H1", "P1", "POOL"",
          "$.costItems[2].funding: unknown funding source "bank"; expected one of "budget", "own"",
        ]
      `);
    });

    it("names what an unknown id should be in Vietnamese under vi", () => {
      const m = minimalModel() as unknown as { costItems: Record<string, unknown>[] };
      m.costItems[1]!["facility"] = "H9";
      m.costItems[2]!["funding"] = "bank";
      const r = parseModel(m);
      expect(r.ok ? [] : r.problems.map((p) => p.message.vi)).toEqual([
        'không có cơ sở hoặc hạng mục dùng chung "H9"; cần một trong "H1", "P1", "POOL"',
        'không có nguồn vốn "bank"; cần một trong "budget", "own"',
      ]);
    });

    it("reports duplicate ids with the place of the first", () => {
      const m = minimalModel() as unknown as { facilities: Record<string, unknown>[] };
      m.facilities[1]!["id"] = "H1";
      expect(problemsOf(m)[0]).toMatchInlineSnapshot(`"$.facilities[1].id: duplicate id "H1": it is already used at $.facilities[0].id; ids must be unique"`);
    });

    it("reports a last year before the first", () => {
      const m = minimalModel() as unknown as { programme: Record<string, unknown> };
      m.programme["lastYear"] = 2019;
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.programme.lastYear: the last year (2019) is before the first year (2021); expected a year from 2021 on",
        ]
      `);
    });

    it("reports missing fields, unknown fields and a bad nature", () => {
      const m = minimalModel() as unknown as { facilities: Record<string, unknown>[]; costItems: Record<string, unknown>[] };
      delete m.facilities[0]!["name"];
      m.facilities[0]!["bedz"] = 1;
      m.costItems[0]!["nature"] = "lease";
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.facilities[0].name: required: expected non-empty text",
          "$.facilities[0].bedz: unknown field "bedz"",
          "$.costItems[0].nature: expected "nature": "capital", "recurring" or "one-off", got "lease"",
        ]
      `);
    });

    it("reports funding shares that do not add up to one, salvage above cost and years outside the programme", () => {
      const m = minimalModel() as unknown as { costItems: Record<string, unknown>[] };
      m.costItems[0]!["funding"] = [
        { source: "budget", share: 0.6 },
        { source: "own", share: 0.3 },
      ];
      m.costItems[0]!["salvage"] = 2_000_000_000;
      m.costItems[2]!["year"] = 2030;
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.costItems[0].funding: funding shares add up to 0.9; expected them to add up to exactly 1",
          "$.costItems[0].salvage: salvage value 2000000000 is greater than the cost 1000000001; expected at most the cost",
          "$.costItems[2].year: year 2030 is outside the programme's years; expected 2021 to 2023",
        ]
      `);
    });

    it("reports an unknown scenario and an override that does not apply", () => {
      expect(problemsOf(minimalModel(), "nope")).toMatchInlineSnapshot(`
        [
          "$.scenarios: no scenario named "nope"; expected one of "long-life"",
        ]
      `);
      const m = minimalModel();
      m.scenarios = [{ name: "bad", overrides: { "costItems[NOPE].usefulLife": 4 } }];
      expect(problemsOf(m, "bad")).toMatchInlineSnapshot(`
        [
          "$.scenarios[0].overrides["costItems[NOPE].usefulLife"]: scenario override "costItems[NOPE].usefulLife" cannot be applied: the model has no "[NOPE]" there",
        ]
      `);
    });

    it("reports a document that is not an object", () => {
      expect(problemsOf(42)).toMatchInlineSnapshot(`
        [
          "$: expected an object { ... }, got 42",
        ]
      `);
    });

    it("takes an in-service month in any year a model may have, 1900 to 2200 (found by fuzzing)", () => {
      const at = (inService: string): string[] => {
        const m = minimalModel();
        m.programme = { ...m.programme, firstYear: 2190, lastYear: 2200, priceIndex: undefined };
        m.costItems = [
          { id: "LATE", name: "Servers", facility: "H1", category: "infrastructure", funding: "budget", nature: "capital", cost: 1, inService, usefulLife: 1 },
        ];
        m.savings = [];
        m.scenarios = [];
        return problemsOf(m);
      };
      expect(at("2200-12")).toEqual([]);
      expect(at("2201-01")).toMatchInlineSnapshot(`
        [
          "$.costItems[0].inService: expected a month "YYYY-MM" or a date "YYYY-MM-DD", such as "2021-07", got "2201-01"",
        ]
      `);
    });

    it("shows NaN and Infinity as YAML writes them, never as JavaScript's NaN (found by fuzzing)", () => {
      expect(problemsOf(Number.NaN)).toMatchInlineSnapshot(`
        [
          "$: expected an object { ... }, got .nan",
        ]
      `);
      const m = minimalModel();
      (m.programme as Record<string, unknown>)["discountRate"] = Number.NEGATIVE_INFINITY;
      expect(problemsOf(m)).toMatchInlineSnapshot(`
        [
          "$.programme.discountRate: expected a rate as a decimal number between -0.99 and 10, such as 0.08 for 8 %, got -.inf",
        ]
      `);
    });
  });
});
