import { describe, expect, it } from "vitest";
import { CostplanError } from "../errors/costplan-error.js";
import { parseModel } from "../model/parse.js";
import type { Model, ModelInput } from "../model/schema.js";
import { runPipeline } from "../pipeline/run-model.js";
import { minimalModel } from "../testing/minimal-model.js";

const MAX = Number.MAX_SAFE_INTEGER;
type Items = NonNullable<ModelInput["costItems"]>;

/** The minimal model with its cost items changed; the schema accepts each amount on its own. */
function withItems(change: (items: Items) => void, more: (m: ModelInput) => void = () => undefined): ModelInput {
  const m = minimalModel();
  change(m.costItems);
  more(m);
  return m;
}

/** The single problem validation finds, as path and English message. */
function validationProblem(input: ModelInput): { path: string; code: string; en: string; vi: string } {
  const parsed = parseModel(input);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) throw new Error("unreachable");
  expect(parsed.problems).toHaveLength(1);
  const [p] = parsed.problems;
  return { path: p!.path, code: p!.code, en: p!.message.en, vi: p!.message.vi };
}

describe("amounts each valid whose budget passes the exact range", () => {
  it("names the item and the year where the programme's paid total passes the range", () => {
    const input = withItems((items) => {
      // The servers and the 2021 data hub, then the 2022 maintenance: 10 short of the end, before the training.
      Object.assign(items[0]!, { cost: MAX - 30_000_000 - 100_000_000 - 10 });
      Object.assign(items[2]!, { amount: 11, year: 2022 });
    });
    const found = validationProblem(input);
    expect(found.path).toBe("$.costItems[2]");
    expect(found.code).toBe("amount-total-beyond-exact-range");
    expect(found.en).toBe(
      'the costs paid over the programme years pass the exact range when the 2022 amount of "P1-TRN" ($.costItems[2]) is added; ' +
        "expected a total within 9,007,199,254,740,991 minor units: lower the amounts or split the model into smaller ones",
    );
    expect(found.vi).toContain('khi cộng thêm số tiền năm 2022 của "P1-TRN" ($.costItems[2])');
  });

  it("accepts a total exactly at the range's end", () => {
    // Cash: the servers, the training, the data hub 30m x 100/104/110, maintenance 100m and 105m.
    const rest = 30_000_000 + 31_200_000 + 33_000_000 + 100_000_000 + 105_000_000;
    const input = withItems((items) => {
      Object.assign(items[0]!, { cost: MAX - rest - 11, salvage: 0 });
      Object.assign(items[2]!, { amount: 11 });
    });
    const parsed = parseModel(input);
    expect(parsed.ok && runPipeline(parsed.model).result.summary.totalCost).toBe(MAX);
  });

  it("names the item and year whose escalated amount passes the range", () => {
    const found = validationProblem(withItems((items) => void Object.assign(items[1]!, { amountPerYear: 5e15, escalation: 1 })));
    expect(found).toMatchObject({ path: "$.costItems[1]", code: "amount-item-year-beyond-exact-range" });
    expect(found.en).toMatch(
      /^cost item "H1-MNT" \(\$\.costItems\[1\]\) comes to 10000000000000000 minor units in 2023 after escalation, past the exact range/,
    );
  });

  it("names the price index when constant prices pass the range, and the discount rate for present values", () => {
    const index = withItems(
      (items) => void Object.assign(items[0]!, { cost: 6e15, inService: "2023-01" }),
      (m) => void Object.assign(m.programme, { priceIndex: { "2021": 100, "2022": 100, "2023": 50 } }),
    );
    expect(validationProblem(index)).toMatchObject({ path: "$.programme.priceIndex", code: "amount-restated-beyond-exact-range" });
    expect(validationProblem(index).en).toContain("the costs in constant base-year prices pass the exact range in 2023");
    const rate = withItems(
      (items) => void Object.assign(items[0]!, { cost: 6e15, inService: "2023-01" }),
      (m) => void Object.assign(m.programme, { discountRate: -0.5 }),
    );
    expect(validationProblem(rate)).toMatchObject({ path: "$.programme.discountRate", code: "amount-restated-beyond-exact-range" });
  });

  it("names the capital item whose equivalent annual cost passes the range", () => {
    const found = validationProblem(
      withItems(
        (items) => void Object.assign(items[0]!, { cost: 5e15, usefulLife: 1, inService: "2021-01" }),
        (m) => void Object.assign(m.programme, { discountRate: 1 }),
      ),
    );
    expect(found).toMatchObject({ path: "$.costItems[0]", code: "amount-item-eac-beyond-exact-range" });
  });

  it("names the saving that takes the savings past the range", () => {
    const found = validationProblem(
      withItems(
        () => undefined,
        (m) => void Object.assign(m.savings![0]!, { amountPerYear: 4e15, firstYear: 2021 }),
      ),
    );
    expect(found).toMatchObject({ path: "$.savings[0]", code: "amount-total-beyond-exact-range" });
    expect(found.en).toContain('the 2023 amount of "H1-FILM" ($.savings[0])');
  });

  it("throws the same problem from a run of a model that skipped validation, with no figure rounded", () => {
    const valid = parseModel(minimalModel());
    if (!valid.ok) throw new Error("the minimal model is valid");
    const items = valid.model.costItems.map((c, i) => (i === 0 ? { ...c, cost: MAX } : c)) as Model["costItems"];
    const run = (): unknown => runPipeline({ ...valid.model, costItems: items });
    expect(run).toThrow(CostplanError);
    expect(run).toThrow(/^the costs paid over the programme years pass the exact range when the 2021 amount of "POOL-HUB" \(\$\.costItems\[3\]\) is added/);
  });
});
