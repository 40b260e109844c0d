import { dec } from "../internal/decimal.js";
import type { Model } from "../model/schema.js";
import type { Location } from "./paths.js";

/**
 * How a change is applied to the numbers an input path reaches.
 * - `relative`: the change is a fraction of each base value (`-0.2` is 20 % less), so every
 *   member of a group moves by the same proportion;
 * - `absolute`: the change is the new value itself, given to every member.
 */
export type Basis = "relative" | "absolute";

/**
 * One number of an input at a change.
 *
 * Rounding rule: a base value that is a whole number (an amount in minor units, a useful
 * life in years, a volume) stays a whole number, rounded half away from zero, as Excel's
 * ROUND does; the product is formed exactly in decimal, so 12,345 đồng + 10 % is 13,580,
 * never 13,579 from a binary 13,579.4999…. Other values (rates, shares, weights) take the
 * exact product.
 */
export function variedValue(base: number, change: number, basis: Basis): number {
  const exact = basis === "relative" ? dec(base).times(dec(1).plus(dec(change))) : dec(change);
  return Number.isInteger(base) ? exact.toDecimalPlaces(0).toNumber() : exact.toNumber();
}

/** An input as the analyses apply it: its locations in the model and how a change applies. */
export interface AppliedInput {
  readonly locations: readonly Location[];
  readonly basis: Basis;
}

/**
 * A copy of the model with each input at its change; the model is never changed. Inputs that
 * reach the same number apply in order, each to the base value.
 *
 * Only the lists and records on the way to a changed number are copied; everything else is
 * shared with the model (which is read-only), so a draw that moves a discount rate copies the
 * programme record and not 300 cost items and their services.
 */
export function variedModel(model: Model, inputs: readonly AppliedInput[], changes: readonly number[]): Model {
  const owned = new Set<object>();
  const own = <T extends object>(node: T): T => {
    if (owned.has(node)) return node;
    const copy = (Array.isArray(node) ? [...node] : Object.assign(Object.create(Object.getPrototypeOf(node) as object | null) as object, node)) as T;
    owned.add(copy);
    return copy;
  };
  const root = own(model);
  inputs.forEach((input, k) => {
    for (const at of input.locations) {
      let node = root as Record<string | number, unknown>;
      for (let i = 0; i < at.keys.length - 1; i += 1) {
        const key = at.keys[i]!;
        const child = own(node[key] as Record<string | number, unknown>);
        node[key] = child;
        node = child;
      }
      node[at.keys[at.keys.length - 1]!] = variedValue(at.value, changes[k]!, input.basis);
    }
  });
  return root;
}
