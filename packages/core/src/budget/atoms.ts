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
    // Each source's years side by side (row k * years + t), filled in one pass per year:
    // no array per year and no copy between the split and the atom.
    const split = (vector: readonly number[]): number[][] => {
      const y = vector.length;
      // One source pays the whole of each year (as largest remainder gives it, -0 as 0).
      if (weights.length === 1 && weights[0]! > 0) return [vector.map((v) => v + 0)];
      if (scaled === undefined) {
        const parts = vector.map((v) => allocate(v, weights));
        return shares.map((_, k) => parts.map((p) => p[k]!));
      }
      const out = new Float64Array(weights.length * y);
      for (let t = 0; t < y; t += 1) splitInto(vector[t]!, scaled, members, out, t, y);
      return shares.map((_, k) => Array.from(out.subarray(k * y, (k + 1) * y)));
    };
    const cashSplit = split(cash);
    const accrualSplit = split(accrual);
    return shares.map((s, k) => ({
      itemId: item.id,
      unitId: item.facility,
      kind: unit.kind,
      ownership: unit.ownership,
      category: item.category,
      sourceId: s.source,
      fundingKind: sources.get(s.source)!.kind,
      assumption: item.assumption !== undefined || unit.assumption,
      cash: cashSplit[k]!,
      accrual: accrualSplit[k]!,
    }));
  });
}
