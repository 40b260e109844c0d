import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogram } from "./data.js";

describe("histogram (properties)", () => {
  it("counts every draw once, in the bin whose range holds it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), {
          minLength: 1,
          maxLength: 300,
        }),
        (values) => {
          const bins = histogram(values);
          expect(bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
          for (const v of values) expect(bins.some((b) => v >= b.from && v <= b.to)).toBe(true);
          expect(bins.length).toBeLessThanOrEqual(40);
        },
      ),
    );
  });
});
