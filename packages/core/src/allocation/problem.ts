import * as z from "zod";
import { CURRENCY_CODES, type CurrencyCode } from "../money/currency.js";

/** How support centres' costs reach operating centres. */
export type AllocationMethod = "direct" | "step-down" | "reciprocal";

/** The allocation methods, in a stable order. */
export const ALLOCATION_METHODS: readonly AllocationMethod[] = ["direct", "step-down", "reciprocal"];

/** A cost centre: a support centre (IT, administration) serves others; an operating centre produces services. */
export interface Centre {
  readonly id: string;
  readonly kind: "support" | "operating";
  /** Direct cost in whole minor units. */
  readonly cost: number;
}

/**
 * One allocation problem, checked: costs in whole minor units, usage as non-negative
 * numbers. `usage[s][t]` is how much of support centre s's allocation base centre t uses.
 */
export interface AllocationProblem {
  readonly method: AllocationMethod;
  readonly currency: CurrencyCode;
  readonly centres: readonly Centre[];
  readonly usage: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Step-down order of the support centres; the default rule applies when absent. */
  readonly order?: readonly string[] | undefined;
}

const expect = (key: string) => ({ error: `expect:${key}` });
// Centre ids are names people give departments ("Khoa Nội", "R&D"): any text without
// line breaks, up to 100 characters.
const id = z
  .string(expect("centreId"))
  .min(1, expect("centreId"))
  .max(100, expect("centreId"))
  .refine((text) => !/[\r\n\t]/.test(text), expect("centreId"));

// Textbooks call support centres "service departments" and operating centres "production"
// or "revenue" departments; those words are accepted for the same thing.
// Maps, not object literals: a kind written "constructor" or "__proto__" must not find
// Object.prototype's members (fuzzing found "constructor" turned into a function).
const KIND_ALIASES: ReadonlyMap<string, string> = new Map([
  ["service", "support"],
  ["overhead", "support"],
  ["production", "operating"],
  ["producing", "operating"],
  ["revenue", "operating"],
  ["clinical", "operating"],
]);
const METHOD_ALIASES: ReadonlyMap<string, string> = new Map([
  ["stepdown", "step-down"],
  ["step_down", "step-down"],
  ["sequential", "step-down"],
  ["step", "step-down"],
  ["simultaneous", "reciprocal"],
  ["algebraic", "reciprocal"],
]);
const alias =
  (table: ReadonlyMap<string, string>) =>
  (value: unknown): unknown =>
    typeof value === "string" ? (table.get(value.trim().toLowerCase()) ?? value.trim().toLowerCase()) : value;
const decimalAmount = z.union(
  [
    z.number(expect("majorAmount")).min(0, expect("majorAmount")).max(9e15, expect("majorAmount")),
    z.string(expect("majorAmount")).regex(/^\d{1,16}(\.\d+)?$/, expect("majorAmount")),
  ],
  expect("majorAmount"),
);

/**
 * The allocation problem file (`costplan allocate PROBLEM.json`): costs in major units
 * (đồng, dollars) with at most the currency's decimals; results are rounded to its minor unit.
 * The currency defaults to VND. Fields it does not know (a title, a citation) are ignored,
 * so worked examples can carry their source along.
 */
export const allocationProblemSchema = z.object(
  {
    $schema: z.string().optional(),
    method: z.preprocess(alias(METHOD_ALIASES), z.enum(["direct", "step-down", "reciprocal"], expect("allocationMethod"))),
    currency: z.enum(CURRENCY_CODES as [string, ...string[]], expect("currency")).default("VND"),
    centres: z
      .array(
        z.object(
          {
            id,
            name: z.string().optional(),
            kind: z.preprocess(alias(KIND_ALIASES), z.enum(["support", "operating"], expect("centreKind"))),
            cost: decimalAmount,
          },
          expect("object"),
        ),
        expect("list"),
      )
      .min(1, expect("list")),
    usage: z.record(z.string(), z.record(z.string(), z.unknown(), expect("object")), expect("object")).default({}),
    order: z.array(z.string(expect("id")), expect("list")).optional(),
  },
  expect("object"),
);

/** An allocation problem file as written. */
export type AllocationProblemInput = z.input<typeof allocationProblemSchema>;
