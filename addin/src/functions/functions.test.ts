import { readFileSync } from "node:fs";
import { allocate, allocateCosts, depreciationSchedule, equivalentAnnualCost, parseAllocationProblem, roundToStep } from "@costplan/core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { installStub, StubError } from "../testing/custom-functions-stub.js";
import { VERSION } from "../version.js";
import { allocateFunction } from "./allocate.js";
import { depreciationFunction } from "./depreciation.js";
import { directFunction } from "./direct.js";
import { eacFunction } from "./eac.js";
import { emrComponentFunction } from "./emr-component.js";
import { outOfRange } from "./failure.js";
import { flowsFunction } from "./flows.js";
import { priceFunction } from "./price.js";
import { reciprocalFunction } from "./reciprocal.js";
import { stepDownFunction } from "./step-down.js";
import { versionFunction } from "./version.js";

beforeAll(() => {
  installStub();
});
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** The one error a failed call returns, spilled or not. */
const errorOf = (result: unknown): StubError => {
  const value = Array.isArray(result) ? (result as unknown[][])[0]![0] : result;
  if (!(value instanceof StubError)) throw new Error(`expected an error value, got ${JSON.stringify(result)}`);
  return value;
};
const inVietnamese = (): void => {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "vi-VN" } };
};

// A hospital with two support centres (IT, ADMIN) and two operating centres (OPD, IPD).
const COSTS = col(30_000, 20_000, 100_000, 150_000);
const KINDS = col("support", "support", "operating", "operating");
const USAGE = [
  ["", 1, 2, 2],
  [1, "", 3, 1],
  ["", "", "", ""],
  [0, 0, 0, 0],
];
const coreProblem = (method: "direct" | "step-down" | "reciprocal", order?: string[]) => {
  const parsed = parseAllocationProblem({
    method,
    currency: "VND",
    centres: [
      { id: "1", kind: "support", cost: 30_000 },
      { id: "2", kind: "support", cost: 20_000 },
      { id: "3", kind: "operating", cost: 100_000 },
      { id: "4", kind: "operating", cost: 150_000 },
    ],
    usage: { "1": { "2": 1, "3": 2, "4": 2 }, "2": { "1": 1, "3": 3, "4": 1 } },
    ...(order === undefined ? {} : { order }),
  });
  if (!parsed.ok) throw new Error("bad problem");
  return allocateCosts(parsed.problem);
};

describe("COSTPLAN.ALLOCATE", () => {
  it("splits 100 over three equal weights into 34, 33, 33, spilled down a column", () => {
    expect(allocateFunction(100, col(1, 1, 1), null)).toEqual([[34], [33], [33]]);
  });

  it("spills across when the weights are a row, and matches core's allocate", () => {
    expect(allocateFunction(1_000_003, [[5, 3, 2, 7]], null)).toEqual([allocate(1_000_003, [5, 3, 2, 7])]);
  });

  it("counts empty cells as weight 0", () => {
    expect(allocateFunction(10, col(1, "", 1, null), null)).toEqual([[5], [0], [5], [0]]);
  });

  it("splits in cents with decimals = 2 and in thousands with decimals = -3, adding up exactly", () => {
    expect(allocateFunction(0.1, col(1, 1, 1), 2)).toEqual([[0.04], [0.03], [0.03]]);
    expect(allocateFunction(10_000, col(1, 1, 1), -3)).toEqual([[4000], [3000], [3000]]);
  });

  it("accepts a total given as a 1x1 range", () => {
    expect(allocateFunction([[9]], col(1, 2), null)).toEqual([[3], [6]]);
  });

  describe("edge cases", () => {
    it("returns #VALUE! naming the cell for text in a weight cell, in the user's language", () => {
      expect(errorOf(allocateFunction(100, col(1, "abc", 1), null))).toEqual(new StubError("#VALUE!", 'weights, cell A2: expected a number, got "abc"'));
      inVietnamese();
      expect(errorOf(allocateFunction(100, col(1, "abc", 1), null)).message).toBe('weights, ô A2: cần một số, nhận được "abc"');
    });

    it("returns #VALUE! for text in the total and for a total finer than decimals allows", () => {
      expect(errorOf(allocateFunction("100", col(1), null)).code).toBe("#VALUE!");
      expect(errorOf(allocateFunction(10.5, col(1, 1), null)).message).toMatchInlineSnapshot(
        `"total 10.5 has more decimal places than decimals = 0 allows; round it first or raise decimals"`,
      );
    });

    it("returns core's message when every weight is 0, and #VALUE! for a block of weights", () => {
      expect(errorOf(allocateFunction(100, col(0, ""), null)).message).toMatchInlineSnapshot(
        `"cannot split 100: every weight is 0; expected at least one weight greater than 0"`,
      );
      expect(
        errorOf(
          allocateFunction(
            100,
            [
              [1, 2],
              [3, 4],
            ],
            null,
          ),
        ).message,
      ).toBe("weights: expected one row or one column, got 2 rows x 2 columns");
    });

    it("returns #VALUE! for a negative weight and #NUM! for decimals out of range", () => {
      expect(errorOf(allocateFunction(100, col(1, -1), null)).code).toBe("#VALUE!");
      expect(errorOf(allocateFunction(100, col(1), 40))).toEqual(new StubError("#NUM!"));
    });
  });
});

describe("COSTPLAN.DIRECT, STEPDOWN and RECIPROCAL", () => {
  it("return core's final cost of each operating centre, support centres at 0, adding up to the total", () => {
    for (const [fn, method] of [
      [directFunction, "direct"],
      [stepDownFunction, "step-down"],
      [reciprocalFunction, "reciprocal"],
    ] as const) {
      const core = coreProblem(method);
      const spilled = fn(COSTS, KINDS, USAGE, null);
      expect(spilled, method).toEqual([[0], [0], [core.final["3"]], [core.final["4"]]]);
      expect(spilled.flat().reduce<number>((a, b) => a + (b as number), 0)).toBe(300_000);
    }
  });

  it("follow a given step-down order of centre numbers", () => {
    expect(stepDownFunction(COSTS, KINDS, USAGE, [[2, 1]])).toEqual([
      [0],
      [0],
      [coreProblem("step-down", ["2", "1"]).final["3"]],
      [coreProblem("step-down", ["2", "1"]).final["4"]],
    ]);
    expect(stepDownFunction(COSTS, KINDS, USAGE, [[2, 1]])).not.toEqual(stepDownFunction(COSTS, KINDS, USAGE, [[1, 2]]));
  });

  it("accept Vietnamese kinds", () => {
    expect(directFunction(COSTS, col("hỗ trợ", "Hỗ trợ", "trực tiếp", "Trực tiếp"), USAGE, null)).toEqual(directFunction(COSTS, KINDS, USAGE, null));
  });

  describe("edge cases", () => {
    it("return #VALUE! when kinds and costs differ in size, or usage is not square", () => {
      expect(errorOf(directFunction(COSTS, col("support", "operating"), USAGE, null)).message).toBe("kinds has 2 cells; expected 4, one per cell of costs");
      expect(errorOf(directFunction(COSTS, KINDS, USAGE.slice(0, 3), null)).message).toBe(
        "usage: expected 4 rows x 4 columns (one row and one column per centre), got 3 x 4",
      );
    });

    it("return #VALUE! for text in a cost cell, an unknown kind, or usage on an operating centre's row", () => {
      expect(errorOf(directFunction(col(1, "x", 3, 4), KINDS, USAGE, null)).message).toBe('costs, cell A2: expected a number, got "x"');
      expect(errorOf(directFunction(COSTS, col("support", "support", "ward", "operating"), USAGE, null)).message).toContain(
        'kinds, centre 3: expected one of "support", "operating"',
      );
      expect(errorOf(directFunction(COSTS, KINDS, [...USAGE.slice(0, 2), [1, 0, 0, 0], [0, 0, 0, 0]], null)).message).toContain(
        "usage, row 3: centre 3 is an operating centre",
      );
    });

    it("name the centre core cannot solve: a group of support centres serving only each other", () => {
      const closed = [
        [0, 1, 0, 0],
        [1, 0, 0, 0],
        ["", "", "", ""],
        ["", "", "", ""],
      ];
      expect(errorOf(reciprocalFunction(COSTS, KINDS, closed, null)).message).toContain('support centres "1", "2" only serve each other');
    });

    it("return #VALUE! for an order naming a centre that does not exist", () => {
      expect(errorOf(stepDownFunction(COSTS, KINDS, USAGE, [[1, 9]])).message).toBe("order: expected centre numbers from 1 to 4, got 9");
    });
  });
});

describe("COSTPLAN.FLOWS", () => {
  it("returns the flow table of core's allocation, row = sender, column = receiver", () => {
    const core = coreProblem("step-down");
    const table = flowsFunction(COSTS, KINDS, USAGE, "step-down", null) as number[][];
    for (const flow of core.flows) expect(table[Number(flow.from) - 1]![Number(flow.to) - 1]).toBe(flow.amount);
    expect(table.flat().reduce((a, b) => a + b, 0)).toBe(core.flows.reduce((a, f) => a + f.amount, 0));
  });

  it("uses step-down when the method is omitted, and rejects an unknown method", () => {
    expect(flowsFunction(COSTS, KINDS, USAGE, null, null)).toEqual(flowsFunction(COSTS, KINDS, USAGE, "step-down", null));
    expect(errorOf(flowsFunction(COSTS, KINDS, USAGE, "abc", null)).message).toBe('method: expected one of "direct", "step-down", "reciprocal", got "abc"');
  });
});

describe("COSTPLAN.DEPRECIATION", () => {
  it("returns the posted amount of each year of core's schedule and 0 after it", () => {
    const schedule = depreciationSchedule({ cost: 1000, salvage: 0, usefulLife: 3, inService: "2000-01", method: "straight-line", prorateFirstYear: false });
    expect([1, 2, 3, 4].map((y) => depreciationFunction(1000, 0, 3, y, null, null))).toEqual([...schedule.map((s) => s.amount), 0]);
  });

  it("prorates the first year by the in-service month, with one extra year", () => {
    const schedule = depreciationSchedule({
      cost: 1_200_000,
      salvage: 0,
      usefulLife: 2,
      inService: "2000-07",
      method: "straight-line",
      prorateFirstYear: true,
    });
    expect([1, 2, 3].map((y) => depreciationFunction(1_200_000, "", 2, y, "", 7))).toEqual(schedule.map((s) => s.amount));
    expect(schedule.map((s) => s.amount)).toEqual([300_000, 600_000, 300_000]);
  });

  it("takes Excel's method names", () => {
    const syd = depreciationSchedule({ cost: 15_000, salvage: 0, usefulLife: 5, inService: "2000-01", method: "sum-of-years", prorateFirstYear: false });
    expect(depreciationFunction(15_000, 0, 5, 1, "SYD", null)).toBe(syd[0]!.amount);
    expect(depreciationFunction(15_000, 0, 5, 1, "syd", null)).toBe(5000);
  });

  describe("edge cases", () => {
    it("returns #NUM! for salvage above cost or a life of 0, and #VALUE! for text", () => {
      expect(errorOf(depreciationFunction(100, 200, 5, 1, null, null))).toEqual(new StubError("#NUM!"));
      expect(errorOf(depreciationFunction(100, 0, 0, 1, null, null))).toEqual(new StubError("#NUM!"));
      expect(errorOf(depreciationFunction("100 đồng", 0, 5, 1, null, null)).message).toBe('cost: expected a number, got "100 đồng"');
      expect(errorOf(depreciationFunction(100, 0, 5, 1, "linear", null)).code).toBe("#VALUE!");
    });
  });
});

describe("COSTPLAN.EAC", () => {
  it("equals core's equivalent annual cost", () => {
    expect(eacFunction(1_000_000, 5, 0.08, null)).toBe(250_456);
    expect(eacFunction(1_000_000, 5, 0.08, 100_000)).toBe(equivalentAnnualCost({ cost: 1_000_000, salvage: 100_000, usefulLife: 5 }, 0.08));
    expect(eacFunction(1_000_000, 5, 0, "")).toBe(200_000);
  });

  it("returns #NUM! for a rate of -1 or less", () => {
    expect(errorOf(eacFunction(1_000, 5, -1, null))).toEqual(new StubError("#NUM!"));
  });
});

describe("COSTPLAN.EMRCOMPONENT", () => {
  it("shares the annual cost by volume x weight and divides by volume, Σ component x volume = cost", () => {
    const result = emrComponentFunction(1_000_000, col(1000, 3000, 0), col(1, 2, 1), null) as number[][];
    const shares = allocate(1_000_000, [1000, 6000, 0]);
    expect(result).toEqual([[shares[0]! / 1000], [shares[1]! / 3000], [0]]);
    expect(result[0]![0]! * 1000 + result[1]![0]! * 3000).toBeCloseTo(1_000_000, 6);
  });

  it("rounds each component to the price step when given", () => {
    expect(emrComponentFunction(1_000_000, col(1000, 3000), col(1, 2), 100)).toEqual([[roundToStep("142.857", 100).toNumber()], [300]]);
  });

  it("multiplies volume by a fractional weight exactly", () => {
    expect(emrComponentFunction(33, col(1, 1), col(1.1, 2.2), null)).toEqual([[11], [22]]);
  });

  it("returns #VALUE! when weights and volumes differ in size", () => {
    expect(errorOf(emrComponentFunction(1000, col(1, 2), col(1), null)).message).toBe("weights has 1 cells; expected 2, one per cell of volumes");
  });
});

describe("COSTPLAN.PRICE", () => {
  it("adds the component, rounds to the step half up and caps at the maximum", () => {
    expect(priceFunction(37_000, 142.86, null, null, null)).toBe(37_100);
    expect(priceFunction(37_000, 149.99, 100, "down", null)).toBe(37_100);
    expect(priceFunction(37_000, 150, 100, "half-even", null)).toBe(37_200);
    expect(priceFunction(37_000, 900, 100, null, 37_500)).toBe(37_500);
  });

  it("returns #VALUE! for an unknown rounding rule and #NUM! for a step of 0", () => {
    expect(errorOf(priceFunction(37_000, 1, 100, "nearest", null)).message).toBe(
      'rounding: expected one of "half-up", "half-even", "down", "up", got "nearest"',
    );
    expect(errorOf(priceFunction(37_000, 1, 0, null, null))).toEqual(new StubError("#NUM!"));
  });
});

describe("out-of-range arguments", () => {
  // Excel shows a custom text only with #VALUE! and #N/A, so #NUM! texts are read off the failure itself.
  it("say what each argument expects in English and in Vietnamese, both from the catalogue", () => {
    const failures = [
      outOfRange("#NUM!", { arg: "rate", received: -1 }, "fn-expect-rate"),
      outOfRange("#NUM!", { arg: "step", received: 0 }, "fn-expect-positive-step"),
      outOfRange("#NUM!", { arg: "salvage", received: 200 }, "fn-expect-at-most-cost", { cost: 100 }),
      outOfRange("#NUM!", { arg: "life", received: 0 }, "fn-expect-whole-range", { min: 1, max: 100 }),
      outOfRange("#NUM!", { arg: "volumes", cell: 2, received: -2 }, "fn-expect-non-negative"),
      outOfRange("#NUM!", { arg: "total", received: 1e16 }, "fn-expect-signed-amount"),
      outOfRange("#NUM!", { arg: "cost", received: -1 }, "fn-expect-amount"),
    ];
    expect(failures.map((f) => f.text("en"))).toEqual([
      "rate: expected a rate greater than -1, got -1",
      "step: expected a step greater than 0, got 0",
      "salvage: expected at most the cost (100), got 200",
      "life: expected a whole number from 1 to 100, got 0",
      "volumes, cell 2: expected a number at least 0, got -2",
      "total: expected an amount within ±9,007,199,254,740,991 units, got 10000000000000000",
      "cost: expected a whole amount from 0 to 9,007,199,254,740,991, got -1",
    ]);
    expect(failures.map((f) => f.text("vi"))).toEqual([
      "rate: cần tỷ lệ lớn hơn -1, nhận được -1",
      "step: cần bước lớn hơn 0, nhận được 0",
      "salvage: cần không quá nguyên giá (100), nhận được 200",
      "life: cần một số nguyên từ 1 đến 100, nhận được 0",
      "volumes, ô 2: cần một số lớn hơn hoặc bằng 0, nhận được -2",
      "total: cần số tiền trong khoảng ±9.007.199.254.740.991 đơn vị, nhận được 10000000000000000",
      "cost: cần số tiền nguyên từ 0 đến 9.007.199.254.740.991, nhận được -1",
    ]);
  });

  it("show the expectation in the cell for a #VALUE! one, in the user's language", () => {
    expect(errorOf(stepDownFunction(COSTS, KINDS, USAGE, col(7)))).toEqual(new StubError("#VALUE!", "order: expected centre numbers from 1 to 4, got 7"));
    inVietnamese();
    expect(errorOf(stepDownFunction(COSTS, KINDS, USAGE, col(7))).message).toBe("order: cần số thứ tự trung tâm từ 1 đến 4, nhận được 7");
  });

  it("name the centre of an unknown kind in the user's language", () => {
    const kinds = col("support", "support", "operating", "ward");
    expect(errorOf(directFunction(COSTS, kinds, USAGE, null)).message).toMatch(/^kinds, centre 4: expected one of /);
    inVietnamese();
    expect(errorOf(directFunction(COSTS, kinds, USAGE, null)).message).toMatch(/^kinds, trung tâm 4: cần một trong /);
  });
});

describe("COSTPLAN.VERSION", () => {
  it("is the add-in package's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(versionFunction()).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
  });
});
