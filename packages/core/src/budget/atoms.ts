import { allocate } from "../money/allocate.js";
import { integerWeights, splitInto } from "../money/integer.js";
import type { Model } from "../model/schema.js";
import type { Category, FacilityKind, FundingKind, Ownership } from "../model/vocabulary.js";
import type { ItemFlows } from "./item-flows.js";
import type { YearVector } from "./years.js";

/**
 * The smallest piece of a budget: one cost item's share paid by one funding source,
 * with everything a breakdown groups by. Every breakdown is a sum of atoms, so every
 * breakdown adds up to the same total to the đồng.
 */
export interface Atom {
  readonly itemId: string;
  readonly unitId: string;
  readonly kind: FacilityKind;
  readonly ownership: Ownership;
  readonly category: Category;
  readonly sourceId: string;
  readonly fundingKind: FundingKind;
  /** The item or the facility carrying it is an assumption, not a source figure. */
  readonly assumption: boolean;
  readonly cash: YearVector;
  readonly accrual: YearVector;
}

/** Splits each item's flows among its funding sources, year by year, by largest remainder. */
export function atomsOf(model: Model, flows: readonly ItemFlows[]): Atom[] {
  const units = new Map<string, { kind: FacilityKind; ownership: Ownership; assumption: boolean }>();
  for (const f of model.facilities) units.set(f.id, { kind: f.kind, ownership: f.ownership, assumption: f.assumption !== undefined });
  for (const p of model.pools) units.set(p.id, { kind: "provincial-pool", ownership: p.ownership, assumption: p.assumption !== undefined });
  const sources = new Map(model.fundingSources.map((s) => [s.id, s]));

  return flows.flatMap(({ item, cash, accrual }) => {
    const unit = units.get(item.facility)!;
    const shares = typeof item.funding === "string" ? [{ source: item.funding, share: 1 }] : item.funding;
    const weights = shares.map((s) => s.share);
    // The same shares split every year: scale them to whole numbers once.
    const scaled = integerWeights(weights);
    const members = Int32Array.from(weights.keys());
    const splitYear = (v: number): number[] => {
      if (scaled === undefined) return allocate(v, weights);
      const out = new Float64Array(weights.length);
      splitInto(v, scaled, members, out, 0, 1);
      return Array.from(out);
    };
    const cashSplit = cash.map(splitYear);
    const accrualSplit = accrual.map(splitYear);
    return shares.map((s, k) => ({
      itemId: item.id,
      unitId: item.facility,
      kind: unit.kind,
      ownership: unit.ownership,
      category: item.category,
      sourceId: s.source,
      fundingKind: sources.get(s.source)!.kind,
      assumption: item.assumption !== undefined || unit.assumption,
      cash: cashSplit.map((parts) => parts[k]!),
      accrual: accrualSplit.map((parts) => parts[k]!),
    }));
  });
}
