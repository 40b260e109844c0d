import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel, parseModel } from "../index.js";

const options = fc
  .record({
    facilities: fc.integer({ min: 1, max: 8 }),
    centres: fc.integer({ min: 2, max: 12 }),
    services: fc.integer({ min: 1, max: 40 }),
    years: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer({ min: 0, max: 4294967295 }),
    method: fc.constantFrom("direct" as const, "step-down" as const, "reciprocal" as const),
    size: fc.constantFrom("small" as const, "province" as const),
  })
  .chain((o) => fc.integer({ min: 1, max: o.centres - 1 }).map((supportCentres) => ({ ...o, supportCentres })));

describe("generateModel (properties)", () => {
  it("always writes a model that parses with zero problems, under each of its scenarios too", () => {
    fc.assert(
      fc.property(options, (o) => {
        const doc = generateModel(o);
        const result = parseModel(doc);
        expect(result.ok ? [] : result.problems).toEqual([]);
        for (const s of doc.scenarios) expect(parseModel(doc, { scenario: s.name }).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
    // 60 models and their scenarios: about 8 s on a busy 2-core machine, past vitest's 5 s default.
  }, 60_000);
});
