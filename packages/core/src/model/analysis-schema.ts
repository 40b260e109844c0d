import * as z from "zod";
import { localTextSchema } from "./localised-text.js";

/*
 * The model's own set-up of its sensitivity and Monte Carlo analyses: which inputs move, over
 * which range or distribution, and why (each range is an assumption with its reason), and the
 * figures to watch. `costplan sensitivity`, `simulate` and `report` use it when no `--vary`
 * is given. Paths are checked against the model once it is valid: `analysis-setup-check.ts`.
 */

const expect = (key: string) => ({ error: `expect:${key}` });

const path = z.string(expect("analysisPath")).trim().min(1, expect("analysisPath")).meta({
  description: "A path into the model, as scenario overrides write it, with [*] and [field=value] for groups: costItems[category=maintenance].amountPerYear.",
});
const outputPath = z
  .string(expect("outputPath"))
  .trim()
  .min(1, expect("outputPath"))
  .meta({ description: "A figure of the result: summary.totalCost, payers.byYear.2025.fund." });
// zod 4 refuses NaN and the infinities in a number.
const finite = z.number(expect("finite"));
const basis = z
  .enum(["relative", "absolute"], expect("analysisBasis"))
  .default("relative")
  .meta({ description: '"relative": the numbers are fractions of the model\'s value (-0.2 = 20 % less); "absolute": they are the values themselves.' });
const assumption = localTextSchema.optional().meta({ description: "Why this range: the assumption behind it, in English and Vietnamese." });

const sensitivityInput = z.strictObject({ path, low: finite, high: finite, basis, assumption }, expect("object"));

const threePoint = { min: finite, mode: finite, max: finite };
const distribution = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("triangular"), ...threePoint }, expect("object")),
    z.strictObject({ type: z.literal("pert"), ...threePoint }, expect("object")),
    z.strictObject({ type: z.literal("uniform"), min: finite, max: finite }, expect("object")),
    z
      .strictObject({ type: z.literal("normal"), mean: finite, sd: finite }, expect("object"))
      .meta({ description: "Normal, truncated where the input's value would fall below zero." }),
  ],
  expect("distribution"),
);

const uncertainInput = z.strictObject({ path, basis, distribution, assumption }, expect("object"));

const correlation = z.strictObject(
  {
    a: path,
    b: path,
    rank: z.number(expect("rank")).min(-1, expect("rank")).max(1, expect("rank")).meta({ description: "Spearman rank correlation, -1 to 1." }),
    assumption,
  },
  expect("object"),
);

const list = <T extends z.ZodType>(item: T) => z.array(item, expect("list")).min(1, expect("list"));

/** The schema of a model's `analysis` section. */
export const analysisSchema = z
  .strictObject(
    {
      outputs: list(outputPath).optional().meta({ description: "The figures both analyses look at when none is named on the command line." }),
      sensitivity: z
        .strictObject(
          {
            inputs: list(sensitivityInput),
            steps: z.number(expect("steps")).int(expect("steps")).min(2, expect("steps")).max(101, expect("steps")).optional(),
          },
          expect("object"),
        )
        .optional()
        .meta({ description: "One-at-a-time sensitivity: each input moved from low to high, the others at their model values." }),
      simulation: z
        .strictObject(
          {
            inputs: list(uncertainInput),
            correlations: z.array(correlation, expect("list")).optional(),
            draws: z.number(expect("draws")).int(expect("draws")).min(1, expect("draws")).max(1_000_000, expect("draws")).optional(),
            seed: z
              .number(expect("seed"))
              .int(expect("seed"))
              .min(0, expect("seed"))
              .max(2 ** 31 - 1, expect("seed"))
              .optional(),
            percentiles: list(z.number(expect("percentile")).min(0, expect("percentile")).max(100, expect("percentile"))).optional(),
            lhs: z.boolean(expect("boolean")).optional().meta({ description: "Latin hypercube sampling." }),
          },
          expect("object"),
        )
        .optional()
        .meta({
          description:
            "Monte Carlo: each uncertain input's distribution, their rank correlations, and the draws and seed to use when the command line gives none.",
        }),
    },
    expect("object"),
  )
  .meta({ description: "The model's default sensitivity and Monte Carlo set-up; each range is an assumption with its reason." });

/** One distribution of the set-up. */
export type SetupDistribution = z.output<typeof distribution>;
/** A model's analysis set-up as written. */
export type AnalysisSetupInput = z.input<typeof analysisSchema>;
/** A validated analysis set-up, defaults applied. */
export type AnalysisSetup = z.output<typeof analysisSchema>;
