import { describe, expect, it } from "vitest";
import { CostplanError } from "../errors/costplan-error.js";
import { copulaFor, normalCorrelationFor } from "./correlation.js";
import { drawChanges, simulateDraws, type SimulationOptions, type UncertainInput } from "./simulate.js";
import { bacNinhModel } from "../testing/bac-ninh.js";

const inputs: UncertainInput[] = [
  {
    path: "programme.discountRate",
    basis: "relative",
    distribution: { type: "pert", min: -0.25, mode: 0, max: 0.25 },
  },
  {
    path: "costItems[category=maintenance].amountPerYear",
    basis: "relative",
    distribution: { type: "triangular", min: -0.2, mode: 0, max: 0.3 },
  },
  {
    path: "costItems[category=software-deployment].cost",
    basis: "relative",
    distribution: { type: "normal", mean: 0, sd: 0.1 },
  },
];
const [A, B, C] = inputs.map((i) => i.path) as [string, string, string];
const base: SimulationOptions = {
  inputs,
  outputs: ["summary.totalCost"],
  draws: 2000,
  seed: 7,
};

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const r = new Array<number>(xs.length);
  order.forEach(([, i], k) => {
    r[i] = k;
  });
  return r;
}

/** Spearman's rank correlation: Pearson's on the ranks (draws from continuous distributions have no ties). */
function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (xs.length - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  rx.forEach((x, i) => {
    sxy += (x - mean) * (ry[i]! - mean);
    sxx += (x - mean) ** 2;
  });
  return sxy / sxx;
}

const column = (draws: readonly (readonly number[])[], k: number): number[] => draws.map((d) => d[k]!);

describe("rank correlation (Gaussian copula)", () => {
  it("leaves every draw unchanged when the correlations are 0", () => {
    const plain = drawChanges(base, 0, 2000);
    expect(
      drawChanges(
        {
          ...base,
          correlations: [
            { a: A, b: B, rank: 0 },
            { a: B, b: C, rank: 0 },
          ],
        },
        0,
        2000,
      ),
    ).toEqual(plain);
    expect(drawChanges({ ...base, lhs: true, correlations: [{ a: A, b: B, rank: 0 }] }, 0, 2000)).toEqual(drawChanges({ ...base, lhs: true }, 0, 2000));
  });

  it("gives a sample Spearman correlation within 0.05 of 0.8 over 2,000 draws, and leaves an input outside the pair as drawn", () => {
    const plain = drawChanges(base, 0, 2000);
    const draws = drawChanges({ ...base, correlations: [{ a: A, b: B, rank: 0.8 }] }, 0, 2000);
    expect(Math.abs(spearman(column(draws, 0), column(draws, 1)) - 0.8)).toBeLessThan(0.05);
    expect(column(draws, 2)).toEqual(column(plain, 2));
    expect(Math.abs(spearman(column(plain, 0), column(plain, 1)))).toBeLessThan(0.05);
  });

  it("holds several correlations at once, negative ones too, with Latin hypercube sampling", () => {
    const draws = drawChanges(
      {
        ...base,
        lhs: true,
        correlations: [
          { a: A, b: B, rank: 0.6 },
          { a: C, b: A, rank: -0.4 },
        ],
      },
      0,
      2000,
    );
    expect(Math.abs(spearman(column(draws, 0), column(draws, 1)) - 0.6)).toBeLessThan(0.05);
    expect(Math.abs(spearman(column(draws, 2), column(draws, 0)) + 0.4)).toBeLessThan(0.05);
  });

  it("depends on (seed, draw) alone: any block of draws is the same as in the whole", () => {
    const options = { ...base, correlations: [{ a: A, b: B, rank: 0.8 }] };
    expect(drawChanges(options, 1200, 1300)).toEqual(drawChanges(options, 0, 2000).slice(1200, 1300));
  });

  it("feeds the correlated changes to full runs of the model, unchanged by a correlation of 0", () => {
    const model = bacNinhModel();
    const options = { ...base, draws: 3 };
    const plain = simulateDraws(model, options, 0, 3);
    expect(simulateDraws(model, { ...options, correlations: [{ a: A, b: B, rank: 0 }] }, 0, 3)).toEqual(plain);
    const correlated = simulateDraws(model, { ...options, correlations: [{ a: A, b: B, rank: 0.8 }] }, 0, 3);
    expect(correlated.changes).toEqual(drawChanges({ ...options, correlations: [{ a: A, b: B, rank: 0.8 }] }, 0, 3));
  }, 60_000);

  it("turns Spearman's correlation into the normal one the copula needs", () => {
    expect(normalCorrelationFor(0)).toBe(0);
    expect(normalCorrelationFor(1)).toBeCloseTo(1, 15);
    expect(normalCorrelationFor(0.8)).toBeCloseTo(0.813473, 6);
  });

  describe("edge cases", () => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (error) {
        if (error instanceof CostplanError) return error.messages.en;
        throw error;
      }
      throw new Error("expected a problem");
    };

    it("refuses an unknown input, an input with itself, a pair twice, a correlation beyond ±1 and correlations that cannot hold together", () => {
      const paths = [A, B, C];
      expect(message(() => copulaFor(paths, [{ a: A, b: "programme.nothing", rank: 0.5 }]))).toMatchInlineSnapshot(
        `"correlations[0]: "programme.nothing" is not one of the uncertain inputs (programme.discountRate, costItems[category=maintenance].amountPerYear, costItems[category=software-deployment].cost)"`,
      );
      expect(message(() => copulaFor(paths, [{ a: A, b: A, rank: 0.5 }]))).toMatchInlineSnapshot(
        `"correlations[0]: an input cannot be correlated with itself ("programme.discountRate")"`,
      );
      expect(
        message(() =>
          copulaFor(paths, [
            { a: A, b: B, rank: 0.5 },
            { a: B, b: A, rank: 0.2 },
          ]),
        ),
      ).toMatchInlineSnapshot(`"correlations[1]: the pair "costItems[category=maintenance].amountPerYear", "programme.discountRate" is correlated twice"`);
      expect(message(() => copulaFor(paths, [{ a: A, b: B, rank: 1.5 }]))).toMatchInlineSnapshot(
        `"correlations[0]: a rank correlation lies from -1 to 1, got 1.5"`,
      );
      expect(
        message(() =>
          copulaFor(paths, [
            { a: A, b: B, rank: 0.9 },
            { a: B, b: C, rank: 0.9 },
            { a: A, b: C, rank: -0.9 },
          ]),
        ),
      ).toMatchInlineSnapshot(
        `"correlations: these correlations cannot hold together (the correlation matrix is not positive semi-definite); weaken some of them"`,
      );
    });

    it("says the same in Vietnamese, with the parameters as given", () => {
      const vi = (f: () => unknown): string => {
        try {
          f();
        } catch (error) {
          if (error instanceof CostplanError) return error.messages.vi;
          throw error;
        }
        throw new Error("expected a problem");
      };
      expect(vi(() => copulaFor([A, B], [{ a: A, b: B, rank: 1.5 }]))).toBe("correlations[0]: hệ số tương quan hạng nằm trong khoảng -1 đến 1, nhận được 1.5");
      expect(vi(() => copulaFor([A, B], [{ a: A, b: A, rank: 0.5 }]))).toBe(`correlations[0]: một đầu vào không thể tương quan với chính nó ("${A}")`);
    });

    it("takes a correlation of 1: both inputs then draw at the same rank", () => {
      const draws = drawChanges({ ...base, draws: 500, correlations: [{ a: A, b: B, rank: 1 }] }, 0, 500);
      expect(spearman(column(draws, 0), column(draws, 1))).toBeCloseTo(1, 6);
    });
  });
});
