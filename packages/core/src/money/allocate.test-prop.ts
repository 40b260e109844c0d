import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { allocate } from "./allocate.js";

const total = fc.integer({ min: -1e15, max: 1e15 });
const weights = fc
  .array(fc.oneof(fc.nat({ max: 1e9 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })), {
    minLength: 1,
    maxLength: 40,
  })
  .filter((w) => w.some((x) => x > 0));

describe("allocate (properties)", () => {
  it("conserves the total exactly", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const parts = allocate(t, w);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
        expect(parts.every(Number.isSafeInteger)).toBe(true);
      }),
    );
  });

  it("keeps every part within one minor unit of its exact quota", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const parts = allocate(t, w);
        const sum = w.reduce((a, b) => a.plus(b), new Dec(0));
        parts.forEach((part, i) => {
          const quota = new Dec(t).mul(w[i]!).div(sum);
          expect(quota.minus(part).abs().lt(1)).toBe(true);
        });
      }),
    );
  });

  it("gives a part of the same sign as the total, or zero", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        for (const part of allocate(t, w)) expect(Math.sign(part) === Math.sign(t) || part === 0).toBe(true);
      }),
    );
  });

  it("does not depend on the order of the weights except through the input-order tie-break", () => {
    fc.assert(
      fc.property(total, fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 20 }), (t, w) => {
        const reversed = allocate(t, [...w].reverse()).reverse();
        // distinct weights never tie on the weight key, so order cannot matter unless remainders and weights both tie
        expect(reversed).toEqual(allocate(t, w));
      }),
    );
  });
  it("splits plain numbers in integers exactly as it splits the same weights written as decimals", () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        expect(allocate(t, w)).toEqual(
          allocate(
            t,
            w.map((x) => new Dec(x)),
          ),
        );
      }),
    );
  });
});
