import { CATEGORIES, DEPRECIATION_METHODS, FUNDING_KINDS, parseModel } from "@costplan/core";
import fc from "fast-check";

/*
 * Generators shared by the fuzz tests: models that are valid but extreme (tiny and huge
 * amounts, one-year and century-long programmes, every method and rounding mode), the same
 * models with one value made hostile, allocation problems, and command lines. They build
 * plain JSON documents, as a user's file would hold, never typed core values.
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type Doc = Record<string, unknown>;

/** Minor-unit amounts biased to the edges: 0, 1, round figures, and up to 10^15 đồng. */
export const amount = (max = 1e15): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0, 1, 99, 100, 1_000_000) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: Math.min(max, 2 ** 31) }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max, noNaN: true }).map(Math.floor) },
  );

/** Values a hostile or careless user puts where a number or a name belongs. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, -0, 0.5, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.constantFrom(
    "",
    " ",
    "NaN",
    "Infinity",
    "1e999",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "12abc",
    "\u0000",
    "\ud800",
    "đồng",
    "a".repeat(300),
  ),
  fc.constantFrom(null, true, false, [], {}, [null], { __proto__: null }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const ID = /^[A-Z][A-Z0-9]{0,5}$/;
const idText = fc.stringMatching(ID);

/** Distinct ids for `n` things, so references between them can be drawn from the same list. */
const ids = (min: number, max: number): fc.Arbitrary<string[]> => fc.uniqueArray(idText, { minLength: min, maxLength: max });

interface Span {
  readonly first: number;
  readonly last: number;
}
const span: fc.Arbitrary<Span> = fc
  .tuple(
    fc.integer({ min: 1900, max: 2190 }),
    fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) }),
  )
  .map(([first, length]) => ({ first, last: Math.min(2200, first + length) }));

const yearIn = (s: Span): fc.Arbitrary<number> => fc.integer({ min: s.first, max: s.last });
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));

function costItem(s: Span, facilityIds: readonly string[], fundingIds: readonly string[], id: string): fc.Arbitrary<Doc> {
  const base = {
    id: fc.constant(id),
    name: fc.constantFrom("Máy chủ", "Licence", "Đào tạo nhân viên"),
    facility: fc.constantFrom(...facilityIds),
    category: fc.constantFrom(...CATEGORIES),
    funding: fc.oneof(
      fc.constantFrom(...fundingIds),
      fc.constant(
        fundingIds.length > 1
          ? [
              { source: fundingIds[0]!, share: 0.3 },
              { source: fundingIds[1]!, share: 0.7 },
            ]
          : [{ source: fundingIds[0]!, share: 1 }],
      ),
    ),
  };
  const capital = fc.record({
    ...base,
    nature: fc.constant("capital"),
    cost: amount(),
    inService: fc.tuple(yearIn(s), month).map(([y, m]) => `${y}-${m}`),
    usefulLife: fc.oneof(fc.constantFrom(1, 100), fc.integer({ min: 1, max: 15 })),
    method: fc.constantFrom(...DEPRECIATION_METHODS),
    prorateFirstYear: fc.boolean(),
  });
  const recurring = fc.record({
    ...base,
    nature: fc.constant("recurring"),
    amountPerYear: amount(1e13),
    firstYear: fc.constant(s.first),
    lastYear: yearIn(s),
    escalation: fc.constantFrom(0, 0.05, -0.5, 1, 10),
  });
  const oneOff = fc.record({ ...base, nature: fc.constant("one-off"), amount: amount(), year: yearIn(s) });
  return fc.oneof(capital, recurring, oneOff);
}

/** A facility's cost centres: one to three support centres, one to four operating ones, random usage. */
function costCentres(): fc.Arbitrary<{ centres: Doc; operating: string[] }> {
  return fc
    .tuple(
      ids(2, 7),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom("direct", "step-down", "reciprocal"),
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 64, maxLength: 64 }),
      amount(1e12),
    )
    .filter(([all, support]) => all.length > support)
    .map(([all, supportCount, method, weights, directCost]) => {
      const support = all.slice(0, supportCount);
      const operating = all.slice(supportCount);
      const usage: Record<string, Record<string, number>> = {};
      let k = 0;
      for (const s of support) {
        const row: Record<string, number> = {};
        for (const t of all) row[t] = weights[k++ % weights.length]!;
        // Every support centre serves at least the first operating centre, so no support group is closed on itself.
        row[operating[0]!] = Math.max(1, row[operating[0]!]!);
        usage[s] = row;
      }
      const centres = all.map((id, i) => ({
        id,
        name: `Centre ${id}`,
        kind: i < supportCount ? "support" : "operating",
        directCost: i === 0 ? directCost : 0,
      }));
      return { centres: { method, emrCentre: support[0]!, centres, usage }, operating };
    });
}

/** A valid model document with extreme but legal values, as JSON. */
export const validModel: fc.Arbitrary<Doc> = fc
  .tuple(span, ids(1, 3), ids(1, 2), fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.boolean())
  .chain(([s, facilityIds, fundingIds, itemCount, withCentres, withServices]) =>
    fc
      .tuple(
        fc.tuple(...facilityIds.map(() => costCentres())),
        fc.tuple(...Array.from({ length: itemCount }, (_, i) => costItem(s, facilityIds, fundingIds, `I${i}`))),
        fc.array(
          fc.record({
            volume: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })),
            weight: fc.constantFrom(1, 0.5, 3, 1e-6),
            currentPrice: amount(1e9),
            maxPrice: fc.option(amount(1e9), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.record({
          costBasis: fc.constantFrom("depreciation", "equivalent-annual-cost"),
          recoveryYears: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
          excludeStateBudget: fc.boolean(),
          phaseIn: fc.constantFrom(0, 0.25, 1),
          priceStep: fc.constantFrom(1, 100, 1000),
          rounding: fc.constantFrom("half-up", "half-even", "down", "up"),
          capAtMaximum: fc.boolean(),
        }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.constantFrom("VND", "USD"),
        fc.record({ insuredShare: fc.constantFrom(0, 0.5, 0.9, 1), coverage: fc.constantFrom(0.8, 0.95, 1) }),
      )
      .map(([centres, items, services, pricing, discountRate, currency, shares]) => {
        const facilities = facilityIds.map((id, i) => ({
          id,
          name: `Bệnh viện ${id}`,
          kind: i % 2 === 0 ? "public-hospital" : "private-hospital",
          ownership: i % 2 === 0 ? "public" : "private",
          class: "II",
          beds: 100,
          ...(withCentres ? { costCentres: centres[i]!.centres } : {}),
        }));
        const serviceLists = withServices
          ? facilityIds.map((f, i) => ({
              id: `L${f}`,
              facility: f,
              ...shares,
              services: services.map((sv, k) => ({
                code: `S${k}`,
                name: `Dịch vụ ${k}`,
                category: "technical",
                ...(withCentres ? { centre: centres[i]!.operating[k % centres[i]!.operating.length]! } : {}),
                volume: sv.volume,
                weight: sv.weight,
                currentPrice: sv.currentPrice,
                ...(sv.maxPrice === undefined ? {} : { maxPrice: sv.maxPrice }),
              })),
            }))
          : [];
        return {
          programme: { id: "fuzz", name: "Fuzz programme", currency, firstYear: s.first, lastYear: s.last, discountRate, language: "en" },
          fundingSources: fundingIds.map((id, i) => ({ id, name: `Source ${id}`, kind: FUNDING_KINDS[i % FUNDING_KINDS.length]! })),
          facilities,
          costItems: items,
          pricing: Object.fromEntries(Object.entries(pricing).filter(([, v]) => v !== undefined)),
          serviceLists,
        };
      }),
  )
  // Amounts each legal can still add up or restate past the exact range (a discount rate of -50 %
  // over 60 years multiplies a present value by 2^60): validation refuses those, naming item and year.
  .filter((doc) => parseModel(doc).ok);

/** Every path to a value inside a JSON document, as key/index segments. */
export function pathsOf(doc: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...prefix]];
  if (Array.isArray(doc)) return [...here, ...doc.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (doc !== null && typeof doc === "object") return [...here, ...Object.entries(doc).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return here;
}

/** A copy of `doc` with the value at `path` replaced (or the key removed when `value` is the symbol). */
export function withValue(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) return doc.map((v: unknown, i) => (i === head ? withValue(v, rest, value) : v));
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) copy[k] = k === head ? withValue(v, rest, value) : v;
  return copy;
}

/** A valid model with one value replaced by a hostile one, an extra key, or a deep nest. */
export const brokenModel: fc.Arbitrary<unknown> = validModel.chain((doc) => {
  const paths = pathsOf(doc);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...paths), hostileValue).map(([p, v]) => withValue(doc, p, v)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), fc.constantFrom("__proto__", "constructor", "prototype", "extra"))
        .map(([p, key]) => withValue(doc, p, JSON.parse(`{"${key}": 1}`) as unknown)),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...paths), fc.integer({ min: 50, max: 3000 })).map(([p, depth]) => withValue(doc, p, nest(depth))) },
  );
});

/** An array nested `depth` deep: deep documents must give a problem, never a stack overflow. */
export function nest(depth: number): Json {
  let value: Json = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** An allocation problem file (`costplan allocate`), costs in major units. */
export const allocationProblem: fc.Arbitrary<Doc> = fc
  .tuple(
    fc.uniqueArray(
      fc.oneof(
        idText,
        fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !/[\r\n\t]/.test(t)),
        // allocation centre ids are any text: the names of Object.prototype's keys must be plain data too
        fc.constantFrom("__proto__", "constructor", "prototype"),
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.integer({ min: 0, max: 8 }),
    fc.constantFrom("direct", "step-down", "reciprocal", "Step_Down", "simultaneous"),
    fc.constantFrom("VND", "USD", "JPY"),
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1e9, noNaN: true })), { minLength: 64, maxLength: 64 }),
    fc.array(amount(9e14), { minLength: 8, maxLength: 8 }),
    fc.boolean(),
  )
  .map(([all, supportCount, method, currency, weights, costs, withOrder]) => {
    const support = all.slice(0, Math.min(supportCount, all.length));
    const centres = all.map((id, i) => ({ id, kind: i < support.length ? "support" : "operating", cost: currency === "USD" ? costs[i]! / 100 : costs[i]! }));
    const usage: Record<string, Record<string, number>> = Object.create(null) as Record<string, Record<string, number>>;
    let k = 0;
    for (const s of support) {
      const row: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const t of all) row[t] = weights[k++ % weights.length]!;
      usage[s] = row;
    }
    return { method, currency, centres, usage, ...(withOrder ? { order: [...support].reverse() } : {}) };
  });

/** An allocation problem with one value made hostile. */
export const brokenAllocationProblem: fc.Arbitrary<unknown> = allocationProblem.chain((doc) =>
  fc.tuple(fc.constantFrom(...pathsOf(doc)), hostileValue).map(([p, v]) => withValue(doc, p, v)),
);

/**
 * Command lines: words the CLI knows and words it does not, in any order. Options that write
 * (`--out`, `--xlsx`, `template`) always come with a target in the scratch folder, so a run
 * never writes over the model it reads. `--debug` is left out: it shows stack traces on purpose.
 */
export const cliArgs = (model: string, scratch: string): fc.Arbitrary<string[]> => {
  const option = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        ["--json"],
        ["--quiet"],
        ["--detail"],
        ["--no-detail"],
        ["--lang", "vi"],
        ["--lang", "en"],
        ["--lang", "fr"],
        ["--scenario", "none"],
        ["--explain", "X"],
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(["--out", `${scratch}/out`], ["--xlsx", `${scratch}/result.xlsx`]) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("run", "validate", "allocate", "help", "--version", "version", "--", "-", "0", "1e999", "NaN", "__proto__", model)
        .map((w) => [w]),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ maxLength: 12 })
        .filter((t) => !t.startsWith("--debug") && !t.startsWith("--out") && !t.startsWith("--xlsx"))
        .map((w) => [w]),
    },
  );
  // Mostly a real command on the model first, so most runs get past the argument parser.
  const start = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        ["run", model, "--json"],
        ["run", model],
        ["validate", model],
        ["allocate", model, "--json"],
        ["template", `${scratch}/template.xlsx`, model],
      ),
    },
    { weight: 1, arbitrary: fc.constant([]) },
  );
  const tail = fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(option, { maxLength: 4 }) });
  return fc.tuple(start, tail).map(([first, rest]) => [...first, ...rest.flat()]);
};

/** What a model file may hold: a valid model, a broken one, or text that is not a model at all. */
export const modelText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: validModel.map((doc) => JSON.stringify(doc, null, 2)) },
  { weight: 3, arbitrary: brokenModel.map((doc) => (JSON.stringify(doc) as string | undefined) ?? "") },
  { weight: 1, arbitrary: validModel.chain((doc) => fc.nat({ max: 2000 }).map((cut) => JSON.stringify(doc).slice(0, cut))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "\ufeff{}",
      "null",
      "[]",
      '{"programme": 1, "programme": 2}',
      "programme:\n  id: &a x\n  name: *a\n",
      "\u0000\u0001",
      "{".repeat(5000),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

/** Workbook cell values a user may type into an input cell. */
export const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, "", " ", "NaN", "#N/A", "1e999", "=1/0", "__proto__", "-5", "12,5", "1.000.000", true, false),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.date({ min: new Date("1899-01-01"), max: new Date("2300-01-01"), noInvalidDate: true }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    { formula: "1/0" },
    { formula: "SUM(A1:A2)", result: 3 },
    { richText: [{ text: "12" }] },
    { error: "#DIV/0!" },
    { text: "link", hyperlink: "https://x" },
  ),
);

/** How many runs a property gets: its share of FUZZ_RUNS (a few hundred in the normal suite). */
export function runs(share: number, fallback: number): number {
  const total = Number(process.env["FUZZ_RUNS"]);
  return Number.isSafeInteger(total) && total > 0 ? Math.max(1, Math.round(total * share)) : fallback;
}
