import { describe, expect, it } from "vitest";
import { runModel } from "../pipeline/run-model.js";
import { sensitivity } from "./sensitivity.js";
import { variedValue } from "./vary.js";
import { bacNinhModel } from "../testing/bac-ninh.js";

const model = bacNinhModel();

const inputs = [
  { path: "programme.discountRate", low: -0.2, high: 0.2, basis: "relative" as const },
  { path: "costItems[category=maintenance].amountPerYear", low: -0.2, high: 0.2, basis: "relative" as const },
  { path: "costItems[category=infrastructure].usefulLife", low: -0.2, high: 0.2, basis: "relative" as const },
];
const outputs = ["summary.totalCost", "summary.presentValue"];

describe("sensitivity", () => {
  const result = sensitivity(model, { inputs, outputs, steps: 3 });

  it("gives the same result when run again", () => {
    expect(sensitivity(model, { inputs, outputs, steps: 3 })).toEqual(result);
  });

  it("ranks each tornado by swing, largest first", () => {
    for (const bars of result.tornado) {
      for (let i = 1; i < bars.length; i += 1) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
      for (const bar of bars) expect(bar.swing).toBe(Math.abs(bar.high - bar.low));
    }
  });

  it("gives zero swing to an input that does not reach an output: the discount rate does not move the total cost", () => {
    const bar = result.tornado[0]!.find((b) => b.input === "programme.discountRate")!;
    expect(bar.swing).toBe(0);
    expect(bar.low).toBe(result.base[0]);
    expect(result.tornado[1]!.find((b) => b.input === "programme.discountRate")!.swing).toBeGreaterThan(0);
  });

  it("is the output of a full run of the model with the input changed", () => {
    const low = structuredClone(model);
    for (const item of low.costItems)
      if (item.category === "maintenance" && "amountPerYear" in item)
        (item as { amountPerYear: number }).amountPerYear = variedValue(item.amountPerYear, -0.2, "relative");
    const bar = result.tornado[0]!.find((b) => b.input === inputs[1]!.path)!;
    expect(bar.low).toBe(runModel(low, { detail: false }).summary.totalCost);
    expect(result.spider[1]!.values[0]![1]).toBe(result.base[0]);
  });

  it("names every number a group reaches", () => {
    expect(result.inputs[1]!.reaches.length).toBe(model.costItems.filter((i) => i.category === "maintenance" && "amountPerYear" in i).length);
    expect(result.inputs[1]!.reaches[0]).toMatch(/^costItems\[[^\]]+\]\.amountPerYear$/);
  });
});

describe("edge cases", () => {
  it("keeps whole amounts whole, rounded half away from zero, exactly", () => {
    expect(variedValue(12345, 0.1, "relative")).toBe(13580);
    expect(variedValue(5, -0.1, "relative")).toBe(5); // 4.5 -> 5
    expect(variedValue(0.08, 0.2, "relative")).toBeCloseTo(0.096, 15);
    expect(variedValue(5, 7, "absolute")).toBe(7);
  });

  it("refuses a path that reaches nothing, an output that is not a number and a range that makes the model invalid", () => {
    expect(() =>
      sensitivity(model, { inputs: [{ path: "programme.nothing", low: -0.1, high: 0.1, basis: "relative" }], outputs }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: inputs[0]: the path "programme.nothing" reaches no number in the model; expected a path such as programme.discountRate, costItems[PH01-SW].usefulLife or costItems[category=maintenance].amountPerYear]`,
    );
    expect(() => sensitivity(model, { inputs, outputs: ["summary.byYear"] })).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: outputs[0]: "summary.byYear" is not a number (found a table); only numbers can be varied or read]`,
    );
    expect(() =>
      sensitivity(model, { inputs: [{ path: "serviceLists[*].insuredShare", low: 0, high: 0.5, basis: "relative" }], outputs }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[CostplanError: inputs[0]: with "serviceLists[*].insuredShare" at 0.5 the model is no longer valid: $.serviceLists[0].insuredShare: expected a share greater than 0 and at most 1, such as 0.6, got 1.35]`,
    );
  });
});
