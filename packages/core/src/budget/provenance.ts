import type { LocalText } from "../model/local-text.js";
import type { Model } from "../model/schema.js";
import type { Breakdown } from "./breakdown.js";

/** A figure the source reports, beside what the model computes for it. */
export interface Reconciliation {
  readonly figure: string;
  readonly reported: number;
  readonly computed: number;
  readonly difference: number;
  readonly matches: boolean;
  /** The citation as the model writes it, in one language or both (`textIn` picks one). */
  readonly source: LocalText | undefined;
}

/** An assumption the model makes: where it is, what it concerns, and why. */
export interface AssumptionNote {
  readonly path: string;
  readonly label: string;
  /** The reason as the model writes it, in one language or both (`textIn` picks one). */
  readonly reason: LocalText;
}

interface Headline {
  readonly totalCost: number;
  readonly byOwnership: { readonly public: number; readonly private: number };
  readonly units: number;
}

/** Compares the model's headline figures with the figures the source reports. */
export function reconcile(model: Model, summary: Headline): Reconciliation[] {
  const reported = model.programme.reported;
  if (reported === undefined) return [];
  const out: Reconciliation[] = [];
  const check = (figure: string, value: number | undefined, computed: number): void => {
    if (value !== undefined)
      out.push({ figure, reported: value, computed, difference: computed - value, matches: computed === value, source: reported.source });
  };
  check("summary.totalCost", reported.totalCost, summary.totalCost);
  check("summary.byOwnership.public", reported.byOwnership?.public, summary.byOwnership.public);
  check("summary.byOwnership.private", reported.byOwnership?.private, summary.byOwnership.private);
  check("summary.units", reported.units, summary.units);
  return out;
}

/**
 * Labels each headline figure: `source` when it reproduces a figure the source reports
 * (or is quoted from it), `assumption` when it rests on figures the model assumes.
 */
export function provenanceOf(
  model: Model,
  summary: { readonly target?: number },
  checks: readonly Reconciliation[],
  cash: Breakdown,
): Record<string, "source" | "assumption"> {
  const matched = (figure: string): boolean => checks.some((c) => c.figure === figure && c.matches);
  const label = (fromSource: boolean): "source" | "assumption" => (fromSource ? "source" : "assumption");
  const assumed = cash.total.assumption;
  const targetFromSource =
    model.programme.target !== undefined && model.programme.target.assumption === undefined && model.programme.target.source !== undefined;
  const out: Record<string, "source" | "assumption"> = {
    totalCost: label(matched("summary.totalCost") || !assumed),
    "byOwnership.public": label(matched("summary.byOwnership.public") || !assumed),
    "byOwnership.private": label(matched("summary.byOwnership.private") || !assumed),
    byYear: label(!assumed),
    accrualTotal: label(!assumed),
    presentValue: "assumption",
    equivalentAnnualCost: "assumption",
    bookValueAtEnd: label(!assumed),
    savingsTotal: label(model.savings.every((s) => s.assumption === undefined)),
    units: label(matched("summary.units")),
  };
  if (summary.target !== undefined) {
    out["target"] = label(targetFromSource);
    out["attainment"] = label(targetFromSource && matched("summary.units"));
  }
  return out;
}
