import type { SensitivityInput } from "@costplan/core";
import type { UncertainInput } from "@costplan/core/analysis";

/**
 * The set-up `costplan sensitivity` uses when no `--vary` is given. Every range is an
 * assumption (the source gives none), each with its reason.
 */
export const DEFAULT_SENSITIVITY: readonly SensitivityInput[] = [
  { path: "programme.discountRate", low: -0.25, high: 0.25, basis: "relative", assumption: "8 % ± 2 points: the spread of public discount rates in use (6-10 %)" },
  { path: "costItems[category=maintenance].amountPerYear", low: -0.2, high: 0.3, basis: "relative", assumption: "maintenance contracts are renegotiated; overruns are likelier than savings" },
  { path: "costItems[category=infrastructure].usefulLife", low: -0.2, high: 0.4, basis: "relative", assumption: "servers and workstations last 4-7 years in practice against the 5 modelled" },
  { path: "costItems[category=software-deployment].cost", low: -0.1, high: 0.3, basis: "relative", assumption: "deployment contracts often run over budget" },
  { path: "serviceLists[*].services[*].volumePerBed", low: -0.2, high: 0.2, basis: "relative", assumption: "service volumes vary ± 20 % with bed occupancy" },
  { path: "serviceLists[*].insuredShare", low: -0.1, high: 0.05, basis: "relative", assumption: "insurance covers about 90 % of patients; the share can fall more than it can rise" },
];

/** The outputs when no `--on` is given. */
export const DEFAULT_OUTPUTS: readonly string[] = ["summary.totalCost", "summary.presentValue", "summary.equivalentAnnualCost", "payers.byYear.2025.fund"];

/**
 * The uncertain inputs `costplan simulate` uses when no `--vary` is given: the sensitivity
 * ranges as PERT distributions around the model's value (most likely: no change). Each
 * range is an assumption, with the reason above.
 */
export const DEFAULT_UNCERTAINTY: readonly UncertainInput[] = DEFAULT_SENSITIVITY.map((input) => ({
  path: input.path,
  basis: input.basis,
  distribution: { type: "pert", min: input.low, mode: 0, max: input.high },
  assumption: input.assumption,
}));
