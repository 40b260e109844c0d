import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputLocations } from "./paths.js";
import { variedModel, variedValue, type AppliedInput } from "./vary.js";
import { bacNinhModel } from "../testing/bac-ninh.js";

const model = bacNinhModel();
const before = JSON.stringify(model);

// Paths that overlap (every service list, and its services inside it) and paths that do not.
const paths = [
  "programme.discountRate",
  "costItems[category=maintenance].amountPerYear",
  "costItems[*].usefulLife",
  "serviceLists[*].insuredShare",
  "serviceLists[*].services[*].volumePerBed",
  "facilities[0].beds",
];
const applied: AppliedInput[] = paths.map((path) => ({ locations: inputLocations(model, path, "test"), basis: "relative" }));

/** The reference: a deep copy with every number set in place, as variedModel did before it shared what it does not touch. */
function copiedAndSet(changes: readonly number[]): unknown {
  const copy = structuredClone(model) as unknown as Record<string | number, unknown>;
  applied.forEach((input, k) => {
    for (const at of input.locations) {
      let node = copy;
      for (const key of at.keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[at.keys[at.keys.length - 1]!] = variedValue(at.value, changes[k]!, input.basis);
    }
  });
  return copy;
}

describe("variedModel (properties)", () => {
  it("equals a deep copy with the inputs set, and leaves the model as it was", () => {
    const changes = fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: paths.length, maxLength: paths.length });
    fc.assert(
      fc.property(changes, fc.subarray(applied.map((_, k) => k)), (change, used) => {
        const zeroed = change.map((c, k) => (used.includes(k) ? c : 0));
        expect(variedModel(model, applied, zeroed)).toEqual(copiedAndSet(zeroed));
        expect(JSON.stringify(model)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it("shares every list and record it does not change with the model", () => {
    const varied = variedModel(model, [applied[0]!], [0.1]);
    expect(varied.programme).not.toBe(model.programme);
    expect(varied.costItems).toBe(model.costItems);
    expect(varied.serviceLists).toBe(model.serviceLists);
    expect(varied.facilities).toBe(model.facilities);
  });
});
