import { describe, expect, it } from "vitest";
import { itemFlows } from "../budget/item-flows.js";
import { parseModel } from "../model/parse.js";
import type { Model } from "../model/schema.js";
import { minimalModel } from "../testing/minimal-model.js";
import { lastRecoveryYear } from "./recoverable.js";

/** The minimal model (2021-2023; servers in service 2021-07 for 3 years, training in 2022) with the pricing and servers changed. */
function model(pricing: Record<string, unknown>, servers: Record<string, unknown> = {}): Model {
  const doc = minimalModel() as unknown as { costItems: Record<string, unknown>[]; pricing?: Record<string, unknown> };
  doc.costItems = doc.costItems.map((item) => (item["id"] === "H1-SRV" ? { ...item, ...servers } : item));
  doc.pricing = { ...doc.pricing, ...pricing };
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
  return parsed.model;
}

const last = (m: Model): number => lastRecoveryYear(m, itemFlows(m));

describe("the last year a cost still goes into prices", () => {
  it("is the end of the depreciation schedule, which a prorated first year makes a year longer", () => {
    expect(last(model({}, { inService: "2022-01", usefulLife: 4 }))).toBe(2025);
    expect(last(model({}, { inService: "2022-07", usefulLife: 4, prorateFirstYear: true }))).toBe(2026);
    // Never before the programme's last year.
    expect(last(model({}, { inService: "2021-01", usefulLife: 1 }))).toBe(2023);
  });

  it("is the end of the useful life on the equivalent annual cost basis, prorated or not", () => {
    expect(last(model({ costBasis: "equivalent-annual-cost" }, { inService: "2022-07", usefulLife: 4, prorateFirstYear: true }))).toBe(2025);
  });

  it("is the end of the recovery period when one is set, for capital and one-off items alike", () => {
    // Servers from 2022 over 5 years: 2026; training in 2022 over 5 years: 2026.
    expect(last(model({ recoveryYears: 5 }, { inService: "2022-07", usefulLife: 9, prorateFirstYear: true }))).toBe(2026);
    // Servers from 2021 over 2 years end in 2022, but the training of 2022 is recovered until 2023, the programme's end; 7 years: 2028.
    expect(last(model({ recoveryYears: 2 }))).toBe(2023);
    expect(last(model({ recoveryYears: 7 }, { inService: "2021-01" }))).toBe(2028);
    expect(last(model({ recoveryYears: 7, costBasis: "equivalent-annual-cost" }, { inService: "2021-01", usefulLife: 2 }))).toBe(2028);
  });
});
