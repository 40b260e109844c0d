import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../internal/decimal.js";
import { allocate } from "./allocate.js";
import {
  decimalParts,
  divRound,
  fixedText,
  floorDiv,
  percentText,
  integerWeights,
  mulDivFloor,
  ratioText,
  SAFE_PRODUCT,
  splitInto,
  splitTwo,
  splitTwoBig,
} from "./integer.js";
import { ROUNDING_MODES, roundToStep } from "./rounding.js";

const safe = fc.integer({ min: -1e15, max: 1e15 });
const positive = fc.integer({ min: 1, max: 1e9 });
const mode = fc.constantFrom(...ROUNDING_MODES);

function split(total: number, weights: number[]): number[] {
  const out = new Float64Array(weights.length);
  splitInto(total, weights, Int32Array.from(weights.keys()), out, 0, 1);
  return Array.from(out);
}

describe("exact integer arithmetic (properties)", () => {
  it("writes a part of a whole in per cent as decimal.js does, also when the part times 100 passes 2^53", () => {
    const part = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }));
    const whole = fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(part, whole, (p, w) => {
        expect(percentText(p, w)).toBe(new Dec(p).mul(100).div(w).toDecimalPlaces(2).toFixed(2));
      }),
      { numRuns: 3000 },
    );
  });

  it("floors a quotient of safe integers exactly with one double division, where a numerator just below a multiple is tightest", () => {
    // What floorDiv, the inlined splits and splitTwoInto rely on to need no correction step.
    const divisor = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 26 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
    const numerator = (d: number): fc.Arbitrary<number> => {
      const multiples = Math.floor(Number.MAX_SAFE_INTEGER / d);
      return fc.oneof(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.tuple(fc.integer({ min: 1, max: multiples }), fc.integer({ min: 1, max: 3 })).map(([k, below]) => Math.max(0, k * d - below)),
        fc.integer({ min: Math.max(0, multiples - 4), max: multiples }).map((k) => Math.min(Number.MAX_SAFE_INTEGER, k * d + d - 1)),
      );
    };
    fc.assert(
      fc.property(
        divisor.chain((d) => numerator(d).map((n) => [n, d] as const)),
        ([n, d]) => {
          const exact = BigInt(n) / BigInt(d);
          expect(floorDiv(n, d)).toEqual({ quotient: Number(exact), remainder: Number(BigInt(n) - exact * BigInt(d)) });
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("rounds a ratio as decimal.js rounds the quotient, in every mode", () => {
    fc.assert(
      fc.property(safe, positive, mode, (n, d, m) => {
        expect(divRound(n, d, m)).toBe(
          new Dec(n)
            .div(d)
            .toDecimalPlaces(0, Dec[{ "half-up": "ROUND_HALF_UP", "half-even": "ROUND_HALF_EVEN", down: "ROUND_DOWN", up: "ROUND_UP" }[m] as "ROUND_UP"])
            .toNumber() + 0,
        );
      }),
    );
  });

  it("multiplies and divides exactly past 2^53, as BigInt does (products carried as two doubles)", () => {
    // Money-sized operands (amounts up to 10^13 times weights up to 10^9 over sums up to 2^50) and the whole safe range.
    const big = fc.oneof(fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const divisor = fc.oneof(
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 2 ** 20, max: 2 ** 50 - 1 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(big, big, divisor, (a, b, c) => {
        const product = BigInt(a) * BigInt(b);
        fc.pre(product / BigInt(c) <= BigInt(Number.MAX_SAFE_INTEGER));
        const { quotient, remainder } = mulDivFloor(a, b, c);
        expect([BigInt(quotient), BigInt(remainder)]).toEqual([product / BigInt(c), product % BigInt(c)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds to a price step as roundToStep does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e5 }),
        fc.integer({ min: 1, max: 1000 }),
        mode,
        (price, cost, volume, step, m) => {
          expect(divRound(price * volume + cost, volume * step, m) * step).toBe(
            roundToStep(new Dec(price).plus(new Dec(cost).div(volume)), step, m).toNumber(),
          );
        },
      ),
    );
  });

  it("splits by largest remainder exactly as allocate does, in safe integers and in BigInt", () => {
    const small = fc.array(fc.nat({ max: 1e6 }), { minLength: 1, maxLength: 30 });
    const huge = fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(safe, fc.oneof(small, huge), (total, weights) => {
        fc.pre(weights.some((w) => w > 0) && weights.reduce((a, b) => a + b, 0) < SAFE_PRODUCT * 1024);
        // Weights as text take allocate's decimal route, an independent computation of the same split.
        expect(split(total, weights)).toEqual(allocate(total, weights.map(String)));
      }),
    );
  });

  it("splits totals sharing a factor with the weight sum as allocate does, with Euclid's reduction and without it", () => {
    // Totals that are multiples (or halves) of the weights' sum, from small ones (no reduction
    // needed) to ones whose plain products pass 2^52 (reduced by the common factor first).
    const weights = fc.array(fc.nat({ max: 5e5 }), { minLength: 1, maxLength: 40 });
    const factor = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1e6, max: 1e9 }));
    fc.assert(
      fc.property(weights, factor, fc.boolean(), fc.integer({ min: -3, max: 3 }), (ws, k, half, shift) => {
        const sum = ws.reduce((a, b) => a + b, 0);
        fc.pre(sum > 0);
        const total = Math.max(0, Math.floor((half ? sum / 2 : sum) * k) + shift);
        fc.pre(Number.isSafeInteger(total));
        expect(split(total, ws)).toEqual(allocate(total, ws.map(String)));
      }),
      { numRuns: 500 },
    );
  });

  it("breaks remainder ties by weight, then input order, for few parts and for many (both ranking paths)", () => {
    // Few distinct weights make equal remainders common; lengths either side of the insertion-sort limit.
    const tied = fc.array(fc.constantFrom(0, 1, 2, 3, 6, 7), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), tied, (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        expect(split(total, weights)).toEqual(allocate(total, weights.map(String)));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same parts when a split writes into a strided column as when it writes alone", () => {
    fc.assert(
      fc.property(fc.array(safe, { minLength: 1, maxLength: 6 }), (years) => {
        const weights = [5, 3, 2];
        const members = Int32Array.from([0, 1, 2]);
        const out = new Float64Array(weights.length * years.length);
        years.forEach((total, t) => {
          splitInto(total, weights, members, out, t, years.length);
        });
        years.forEach((total, t) => {
          expect([out[t], out[years.length + t], out[2 * years.length + t]]).toEqual(split(total, weights));
        });
      }),
    );
  });

  it("splits between the fund and patients exactly as allocate does, in safe integers and in BigInt", () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 10_000 }), (total, f) => {
        expect([...splitTwo(total, f, 10_000)]).toEqual(allocate(total, [String(f), String(10_000 - f)]));
      }),
    );
  });

  it("splits by a rate of 16-32 decimals in BigInt exactly as allocate does with the decimal rate", () => {
    const digits = fc.bigInt({ min: 0n, max: 10n ** 32n });
    fc.assert(
      fc.property(safe, digits, fc.integer({ min: 16, max: 32 }), (total, d, places) => {
        const scale = 10n ** BigInt(places);
        const f = d % (scale + 1n);
        const share = new Dec(f.toString()).div(new Dec(10).pow(places));
        expect([...splitTwoBig(total, f, scale)]).toEqual(allocate(total, [share, new Dec(1).minus(share)]));
      }),
    );
  });

  it("writes a ratio to 6 places, and a percentage to 2, as decimal.js does", () => {
    fc.assert(
      fc.property(safe, positive, (n, d) => {
        expect(ratioText(n, d, 6)).toBe(new Dec(n).div(d).toDecimalPlaces(6).toString());
        expect(fixedText(n, d, 2)).toBe(new Dec(n).div(d).toDecimalPlaces(2).toFixed(2));
      }),
    );
  });

  it("reads a number's decimal digits as its shortest written form gives them (the few-decimals shortcut included)", () => {
    const shortest = (x: number): { digits: number; places: number } => {
      const [mantissa, exponentText] = x.toExponential().split("e") as [string, string];
      const [whole, fraction = ""] = mantissa.split(".") as [string, string?];
      const exponent = Number(exponentText);
      return { digits: Number(whole + fraction) * 10 ** Math.max(0, exponent - fraction.length), places: Math.max(0, fraction.length - exponent) };
    };
    const fewDecimals = fc.tuple(fc.integer({ min: 1, max: 2 ** 50 }), fc.integer({ min: 1, max: 10 })).map(([m, p]) => m / 10 ** p);
    fc.assert(
      fc.property(fc.oneof(fewDecimals, fc.double({ min: 0, max: 1e9, noNaN: true })), (x) => {
        fc.pre(!Number.isInteger(x));
        expect(decimalParts(x)).toEqual(shortest(x));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a number's decimal digits as decimal.js reads them", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (x) => {
        const { digits, places } = decimalParts(x);
        fc.pre(places <= 15 && Number.isSafeInteger(digits));
        expect(new Dec(digits).div(new Dec(10).pow(places)).eq(x)).toBe(true);
      }),
    );
  });

  it("breaks ties at the cut by weight, then input order, when many parts share the remainder (the selection path)", () => {
    // Odd weights over an even sum, split in halves: every odd weight's quota ends in .5, so
    // the units left over go to the largest of the tied weights first.
    const weights = fc.array(fc.constantFrom(1, 3, 5, 2), { minLength: 25, maxLength: 120 });
    fc.assert(
      fc.property(weights, fc.integer({ min: 0, max: 40 }), fc.boolean(), (ws, odd, negative) => {
        const sum = ws.reduce((a, b) => a + b, 0);
        fc.pre(sum % 2 === 0);
        const total = ((2 * odd + 1) * sum) / 2;
        const parts = split(negative ? -total : total, ws);
        expect(parts).toEqual(allocate(negative ? -total : total, ws.map(String)));
        expect(parts.reduce((a, b) => a + b, 0)).toBe(negative ? -total : total);
      }),
      { numRuns: 300 },
    );
  });

  it("splits small totals among weights that sum past 2^53 as allocate does", () => {
    const huge = fc.array(fc.integer({ min: 2 ** 50, max: Number.MAX_SAFE_INTEGER }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), huge, fc.nat({ max: 100 }), (total, ws, small) => {
        const weights = [...ws, small];
        expect(split(total, weights)).toEqual(allocate(total, weights.map(String)));
      }),
      { numRuns: 300 },
    );
  });

  it("multiplies and divides money-sized operands exactly, where the first quotient is often off", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1e12, max: 1e13 }), fc.integer({ min: 1e8, max: 1e9 }), fc.integer({ min: 2e6, max: 2e7 }), (a, b, c) => {
        const product = BigInt(a) * BigInt(b);
        fc.pre(product / BigInt(c) <= BigInt(Number.MAX_SAFE_INTEGER));
        const { quotient, remainder } = mulDivFloor(a, b, c);
        expect([BigInt(quotient), BigInt(remainder)]).toEqual([product / BigInt(c), product % BigInt(c)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("splits totals whose products with the scale pass 2^53 between the fund and patients as allocate does", () => {
    // Just past the safe products, where a double's rounding would move a unit.
    fc.assert(
      fc.property(fc.integer({ min: Math.floor(SAFE_PRODUCT / 10_000), max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 10_000 }), (total, f) => {
        expect([...splitTwo(-total, f, 10_000)]).toEqual(allocate(-total, [String(f), String(10_000 - f)]));
        expect([...splitTwo(total, f, 10_000)]).toEqual(allocate(total, [String(f), String(10_000 - f)]));
      }),
      { numRuns: 1000 },
    );
  });

  it("writes ratios over denominators up to 2^53 as decimal.js does", () => {
    const den = fc.oneof(fc.integer({ min: 1e9, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 1000 }));
    fc.assert(
      fc.property(safe, den, fc.integer({ min: 0, max: 9 }), (n, d, places) => {
        expect(ratioText(n, d, places)).toBe(new Dec(n).div(d).toDecimalPlaces(places).toString());
        expect(fixedText(n, d, places)).toBe(new Dec(n).div(d).toDecimalPlaces(places).toFixed(places));
      }),
      { numRuns: 1000 },
    );
  });

  it("scales decimal weights to whole numbers in the same proportion, so a split by them is allocate's", () => {
    const weight = fc.oneof(
      fc.nat({ max: 1e6 }),
      fc.tuple(fc.nat({ max: 1e6 }), fc.integer({ min: 0, max: 9 })).map(([m, p]) => m / 10 ** p),
    );
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 20 }), safe, (ws, total) => {
        const scaled = integerWeights(ws);
        fc.pre(scaled !== undefined);
        const places = Math.max(...ws.map((w) => decimalParts(w).places));
        const scale = new Dec(10).pow(places);
        ws.forEach((w, i) => {
          expect(Number.isSafeInteger(scaled[i])).toBe(true);
          expect(new Dec(scaled[i]!).eq(new Dec(w).mul(scale))).toBe(true);
        });
        fc.pre(ws.some((w) => w > 0));
        expect(split(total, Array.from(scaled))).toEqual(allocate(total, ws.map(String)));
      }),
      { numRuns: 500 },
    );
  });
});
