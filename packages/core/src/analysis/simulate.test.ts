import { describe, expect, it } from "vitest";
import { runModel } from "../pipeline/run-model.js";
import { quantile } from "./distributions.js";
import { percentileOf, simulate, simulateDraws, type UncertainInput } from "./simulate.js";
import { bacNinhModel } from "../testing/bac-ninh.js";

const model = bacNinhModel();
const outputs = ["summary.totalCost", "summary.presentValue"];
const inputs: UncertainInput[] = [
  { path: "programme.discountRate", basis: "relative", distribution: { type: "pert", min: -0.25, mode: 0, max: 0.25 } },
  { path: "costItems[category=maintenance].amountPerYear", basis: "relative", distribution: { type: "triangular", min: -0.2, mode: 0, max: 0.3 } },
  { path: "costItems[category=software-deployment].cost", basis: "relative", distribution: { type: "normal", mean: 0, sd: 0.1 } },
];

describe("simulate", () => {
  const options = { inputs, outputs, draws: 6, seed: 42 };
  const first = simulate(model, options);

  it("gives identical percentiles with the same seed, and other numbers with another seed", () => {
    expect(simulate(model, options).summaries).toEqual(first.summaries);
    expect(simulate(model, { ...options, seed: 43 }).summaries[0]!.mean).not.toBe(first.summaries[0]!.mean);
  });

  it("gives the same draws however they are split into blocks", () => {
    const a = simulateDraws(model, options, 0, 2);
    const b = simulateDraws(model, options, 2, 6);
    expect([...a.values, ...b.values]).toEqual(first.values);
  });

  it("gives the base run in every draw when every distribution is collapsed to a point", () => {
    const point: UncertainInput[] = [
      { path: "programme.discountRate", basis: "relative", distribution: { type: "pert", min: 0, mode: 0, max: 0 } },
      { path: "costItems[category=maintenance].amountPerYear", basis: "relative", distribution: { type: "triangular", min: 0, mode: 0, max: 0 } },
      { path: "costItems[category=software-deployment].cost", basis: "relative", distribution: { type: "normal", mean: 0, sd: 0 } },
      { path: "costItems[category=infrastructure].usefulLife", basis: "relative", distribution: { type: "uniform", min: 0, max: 0 } },
    ];
    const base = runModel(model, { detail: false });
    const r = simulate(model, { inputs: point, outputs, draws: 3, seed: 1, lhs: true });
    for (const v of r.values) expect(v).toEqual([base.summary.totalCost, base.summary.presentValue]);
    expect(r.summaries[0]!.sd).toBe(0);
  });

  it("puts one draw in each stratum with Latin hypercube sampling", () => {
    const n = 8;
    const u: UncertainInput = { path: "programme.discountRate", basis: "relative", distribution: { type: "uniform", min: 0, max: 1 } };
    const block = simulateDraws(model, { inputs: [u], outputs: ["summary.presentValue"], draws: n, seed: 7, lhs: true }, 0, n);
    const strata = block.changes.map((c) => Math.floor(c[0]! * n)).sort((a, b) => a - b);
    expect(strata).toEqual([...Array(n).keys()]);
  });
});

describe("distributions and statistics", () => {
  it("inverts each distribution: the median of a symmetric one is its centre, and the normal stays above its floor", () => {
    expect(quantile({ type: "triangular", min: -1, mode: 0, max: 1 }, 0.5, -1)).toBeCloseTo(0, 12);
    expect(quantile({ type: "pert", min: -1, mode: 0, max: 1 }, 0.5, -1)).toBeCloseTo(0, 12);
    expect(quantile({ type: "uniform", min: 2, max: 4 }, 0.25, 0)).toBe(2.5);
    expect(quantile({ type: "normal", mean: 0, sd: 1 }, 1e-9, -1)).toBeGreaterThanOrEqual(-1);
  });

  it("takes percentiles as Excel's PERCENTILE.INC does", () => {
    expect(percentileOf([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentileOf([1, 2, 3, 4], 0)).toBe(1);
    expect(percentileOf([1, 2, 3, 4], 100)).toBe(4);
  });

  it("refuses a distribution whose mode lies outside its range", () => {
    expect(() =>
      simulate(model, {
        inputs: [{ path: "programme.discountRate", basis: "relative", distribution: { type: "triangular", min: 0, mode: 2, max: 1 } }],
        outputs,
        draws: 1,
        seed: 1,
      }),
    ).toThrow("expected min <= mode <= max");
  });
});
