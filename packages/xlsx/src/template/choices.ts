import {
  CATEGORIES,
  COST_BASIS_LABELS,
  DEPRECIATION_METHODS,
  FACILITY_KINDS,
  FUNDING_KINDS,
  LANGUAGE_LABELS,
  OWNERSHIPS,
  PRICE_BASIS_LABELS,
  ROUNDING_LABELS,
  SAVING_KINDS,
} from "@costplan/core";
import type { Language } from "@costplan/core";
import type { Column } from "../layout.js";
import { BOOLEAN_LABELS, isChoiceList } from "../labels/choice-labels.js";
import { choiceLabel } from "../labels/match.js";

/**
 * What the drop-down of a closed list offers in a language: the labels of its codes.
 * Hospital classes are the model's own words (a programme may grade its hospitals its own
 * way) and are offered as they are. Escalation is a rate or `index`, so it gets no drop-down.
 */
export function choicesOf(choice: NonNullable<Column["choices"]>, classes: readonly string[], language: Language): readonly string[] | undefined {
  const codes = choiceCodes(choice, classes);
  return codes === undefined || !isChoiceList(choice) ? codes : codes.map((code) => choiceLabel(choice, code, language));
}

/** The drop-down of a boolean cell: yes and no in the language. */
export function booleanChoices(language: Language): readonly string[] {
  return [BOOLEAN_LABELS.true[language], BOOLEAN_LABELS.false[language]];
}

/** The model's codes of each closed list. */
export function choiceCodes(choice: NonNullable<Column["choices"]>, classes: readonly string[]): readonly string[] | undefined {
  switch (choice) {
    case "facilityKind":
      return FACILITY_KINDS;
    case "ownership":
      return OWNERSHIPS;
    case "category":
      return CATEGORIES;
    case "nature":
      return ["capital", "recurring", "one-off"];
    case "method":
      return DEPRECIATION_METHODS;
    case "fundingKind":
      return FUNDING_KINDS;
    case "savingKind":
      return SAVING_KINDS;
    case "class":
      return classes;
    case "centreKind":
      return ["support", "operating"];
    case "allocationMethod":
      return ["direct", "step-down", "reciprocal"];
    case "serviceCategory":
      return ["examination", "bed-day", "technical", "test"];
    case "analysisKind":
      return ["output", "sensitivity", "simulation", "correlation", "setting"];
    case "rangeBasis":
      return ["relative", "absolute"];
    case "distribution":
      return ["triangular", "pert", "uniform", "normal"];
    case "costBasis":
      return Object.keys(COST_BASIS_LABELS);
    case "rounding":
      return Object.keys(ROUNDING_LABELS);
    case "priceBasis":
      return Object.keys(PRICE_BASIS_LABELS);
    case "language":
      return Object.keys(LANGUAGE_LABELS);
    case "escalation":
      return undefined;
  }
}

/**
 * The list formula of a drop-down, `"a,b,c"`, or undefined when Excel cannot hold it:
 * an inline list is at most 255 characters and its items cannot contain commas or quotes.
 */
export function listFormula(values: readonly string[]): string | undefined {
  if (values.length === 0 || values.some((v) => v.includes(",") || v.includes('"'))) return undefined;
  const joined = values.join(",");
  return joined.length <= 255 ? `"${joined}"` : undefined;
}
