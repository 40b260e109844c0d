/**
 * Whether a scenario's overrides change only the pricing options (every path starts with the
 * key `pricing`): such a scenario's years, item flows, budget and allocation are the base's, so a
 * comparison reuses them (see `runPipelineOnBasesFrom`). A path into `programme`, `costItems`,
 * `facilities`, `services` or anything else, or no override at all, is not pricing-only.
 *
 * @param overrides - a scenario's overrides, path -> value
 * @returns true when there is at least one override and every one is under `pricing`
 * @example pricingOnly({ "pricing.recoveryYears": 5 }) // true
 * @example pricingOnly({ "pricing.phaseIn": 0.5, "costItems[PH01-EMR].usefulLife": 8 }) // false
 */
export function pricingOnly(overrides: Readonly<Record<string, unknown>>): boolean {
  const paths = Object.keys(overrides);
  return paths.length > 0 && paths.every((path) => /^pricing(?:$|[.[])/.test(path));
}
