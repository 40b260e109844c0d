import type { ModelInput } from "../model/schema.js";
import type { FacilityPlan } from "./facilities.js";
import type { ResolvedGenerateOptions } from "./options.js";
import type { Random } from "./random.js";

/** The first programme year of every generated model: a fixed year keeps models comparable. */
export const GENERATED_FIRST_YEAR = 2025;

/** The programme header: years, an 8 % discount rate and a price index growing 2-4 % a year. */
export function generateProgramme(o: ResolvedGenerateOptions, r: Random, assumption: string): ModelInput["programme"] {
  const lastYear = GENERATED_FIRST_YEAR + o.years - 1;
  const priceIndex: Record<string, number> = {};
  let index = 100;
  for (let y = GENERATED_FIRST_YEAR; y <= lastYear; y += 1) {
    priceIndex[String(y)] = index;
    index = Math.round(index * (100 + r.hundredths(2, 4))) / 100;
  }
  return {
    id: `synthetic-${o.size}-${o.seed}`,
    name: `Mô hình tổng hợp ${o.facilities} cơ sở (seed ${o.seed})`,
    currency: "VND",
    firstYear: GENERATED_FIRST_YEAR,
    lastYear,
    baseYear: GENERATED_FIRST_YEAR,
    discountRate: 0.08,
    priceIndex,
    language: "vi",
    target: { units: o.facilities, description: "every generated facility on EMR", assumption },
    assumption,
  };
}

/** Savings of a bedded facility from the year after go-live: film, printed results and, for larger ones, paper storage. */
export function generateSavings(plan: FacilityPlan, lastYear: number, r: Random, assumption: string): NonNullable<ModelInput["savings"]> {
  if (plan.beds === 0) return [];
  const firstYear = Math.min(plan.goLiveYear + 1, lastYear);
  const out: NonNullable<ModelInput["savings"]> = [
    { id: `${plan.id}-FILM`, facility: plan.id, kind: "imaging-film", amountPerYear: plan.beds * r.int(300, 500) * 1000, firstYear, assumption },
    { id: `${plan.id}-PRINT`, facility: plan.id, kind: "printed-results", amountPerYear: plan.beds * r.int(100, 200) * 1000, firstYear, assumption },
  ];
  if (plan.beds >= 300)
    out.push({
      id: `${plan.id}-PAPER`,
      facility: plan.id,
      kind: "paper-storage",
      amountPerYear: plan.beds * r.int(50, 120) * 1000,
      firstYear,
      lastYear,
      assumption,
    });
  return out;
}

/** The proposal's defaults, with recovery over 5 years. */
export function generatePricing(lastYear: number, assumption: string): NonNullable<ModelInput["pricing"]> {
  return {
    costBasis: "depreciation",
    recoveryYears: 5,
    offsetSavings: false,
    excludeStateBudget: true,
    phaseIn: 1,
    priceStep: 100,
    rounding: "half-up",
    capAtMaximum: true,
    year: lastYear,
    assumption,
  };
}

/** Proposals a ministry analyst compares, as in the Bac Ninh model. */
export function generateScenarios(): NonNullable<ModelInput["scenarios"]> {
  return [
    { name: "recover-10y", description: "Recover capital and one-off EMR costs through prices over 10 years", overrides: { "pricing.recoveryYears": 10 } },
    { name: "include-state-budget", description: "Also put state-budget-funded EMR costs into prices", overrides: { "pricing.excludeStateBudget": false } },
    { name: "phase-in-50", description: "Build half of the EMR cost into prices", overrides: { "pricing.phaseIn": 0.5 } },
    { name: "offset-savings", description: "Net EMR savings off the cost to recover", overrides: { "pricing.offsetSavings": true } },
    { name: "discount-5", description: "Discount at 5 % instead of 8 %", overrides: { "programme.discountRate": 0.05 } },
  ];
}
