import { idRecordOf } from "../internal/id-record.js";
import type { Model } from "../model/schema.js";
import { SAVING_KINDS } from "../model/vocabulary.js";
import { series, type Series } from "./breakdown.js";
import { addInto, zeros } from "./years.js";

/** Savings EMR brings, by year, facility and kind: reported beside costs, never netted silently. */
export interface SavingsResult {
  readonly total: Series;
  readonly byFacility: Readonly<Record<string, Series>>;
  readonly byKind: Readonly<Record<string, Series>>;
}

/** Adds up the model's savings over the programme years; a saving with no last year runs to the end. */
export function savingsOf(model: Model, years: readonly number[]): SavingsResult {
  const first = years[0] ?? model.programme.firstYear;
  const total = zeros(years.length);
  const byFacility = new Map<string, { v: number[]; a: boolean }>();
  const byKind = new Map<string, { v: number[]; a: boolean }>();
  for (const kind of SAVING_KINDS) if (model.savings.some((s) => s.kind === kind)) byKind.set(kind, { v: zeros(years.length), a: false });
  for (const id of [...model.facilities.map((f) => f.id), ...model.pools.map((p) => p.id)]) {
    if (model.savings.some((s) => s.facility === id)) byFacility.set(id, { v: zeros(years.length), a: false });
  }
  let anyAssumption = false;
  for (const saving of model.savings) {
    const v = zeros(years.length);
    const last = saving.lastYear ?? model.programme.lastYear;
    for (let y = saving.firstYear; y <= last; y += 1) {
      const i = y - first;
      if (i >= 0 && i < v.length) v[i] = saving.amountPerYear;
    }
    const assumption = saving.assumption !== undefined;
    anyAssumption ||= assumption;
    addInto(total, v);
    for (const entry of [byFacility.get(saving.facility)!, byKind.get(saving.kind)!]) {
      addInto(entry.v, v);
      entry.a ||= assumption;
    }
  }
  const out = (m: Map<string, { v: number[]; a: boolean }>): Record<string, Series> =>
    idRecordOf([...m].map(([k, e]) => [k, series(years, e.v, e.a)] as const));
  return { total: series(years, total, anyAssumption), byFacility: out(byFacility), byKind: out(byKind) };
}
