import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  DEPRECIATION_METHODS,
  FACILITY_KINDS,
  FUNDING_KINDS,
  OWNERSHIPS,
  parseModel,
  SAVING_KINDS,
  type Language,
  type ModelInput,
} from "@costplan/core";
import { readInputs } from "./read-inputs.js";
import { writeTemplate } from "./write-inputs.js";

type Gen = fc.GeneratorValue;

// Text as people write it, including text that Excel would take for a formula.
const text = fc
  .tuple(fc.constantFrom("", "=", "+", "-", "@", "Bệnh viện "), fc.string({ minLength: 1, maxLength: 12 }))
  .map(([head, tail]) => `${head}${tail}`)
  .filter((t) => t.trim() !== "");
// Words inside `a; b` lists and `centre=base` pairs cannot hold the separators.
const word = fc.stringMatching(/^[A-Za-zÀ-ỹ0-9 ()²]{1,10}$/).filter((t) => t.trim() !== "");
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,6}$/);
const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constant(Number.MAX_SAFE_INTEGER));
const optional = <T>(g: Gen, arb: fc.Arbitrary<T>): T | undefined => (g(fc.boolean) ? g(() => arb) : undefined);
const ids = (g: Gen, count: number, taken: readonly string[] = []): string[] =>
  g(() =>
    fc.uniqueArray(
      id.filter((x) => !taken.includes(x)),
      { minLength: count, maxLength: count },
    ),
  );

function model(g: Gen): ModelInput {
  const firstYear = g(fc.integer, { min: 2000, max: 2030 });
  const lastYear = firstYear + g(fc.integer, { min: 0, max: 3 });
  const year = (): number => g(fc.integer, { min: firstYear, max: lastYear });
  const month = (): string => `${year()}-${String(g(fc.integer, { min: 1, max: 12 })).padStart(2, "0")}`;
  const hasIndex = g(fc.boolean);
  const classes = optional(
    g,
    fc.uniqueArray(
      word.map((w) => w.trim()),
      { minLength: 1, maxLength: 3 },
    ),
  );
  const sources = ids(g, g(fc.integer, { min: 1, max: 3 }));
  const facilityIds = ids(g, g(fc.integer, { min: 1, max: 3 }));
  const poolIds = ids(g, g(fc.integer, { min: 0, max: 1 }), facilityIds);
  const facilities = facilityIds.map((fid) => {
    const centres = g(fc.boolean) ? ids(g, 3) : undefined;
    return {
      id: fid,
      name: g(() => text),
      kind: g(() => fc.constantFrom(...FACILITY_KINDS)),
      ownership: g(() => fc.constantFrom(...OWNERSHIPS)),
      class: optional(g, fc.constantFrom(...(classes ?? ["I", "II"]))),
      beds: optional(g, fc.integer({ min: 0, max: 2000 })),
      goLive: optional(g, fc.constant(month())),
      source: optional(g, text),
      costCentres:
        centres === undefined
          ? undefined
          : {
              method: g(() => fc.constantFrom("direct", "step-down", "reciprocal")),
              order: optional(g, fc.constant<string[]>([centres[0]!])),
              emrCentre: centres[0]!,
              bases: optional(
                g,
                word.map((w) => ({ [centres[0]!]: w.trim() })),
              ),
              centres: [
                { id: centres[0]!, name: g(() => text), kind: "support" as const, directCost: g(() => amount) },
                { id: centres[1]!, name: g(() => text), kind: "operating" as const },
                { id: centres[2]!, name: g(() => text), kind: "operating" as const, assumption: optional(g, text) },
              ],
              usage: {
                [centres[0]!]: { [centres[1]!]: g(fc.integer, { min: 1, max: 100 }), [centres[2]!]: g(fc.double, { min: 0.5, max: 100, noNaN: true }) },
              },
            },
    };
  });
  const units = [...facilityIds, ...poolIds];
  const funding = (): ModelInput["costItems"][number]["funding"] =>
    sources.length > 1 && g(fc.boolean)
      ? [
          { source: sources[0]!, share: 0.25 },
          { source: sources[1]!, share: 0.75 },
        ]
      : g(fc.boolean)
        ? sources[0]!
        : [{ source: sources[0]!, share: 1 }];
  const itemIds = ids(g, g(fc.integer, { min: 0, max: 4 }));
  const costItems = itemIds.map((iid): ModelInput["costItems"][number] => {
    const base = {
      id: iid,
      name: g(() => text),
      facility: g(() => fc.constantFrom(...units)),
      category: g(() => fc.constantFrom(...CATEGORIES)),
      funding: funding(),
      assumption: optional(g, text),
    };
    const nature = g(() => fc.constantFrom("capital", "recurring", "one-off"));
    if (nature === "capital") {
      const cost = g(() => amount);
      return {
        ...base,
        nature,
        cost,
        salvage: Math.floor(cost / 10),
        inService: month(),
        usefulLife: g(fc.integer, { min: 1, max: 20 }),
        method: g(() => fc.constantFrom(...DEPRECIATION_METHODS)),
        factor: optional(g, fc.constantFrom(1.5, 2, 2.5)),
        prorateFirstYear: optional(g, fc.boolean()),
      };
    }
    if (nature === "recurring") {
      const from = year();
      return {
        ...base,
        nature,
        amountPerYear: g(() => amount),
        firstYear: from,
        lastYear: g(fc.integer, { min: from, max: lastYear }),
        escalation: hasIndex && g(fc.boolean) ? "index" : g(fc.integer, { min: -20, max: 50 }) / 100,
      };
    }
    return { ...base, nature, amount: g(() => amount), year: year() };
  });
  const scenarioNames = ids(g, g(fc.integer, { min: 0, max: 2 }));
  const overrideValue = fc.oneof(fc.integer(), fc.boolean(), text, fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
  return {
    programme: {
      id: g(() => id),
      name: g(() => text),
      currency: "VND",
      firstYear,
      lastYear,
      baseYear: optional(g, fc.constant(year())),
      discountRate: g(fc.integer, { min: -50, max: 100 }) / 100,
      priceIndex: hasIndex
        ? Object.fromEntries(
            Array.from({ length: lastYear - firstYear + 1 }, (_, k) => [String(firstYear + k), g(fc.double, { min: 0.5, max: 500, noNaN: true })]),
          )
        : undefined,
      language: g(() => fc.constantFrom("vi", "en")),
      prorateFirstYear: g(fc.boolean),
      hospitalClasses: classes,
      target: optional(g, fc.record({ units: fc.integer({ min: 0, max: 99 }), description: text })),
      reported: optional(g, fc.record({ totalCost: amount, byOwnership: fc.record({ public: amount }) })),
      assumption: optional(g, text),
    },
    fundingSources: sources.map((sid) => ({ id: sid, name: g(() => text), kind: g(() => fc.constantFrom(...FUNDING_KINDS)) })),
    facilities,
    pools: poolIds.map((pid) => ({ id: pid, name: g(() => text), ownership: g(() => fc.constantFrom(...OWNERSHIPS)) })),
    costItems,
    savings: g(fc.boolean)
      ? [
          {
            id: g(() => id),
            facility: facilityIds[0]!,
            kind: g(() => fc.constantFrom(...SAVING_KINDS)),
            amountPerYear: g(() => amount),
            firstYear: year(),
            name: optional(g, text),
          },
        ]
      : [],
    scenarios: scenarioNames.map((name) => ({
      name,
      description: optional(g, text),
      overrides: Object.fromEntries(
        g(() =>
          fc.uniqueArray(
            fc.tuple(
              text.map((t) => t.trim()),
              overrideValue,
            ),
            { maxLength: 3, selector: ([path]) => path },
          ),
        ),
      ),
    })),
    pricing: g(() =>
      fc.record(
        {
          phaseIn: fc.constantFrom(0, 0.5, 1),
          priceStep: fc.integer({ min: 0, max: 1000 }),
          capAtMaximum: fc.boolean(),
          rounding: fc.constantFrom("half-up", "half-even", "down", "up"),
          costBasis: fc.constantFrom("depreciation", "equivalent-annual-cost"),
          basis: fc.constantFrom("facility", "class"),
        },
        { requiredKeys: [] },
      ),
    ),
    serviceLists: [],
  };
}

/** Drops keys whose value is undefined, as JSON would. */
const asJson = (document: ModelInput): unknown => JSON.parse(JSON.stringify(document));

describe("any valid model", () => {
  it("reads back from its template, in either language, as the same model", async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.constantFrom<Language>("vi", "en"), async (g, language) => {
        const original = parseModel(asJson(model(g)));
        fc.pre(original.ok);
        const read = await readInputs(await writeTemplate(original.model, { language }));
        if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
        const again = parseModel(read.document);
        expect(again.ok && again.model).toEqual(original.model);
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
