import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { inTables } from "../testing/service-tables.js";
import { parseModel, parseScenario, type ParseResult } from "./parse.js";

/*
 * A scenario's overrides of services reach a list held in a table exactly as they reach the same
 * list written in the document: the same model, or the same problems at the same paths in the
 * same order, whatever rows, fields and values the overrides name.
 */

type Doc = Record<string, unknown> & { serviceLists: { id: string; services: Record<string, unknown>[] }[] };

const generated = generateModel({ size: "small", facilities: 2, centres: 4, supportCentres: 1, services: 4, years: 2, seed: 5 }) as unknown as Doc;
const ROWS = generated.serviceLists.map((l) => l.services.length);
const NAMES = generated.serviceLists.flatMap((l) => l.services.flatMap((s) => [String(s["name"]), String(s["code"])]));

const FIELDS = [
  ...["code", "name", "category", "bedType", "centre", "volume", "volumePerBed", "weight", "currentPrice", "maxPrice"],
  ...["insuredShare", "coverage", "source", "assumption", "costElements", "costElements.personnel", "extra", "__proto__"],
];

const someService = fc.constantFrom(...generated.serviceLists.flatMap((l) => l.services));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.constantFrom(0, 0.5, 1, 1.5, 1e300)) },
  { weight: 2, arbitrary: fc.constantFrom("", " x ", "test", "OPD", "LAB", "bed-day", "K-1", ...NAMES) },
  { weight: 2, arbitrary: someService.map((s) => ({ ...s })) },
  { weight: 1, arbitrary: someService.map((s) => [s]) },
  { weight: 1, arbitrary: fc.constantFrom({ personnel: 5 }, { en: "a", vi: "b" }, null, true, []) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Values an override of a field could give: the field's values in the model's services (so often valid), then anything. */
function plausible(field: string | undefined, list: number): fc.Arbitrary<unknown> {
  const services = generated.serviceLists[list]!.services;
  const own = field === undefined ? services.map((s) => ({ ...s })) : services.map((s) => s[field]).filter((v) => v !== undefined);
  return own.length === 0 ? value : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...own) }, { weight: 2, arbitrary: value });
}

/** An override of the services of a list: the list and the row by position or name, then a field (or none: the whole row), and a value. */
const serviceOverride = fc
  .record({
    list: fc.nat({ max: ROWS.length - 1 }),
    byId: fc.boolean(),
    row: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: Math.max(...ROWS) - 1 }) }, { weight: 1, arbitrary: fc.constantFrom(...NAMES, "Nothing") }),
    field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined, freq: 6 }),
  })
  .chain(({ list, byId, row, field }) => {
    const at = `serviceLists[${byId ? generated.serviceLists[list]!.id : list}].services[${typeof row === "number" ? Math.min(row, ROWS[list]! - 1) : row}]`;
    return plausible(field, list).map((v): [string, unknown] => [field === undefined ? at : `${at}.${field}`, v]);
  });

/** Other overrides a scenario may hold beside them: of the list itself, its services whole, or another part. */
const otherOverride = fc.tuple(fc.constantFrom("serviceLists[0].insuredShare", "serviceLists[1].services", "programme.discountRate"), value);

const overrides = fc
  .array(fc.oneof({ weight: 5, arbitrary: serviceOverride }, { weight: 1, arbitrary: otherOverride }), { minLength: 1, maxLength: 3 })
  .map((entries) => Object.fromEntries(entries));

const shown = (r: ParseResult): unknown => (r.ok ? r.model : r.problems.map((p) => `${p.path}: ${p.message.en} | ${p.message.vi}`));

describe("scenario overrides of services held in a table (properties)", () => {
  it("give the model, or the problems, that the same overrides of the list written in the document give", () => {
    const outcomes = [0, 0];
    fc.assert(
      fc.property(overrides, (o) => {
        const inline = { ...generated, scenarios: [{ name: "s", description: "x", overrides: o }] };
        const { document, serviceTables } = inTables(inline);
        const inlineBase = parseModel(inline);
        const tableBase = parseModel(document, { serviceTables });
        if (!inlineBase.ok || !tableBase.ok) throw new Error("the generated model is valid");
        const fromDocument = parseScenario(inline, inlineBase.model, "s");
        const fromTable = parseScenario(document, tableBase.model, "s", serviceTables);
        expect(shown(fromTable)).toStrictEqual(shown(fromDocument));
        // The tables the base was read with are left as they were.
        for (const table of serviceTables.values()) expect(table.patched).toBeUndefined();
        expect(parseModel(document, { serviceTables })).toStrictEqual(tableBase);
        outcomes[fromDocument.ok ? 0 : 1]! += 1;
      }),
      { numRuns: 300 },
    );
    // Both kinds of outcome were tried: scenarios that apply and ones that are refused.
    expect(outcomes[0]).toBeGreaterThan(10);
    expect(outcomes[1]).toBeGreaterThan(10);
  }, 120_000);
});
