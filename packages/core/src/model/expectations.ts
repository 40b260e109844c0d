import { messages, type Language, type MessageCode, type MessageParams } from "../errors/catalogue.js";
import { CATEGORIES, DEPRECIATION_METHODS, FACILITY_KINDS, FUNDING_KINDS, OWNERSHIPS, SAVING_KINDS } from "./vocabulary.js";
import { CURRENCY_CODES } from "../money/currency.js";

const oneOf = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");

type Expected = readonly [MessageCode, MessageParams?];

/**
 * What each kind of field expects, as a catalogue message for the person fixing the file.
 * The schema tags every leaf with one of these keys (`expect:KEY`). A Map, so that a key
 * such as `constructor` finds nothing rather than what Object.prototype holds.
 */
const EXPECTATIONS: ReadonlyMap<string, Expected> = new Map<string, Expected>([
  ["text", ["expect-text"]],
  ["tableFile", ["expect-table-file"]],
  ["id", ["expect-id"]],
  ["year", ["expect-year"]],
  ["yearKey", ["expect-year-key"]],
  ["amount", ["expect-amount"]],
  ["priceStep", ["expect-price-step"]],
  ["yearMonth", ["expect-year-month"]],
  ["rate", ["expect-rate"]],
  ["share", ["expect-share"]],
  ["usefulLife", ["expect-useful-life"]],
  ["count", ["expect-count"]],
  ["index", ["expect-index"]],
  ["factor", ["expect-factor"]],
  ["boolean", ["expect-boolean"]],
  ["object", ["expect-object"]],
  ["list", ["expect-list"]],
  ["fundingList", ["expect-funding-list"]],
  ["funding", ["expect-funding"]],
  ["escalation", ["expect-escalation"]],
  ["currency", ["expect-currency", { codes: oneOf(CURRENCY_CODES) }]],
  ["language", ["expect-language"]],
  ["facilityKind", ["expect-one-of", { values: oneOf(FACILITY_KINDS) }]],
  ["ownership", ["expect-one-of", { values: oneOf(OWNERSHIPS) }]],
  ["category", ["expect-one-of", { values: oneOf(CATEGORIES) }]],
  ["fundingKind", ["expect-one-of", { values: oneOf(FUNDING_KINDS) }]],
  ["method", ["expect-one-of", { values: oneOf(DEPRECIATION_METHODS) }]],
  ["savingKind", ["expect-one-of", { values: oneOf(SAVING_KINDS) }]],
  ["majorAmount", ["expect-major-amount"]],
  ["centreId", ["expect-centre-id"]],
  ["allocationMethod", ["expect-allocation-method"]],
  ["centreKind", ["expect-centre-kind"]],
  ["nonNegative", ["expect-non-negative"]],
  ["capacity", ["expect-capacity"]],
  ["timeDriven", ["expect-time-driven"]],
  ["serviceCategory", ["expect-service-category"]],
  ["weight", ["expect-weight"]],
  ["costBasis", ["expect-cost-basis"]],
  ["basis", ["expect-basis"]],
  ["rounding", ["expect-rounding"]],
  ["nature", ["expect-nature"]],
  ["localText", ["expect-local-text"]],
  // The analysis set-up (analysis-schema.ts).
  ["analysisPath", ["expect-analysis-path"]],
  ["outputPath", ["expect-output-path"]],
  ["finite", ["expect-finite"]],
  ["analysisBasis", ["expect-analysis-basis"]],
  ["distribution", ["expect-distribution"]],
  ["rank", ["expect-rank"]],
  ["steps", ["expect-steps"]],
  ["draws", ["expect-draws"]],
  ["seed", ["expect-seed"]],
  ["percentile", ["expect-percentile"]],
]);

/** The words for what a field expects, or a generic phrase for an unknown key. */
export function expectation(key: string): Readonly<Record<Language, string>> {
  const [code, params] = EXPECTATIONS.get(key) ?? ["expect-valid-value"];
  return messages(code, params ?? {});
}
