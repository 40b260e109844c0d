import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { parseModel } from "../model/parse.js";
import type { Model } from "../model/schema.js";
import { bacNinhDocument } from "../testing/bac-ninh.js";
import { chunkModel, runChunkTask, unpackChunk } from "./chunk-wire.js";
import { packPart } from "./part-wire.js";
import { chunkBounds, mergeFacilityChunks, pipelineStart, runFacilityChunk } from "./facility-chunks.js";
import { runPipeline, runPipelineFrom } from "./run-model.js";

const generated = fc
  .record({
    facilities: fc.integer({ min: 1, max: 6 }),
    centres: fc.integer({ min: 3, max: 7 }),
    services: fc.integer({ min: 1, max: 25 }),
    years: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    method: fc.constantFrom("direct" as const, "step-down" as const, "reciprocal" as const),
    basis: fc.constantFrom("facility" as const, "class" as const),
  })
  .map(({ basis, ...o }) => {
    const parsed = parseModel(generateModel({ ...o, size: "small", supportCentres: 1 }));
    if (!parsed.ok) throw new Error("the generator wrote an invalid model");
    return { ...parsed.model, pricing: { ...parsed.model.pricing, basis } };
  });

const bacNinh = fc.constantFrom(undefined, "class-price", "offset-savings", "recover-5y", "phase-in-3y", "proposal-costs-state-budget").map((scenario) => {
  const parsed = parseModel(bacNinhDocument(), { scenario });
  if (!parsed.ok) throw new Error(`the Bac Ninh model is invalid with ${scenario ?? "no scenario"}`);
  return parsed.model;
});

/** A model and cut points: chunk k runs facilities cuts[k]..cuts[k+1] (empty chunks included). */
const chunked = fc
  .oneof(generated, bacNinh)
  .chain((model) =>
    fc
      .array(fc.integer({ min: 0, max: model.facilities.length }), { maxLength: 6 })
      .map((cuts) => ({ model, cuts: [0, ...cuts.sort((a, b) => a - b), model.facilities.length] })),
  );

const pairs = (cuts: readonly number[]): [number, number][] => cuts.slice(1).map((to, k) => [cuts[k]!, to]);

describe("facility chunks (properties)", () => {
  it("give runPipeline's result and per-service columns whatever the chunk boundaries, merged in any order", () => {
    fc.assert(
      fc.property(chunked, ({ model, cuts }) => {
        const start = pipelineStart(model);
        const chunks = pairs(cuts).map(([from, to]) => runFacilityChunk(model, start, from, to));
        const merged = mergeFacilityChunks(chunks.reverse(), model.facilities.length);
        expect(runPipelineFrom(model, start, merged)).toStrictEqual(runPipeline(model));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("give the same result and the same JSON when each chunk runs on its part of the model and crosses a thread boundary", () => {
    fc.assert(
      fc.property(chunked, ({ model, cuts }) => {
        const start = pipelineStart(model);
        const context = { years: start.years, pricingYears: start.pricingYears };
        // structuredClone is what postMessage does between worker threads.
        const wires = pairs(cuts).map(([from, to]) => structuredClone(runChunkTask(structuredClone(packPart(chunkModel(model, from, to))), context, from)));
        const merged = mergeFacilityChunks(
          wires.map((w) => unpackChunk(w, model)),
          model.facilities.length,
        );
        const threaded = runPipelineFrom(model, start, merged);
        const single = runPipeline(model);
        expect(threaded).toStrictEqual(single);
        expect(JSON.stringify(threaded.result)).toBe(JSON.stringify(single.result));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("split the facilities into consecutive non-empty chunks that cover them all, at most as many as asked", () => {
    fc.assert(
      fc.property(generated, fc.integer({ min: 1, max: 8 }), (model: Model, count) => {
        const bounds = chunkBounds(model, count);
        expect(bounds.length).toBeLessThanOrEqual(count);
        expect(bounds.length).toBe(Math.min(count, model.facilities.length));
        expect(bounds[0]![0]).toBe(0);
        expect(bounds.at(-1)![1]).toBe(model.facilities.length);
        bounds.forEach(([from, to], k) => {
          expect(to).toBeGreaterThan(from);
          if (k > 0) expect(from).toBe(bounds[k - 1]![1]);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe("edge cases", () => {
  it("refuses chunks that leave a gap or overlap", () => {
    const parsed = parseModel(bacNinhDocument());
    if (!parsed.ok) throw new Error("the Bac Ninh model is invalid");
    const model = parsed.model;
    const start = pipelineStart(model);
    const n = model.facilities.length;
    expect(() => mergeFacilityChunks([runFacilityChunk(model, start, 0, 10), runFacilityChunk(model, start, 11, n)], n)).toThrow(/expected one from 10/);
    expect(() => mergeFacilityChunks([runFacilityChunk(model, start, 0, 10)], n)).toThrow(/they end at 10/);
  });
});
