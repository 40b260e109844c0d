import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel } from "../generate/generate.js";
import { parseModel, type ParseResult } from "./parse.js";
import { checkServiceTable, tableRow, type ServiceTable, type TableColumn } from "./service-table.js";

/*
 * The column check against the row check it replaces for table files: the same table given as
 * rows in the document (as the table reader used to put them there) and as columns must give the
 * same model, or the same problems at the same paths in the same order.
 */

const ROWS = 6;

// Cells of each kind: mostly valid, with the values the schema refuses (wrong type, range, untrimmed, bad id...).
const goodText = fc.constantFrom("OPD", "LAB", "Khám bệnh", "Visit", "examination", "test", "bed-day", "OPD-0001");
const badText = fc.constantFrom(" padded", "has space", "-x", "other", "x".repeat(65), "tab\t");
const textCell = fc.oneof({ weight: 4, arbitrary: goodText }, { weight: 1, arbitrary: badText }, { weight: 1, arbitrary: fc.constant(undefined) });
const goodNumber = fc.oneof(fc.nat({ max: 1e9 }), fc.constantFrom(0, 1, 0.5, 0.8, 1.5));
const badNumber = fc.constantFrom(-1, 1.25e300, Number.MAX_SAFE_INTEGER + 2, Infinity, -0);
const odd = fc.constantFrom("abc", " 5", "1e400", Number.NaN, true);
const numberCell = fc.oneof(
  { weight: 5, arbitrary: goodNumber },
  { weight: 1, arbitrary: badNumber },
  { weight: 1, arbitrary: odd },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const anyCell = fc.oneof(textCell, numberCell);

function numberColumn(cells: readonly unknown[]): TableColumn {
  const values = new Float64Array(cells.length).fill(Number.NaN);
  const other = new Map<number, unknown>();
  cells.forEach((v, r) => {
    if (typeof v === "number" && !Number.isNaN(v)) values[r] = v;
    else if (v !== undefined) other.set(r, v);
  });
  return { kind: "number", values, other };
}

function textColumn(cells: readonly (string | undefined)[]): TableColumn {
  const dictionary = [...new Set(cells.filter((c): c is string => c !== undefined))];
  return { kind: "text", dictionary, codes: Int32Array.from(cells, (c) => (c === undefined ? -1 : dictionary.indexOf(c))) };
}

const NUMERIC = ["currentPrice", "volume", "volumePerBed", "weight", "maxPrice", "insuredShare", "coverage", "personnel", "direct", "accumulation"];
const TEXT = ["code", "name", "category", "bedType", "centre", "source", "assumption"];

const column = (name: string): fc.Arbitrary<TableColumn> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: NUMERIC.includes(name)
        ? fc.array(numberCell, { minLength: ROWS, maxLength: ROWS }).map(numberColumn)
        : fc.array(textCell, { minLength: ROWS, maxLength: ROWS }).map(textColumn),
    },
    { weight: 1, arbitrary: fc.array(anyCell, { minLength: ROWS, maxLength: ROWS }).map((values): TableColumn => ({ kind: "values", values })) },
  );

const columnNames = fc
  .subarray([...NUMERIC, ...TEXT, "list", "costElements", "extra"], { minLength: 0 })
  .chain((extra) => fc.constantFrom([...new Set(["code", "name", "category", "currentPrice", ...extra])], extra));

const table = columnNames.chain((names) =>
  fc.tuple(fc.tuple(...names.map(column)), fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 0 })).map(([columns, rows]): ServiceTable => ({
    columns: new Map(names.map((n, i) => [n, columns[i]!])),
    rows: Int32Array.from(rows),
  })),
);

/** A table of valid rows (unique codes, centres of the list's facility), then perhaps one cell changed to any value. */
const nearlyValid = fc
  .record({
    rows: fc.integer({ min: 1, max: ROWS }),
    category: fc.array(fc.constantFrom("examination", "bed-day", "technical", "test"), { minLength: ROWS, maxLength: ROWS }),
    centre: fc.array(fc.constantFrom("OPD", "MED", "LAB", undefined), { minLength: ROWS, maxLength: ROWS }),
    price: fc.array(fc.nat({ max: 1e7 }), { minLength: ROWS, maxLength: ROWS }),
    volume: fc.array(fc.option(fc.nat({ max: 1e5 }), { nil: undefined }), { minLength: ROWS, maxLength: ROWS }),
    weight: fc.array(fc.option(fc.constantFrom(0.5, 1, 1.67, 2), { nil: undefined }), { minLength: ROWS, maxLength: ROWS }),
    direct: fc.array(fc.option(fc.nat({ max: 1e6 }), { nil: undefined }), { minLength: ROWS, maxLength: ROWS }),
    coverage: fc.array(fc.option(fc.constantFrom(0.8, 0.95, 1), { nil: undefined }), { minLength: ROWS, maxLength: ROWS }),
    assumption: fc.array(fc.option(fc.constantFrom("assumed", "giả định"), { nil: undefined }), { minLength: ROWS, maxLength: ROWS }),
    change: fc.option(
      fc.tuple(fc.constantFrom("code", "category", "currentPrice", "volume", "weight", "coverage", "centre", "assumption"), fc.nat({ max: ROWS - 1 }), anyCell),
      {
        nil: undefined,
      },
    ),
  })
  .map((g): ServiceTable => {
    const cells: Record<string, unknown[]> = {
      code: Array.from({ length: ROWS }, (_, r) => `S-${r}`),
      name: Array.from({ length: ROWS }, () => "Visit"),
      category: g.category,
      centre: g.centre,
      currentPrice: g.price,
      volume: g.volume,
      weight: g.weight,
      direct: g.direct,
      coverage: g.coverage,
      assumption: g.assumption,
    };
    if (g.change !== undefined) cells[g.change[0]]![g.change[1]] = g.change[2];
    const columns = new Map<string, TableColumn>(
      Object.entries(cells).map(([name, values]) => [
        name,
        NUMERIC.includes(name)
          ? numberColumn(values)
          : values.every((v) => v === undefined || typeof v === "string")
            ? textColumn(values)
            : { kind: "values", values },
      ]),
    );
    return { columns, rows: Int32Array.from({ length: g.rows }, (_, r) => r) };
  });

const base = generateModel({ size: "small", facilities: 2, centres: 4, supportCentres: 1, services: 3, years: 2, seed: 7 }) as unknown as {
  serviceLists: Record<string, unknown>[];
};

/** The document with list 0 given as rows (the old reader) and as a table reference with the table as columns. */
function forms(t: ServiceTable): { rows: unknown; columns: unknown } {
  const lists = base.serviceLists;
  const rows = { ...base, serviceLists: lists.map((l, i) => (i === 0 ? { ...l, services: Array.from(t.rows, (r) => tableRow(t.columns, r)) } : l)) };
  const columns = { ...base, serviceLists: lists.map((l, i) => (i === 0 ? { ...l, services: { file: "services.csv" } } : l)) };
  return { rows, columns };
}

const shown = (r: ParseResult): unknown => (r.ok ? JSON.stringify(r.model) : r.problems.map((p) => `${p.path}: ${p.message.en} | ${p.message.vi}`));

describe("service tables checked by column (properties)", () => {
  it("gives the model, or the problems at the same paths in the same order, that the rows in the document give", () => {
    const outcomes = [0, 0];
    fc.assert(
      fc.property(fc.oneof(table, nearlyValid), (t) => {
        const { rows, columns } = forms(t);
        const old = parseModel(rows);
        const now = parseModel(columns, { serviceTables: new Map([[0, t]]) });
        expect(now.ok).toBe(old.ok);
        expect(shown(now)).toStrictEqual(shown(old));
        if (old.ok && now.ok) expect(now.model).toStrictEqual(old.model);
        outcomes[old.ok ? 0 : 1]! += 1;
      }),
      { numRuns: 400 },
    );
    // Both kinds of outcome were tried: valid tables and refused ones.
    expect(outcomes[0]).toBeGreaterThan(10);
    expect(outcomes[1]).toBeGreaterThan(10);
  }, 120_000);

  it("accepts valid tables (the check is not merely sending every row to zod) and refuses invalid ones", () => {
    const valid: ServiceTable = {
      columns: new Map<string, TableColumn>([
        ["code", textColumn(["A1", "A2"])],
        ["name", textColumn(["Visit", "Test"])],
        ["category", textColumn(["examination", "test"])],
        ["currentPrice", numberColumn([39100, 20000])],
        ["direct", numberColumn([100, undefined])],
      ]),
      rows: Int32Array.from([1, 0]),
    };
    const checked = checkServiceTable(valid, ["serviceLists", 0, "services"]);
    expect(checked).toStrictEqual({
      ok: true,
      services: [
        { code: "A2", name: "Test", category: "test", weight: 1, currentPrice: 20000 },
        {
          code: "A1",
          name: "Visit",
          category: "examination",
          weight: 1,
          currentPrice: 39100,
          costElements: { personnel: 0, direct: 100, depreciation: 0, generalAdministrative: 0, accumulation: 0 },
        },
      ],
    });
    const invalid = { ...valid, columns: new Map([...valid.columns, ["currentPrice", numberColumn([39100, "many"])]]) };
    const refused = checkServiceTable(invalid, ["serviceLists", 0, "services"]);
    expect(refused.ok ? [] : refused.problems.map((p) => `${p.path}: ${p.message.en}`)).toMatchInlineSnapshot(`
      [
        "$.serviceLists[0].services[0].currentPrice: expected an amount of money: a whole number ≥ 0 in the currency's minor unit (đồng for VND), such as 1500000000, got "many"",
      ]
    `);
  });
});
