import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copulaFor, correlatedUniforms } from "./correlation.js";

describe("correlatedUniforms (properties)", () => {
  it("keeps every probability inside (0, 1), leaves inputs outside the copula as drawn, and the first member as drawn to rounding", () => {
    const unit = fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.tuple(unit, unit, unit), (rank, u) => {
        const copula = copulaFor(["a", "b", "c"], [{ a: "a", b: "c", rank }]);
        if (rank === 0) {
          expect(copula).toBeUndefined();
          return;
        }
        const out = correlatedUniforms(u, copula!);
        for (const p of out) expect(p > 0 && p < 1).toBe(true);
        expect(out[1]).toBe(u[1]);
        expect(Math.abs(out[0]! - u[0])).toBeLessThan(1e-9);
      }),
    );
  });
});
