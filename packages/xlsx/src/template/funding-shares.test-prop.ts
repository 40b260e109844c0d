import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNDING_KINDS, parseModel, type ModelInput } from "@costplan/core";
import { readWorkbookModel } from "./read-model.js";
import { SMALL } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

type Funding = ModelInput["costItems"][number]["funding"];

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,6}$/);

/**
 * Shares that add up to exactly 1 as decimals: a whole of 10, 100, 1000 or 10000 cut in up
 * to four parts, each part over the whole (0.07, 0.125, 0.3333). A source may appear twice.
 */
const split = (sources: readonly string[]): fc.Arbitrary<Funding> =>
  fc
    .integer({ min: 1, max: 4 })
    .chain((digits) => {
      const whole = 10 ** digits;
      return fc.tuple(fc.constant(whole), fc.uniqueArray(fc.integer({ min: 1, max: whole - 1 }), { maxLength: 3 }));
    })
    .chain(([whole, cuts]) => {
      const points = [0, ...[...cuts].sort((a, b) => a - b), whole];
      const shares = points.slice(1).map((p, k) => (p - points[k]!) / whole);
      return fc.tuple(...shares.map((share) => fc.constantFrom(...sources).map((source) => ({ source, share }))));
    });

const funding = (sources: readonly string[]): fc.Arbitrary<Funding> => fc.oneof(fc.constantFrom(...sources), split(sources));

/** SMALL with its funding sources and every cost item's funding drawn. */
const models = fc.uniqueArray(id, { minLength: 1, maxLength: 4 }).chain((sources) =>
  fc.record({
    sources: fc.constant(sources),
    kinds: fc.array(fc.constantFrom(...FUNDING_KINDS), { minLength: sources.length, maxLength: sources.length }),
    fundings: fc.array(funding(sources), { minLength: SMALL.costItems.length, maxLength: SMALL.costItems.length }),
    language: fc.constantFrom("en" as const, "vi" as const),
  }),
);

describe("any funding split", () => {
  it("written to the template reads back identical: single sources in the item's cell, shares on FundingShares", async () => {
    await fc.assert(
      fc.asyncProperty(models, async ({ sources, kinds, fundings, language }) => {
        const input: ModelInput = {
          ...SMALL,
          fundingSources: sources.map((source, k) => ({ id: source, name: `Source ${source}`, kind: kinds[k]! })),
          costItems: SMALL.costItems.map((item, k) => ({ ...item, funding: fundings[k]! })),
        };
        const original = parseModel(input);
        if (!original.ok) throw new Error(original.problems.map((p) => `${p.path}: ${p.message.en}`).join("\n"));
        const read = await readWorkbookModel(await writeTemplate(original.model, { language }));
        if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
        expect(read.model.costItems.map((item) => item.funding)).toEqual(fundings);
        expect(read.model).toEqual(original.model);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
