import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { postMinor } from "../money/money.js";
import type { Model } from "../model/schema.js";
import { escalated } from "./item-flows.js";

const model = { programme: { priceIndex: { "2020": 100, "2021": 103.3, "2022": 101.9 } } } as unknown as Model;

describe("escalated (properties)", () => {
  it("gives the decimal formula's posted amount, the whole-amount shortcut included (no growth, or the first year)", () => {
    const escalation = fc.oneof(fc.constant(0), fc.constantFrom(0.05, -0.1, 0.033), fc.constant("index" as const));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5e12 }),
        escalation,
        fc.integer({ min: 2020, max: 2022 }),
        fc.integer({ min: 0, max: 2 }),
        (amountPerYear, rate, firstYear, after) => {
          const year = Math.min(2022, firstYear + after);
          const index = model.programme.priceIndex!;
          const expected =
            rate === "index"
              ? postMinor(new Dec(amountPerYear).mul(index[String(year)]!).div(index[String(firstYear)]!))
              : postMinor(new Dec(amountPerYear).mul(new Dec(1).plus(rate).pow(year - firstYear)));
          expect(escalated({ amountPerYear, firstYear, escalation: rate }, year, model)).toBe(expected);
        },
      ),
    );
  });
});
