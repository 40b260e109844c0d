import { CostplanError } from "../errors/costplan-error.js";
import { shown } from "../model/problem.js";
/** Sizes of synthetic model that {@link generateModel} knows by name. */
export const GENERATE_SIZES = ["small", "province", "national"] as const;
/** A named size of synthetic model. */
export type GenerateSize = (typeof GENERATE_SIZES)[number];
/** Allocation methods a generated model's cost centres may use. */
export type GenerateMethod = "direct" | "step-down" | "reciprocal";

/** What to generate: a named size, optionally with any of its figures overridden. */
export interface GenerateOptions {
  /**
   * Preset: `small` (5 facilities, 40 centres, 2,000 services, 5 years), `province` (56 x 40 x 2,000, 6 years) or `national` (1,700 x 60 x 3,000, 6
   * years). Default `small`.
   */
  readonly size?: GenerateSize;
  /** Number of facilities. */
  readonly facilities?: number;
  /** Cost centres per facility (support and operating). */
  readonly centres?: number;
  /** Support centres per facility (the rest are operating centres). */
  readonly supportCentres?: number;
  /** Services in each facility's price list. */
  readonly services?: number;
  /** Programme years. */
  readonly years?: number;
  /** Seed of the pseudo-random generator: the same options and seed give the same model. Default 1. */
  readonly seed?: number;
  /** Allocation method of every facility's cost centres. Default `step-down`. */
  readonly method?: GenerateMethod;
}

/** Options with every figure settled. */
export interface ResolvedGenerateOptions {
  readonly size: GenerateSize;
  readonly facilities: number;
  readonly centres: number;
  readonly supportCentres: number;
  readonly services: number;
  readonly years: number;
  readonly seed: number;
  readonly method: GenerateMethod;
}

type Preset = Omit<ResolvedGenerateOptions, "size" | "seed" | "method">;

/** The presets, as the benchmark of issue 8 sizes them. */
export const GENERATE_PRESETS: Readonly<Record<GenerateSize, Preset>> = {
  small: { facilities: 5, centres: 40, supportCentres: 8, services: 2000, years: 5 },
  province: { facilities: 56, centres: 40, supportCentres: 8, services: 2000, years: 6 },
  // About the country's hospitals (issue 9): 5.1 million services, written as tables.
  national: { facilities: 1700, centres: 60, supportCentres: 12, services: 3000, years: 6 },
};

/**
 * Bounds of each option. They keep every generated amount far inside the safe-integer
 * range (a facility's yearly cost stays below 10^14 đồng) and the model small enough
 * to hold in memory; `seed` is a 32-bit unsigned integer, what the generator takes.
 */
export const GENERATE_LIMITS = {
  facilities: { min: 1, max: 2000 },
  centres: { min: 2, max: 500 },
  supportCentres: { min: 1, max: 499 },
  services: { min: 1, max: 20000 },
  years: { min: 1, max: 30 },
  seed: { min: 0, max: 4294967295 },
} as const satisfies Record<string, { min: number; max: number }>;

/** A name of a numeric option. */
export type GenerateCountOption = keyof typeof GENERATE_LIMITS;

/**
 * Settles the options: the preset's figures unless overridden. When only `centres` is
 * overridden, the support centres keep the preset's share (8 of 40), at least one and
 * always leaving an operating centre.
 *
 * @throws CostplanError `generate-option-range` naming the option when a figure is not a whole number within
 *   {@link GENERATE_LIMITS}, `generate-option-choice` for an unknown size or method, `generate-support-centres` when
 *   there are not fewer support centres than centres
 */
export function resolveGenerateOptions(options: GenerateOptions = {}): ResolvedGenerateOptions {
  const size = options.size ?? "small";
  if (!(GENERATE_SIZES as readonly string[]).includes(size)) {
    throw new CostplanError("generate-option-choice", { name: "size", expected: GENERATE_SIZES.join(", "), received: size });
  }
  const preset = GENERATE_PRESETS[size];
  const centres = options.centres ?? preset.centres;
  const supportCentres =
    options.supportCentres ??
    (options.centres === undefined
      ? preset.supportCentres
      : Math.min(centres - 1, Math.max(1, Math.round((centres * preset.supportCentres) / preset.centres))));
  const method = options.method ?? "step-down";
  if (!["direct", "step-down", "reciprocal"].includes(method)) {
    throw new CostplanError("generate-option-choice", { name: "method", expected: "direct, step-down, reciprocal", received: method });
  }
  const resolved: ResolvedGenerateOptions = {
    size,
    facilities: options.facilities ?? preset.facilities,
    centres,
    supportCentres,
    services: options.services ?? preset.services,
    years: options.years ?? preset.years,
    seed: options.seed ?? 1,
    method,
  };
  for (const name of Object.keys(GENERATE_LIMITS) as GenerateCountOption[]) {
    const value = resolved[name];
    const { min, max } = GENERATE_LIMITS[name];
    if (!Number.isInteger(value) || value < min || value > max) throw new CostplanError("generate-option-range", { name, min, max, received: shown(value) });
  }
  if (resolved.supportCentres >= resolved.centres) {
    throw new CostplanError("generate-support-centres", { support: resolved.supportCentres, centres: resolved.centres });
  }
  return resolved;
}
