import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db, ddb, FinancialFunctionError, fv, irr, npv, pmt, pv, sln, syd, vdb } from "../packages/core/src/finance/index.js";
import type { Dec } from "../packages/core/src/internal/decimal.js";
import type { CaseArg, GoldenCase, GoldenFile, GoldenFunction } from "./golden/make-financial-golden.js";

// The table is made by `npx tsx test/golden/make-financial-golden.ts` (LibreOffice headless);
// this test never runs LibreOffice itself.
const golden = JSON.parse(readFileSync(new URL("./golden/financial-golden.json", import.meta.url), "utf8")) as GoldenFile;

type Scalar = number | boolean | null;

function scalars(testCase: GoldenCase): Scalar[] {
  return testCase.args.map((arg: CaseArg) => {
    if (Array.isArray(arg)) throw new Error(`${testCase.formula}: only IRR takes a list`);
    return arg as Scalar;
  });
}

function numeric(value: Scalar | undefined): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${String(value)}`);
  return value;
}

const evaluate: Record<GoldenFunction, (testCase: GoldenCase) => Dec> = {
  sln: (c) => {
    const [cost, salvage, life] = scalars(c);
    return sln(numeric(cost), numeric(salvage), numeric(life));
  },
  syd: (c) => {
    const [cost, salvage, life, per] = scalars(c);
    return syd(numeric(cost), numeric(salvage), numeric(life), numeric(per));
  },
  db: (c) => {
    const [cost, salvage, life, period, month] = scalars(c);
    return db(numeric(cost), numeric(salvage), numeric(life), numeric(period), month as number | null | undefined);
  },
  ddb: (c) => {
    const [cost, salvage, life, period, factor] = scalars(c);
    return ddb(numeric(cost), numeric(salvage), numeric(life), numeric(period), factor as number | null | undefined);
  },
  vdb: (c) => {
    const [cost, salvage, life, start, end, factor, noSwitch] = scalars(c);
    return vdb(numeric(cost), numeric(salvage), numeric(life), numeric(start), numeric(end), factor as number | null | undefined, noSwitch);
  },
  pmt: (c) => {
    const [rate, nper, present, future, type] = scalars(c);
    return pmt(numeric(rate), numeric(nper), numeric(present), future as number | null | undefined, type);
  },
  pv: (c) => {
    const [rate, nper, payment, future, type] = scalars(c);
    return pv(numeric(rate), numeric(nper), numeric(payment), future as number | null | undefined, type);
  },
  fv: (c) => {
    const [rate, nper, payment, present, type] = scalars(c);
    return fv(numeric(rate), numeric(nper), numeric(payment), present as number | null | undefined, type);
  },
  npv: (c) => {
    const [rate, ...values] = scalars(c);
    return npv(numeric(rate), ...values.map(numeric));
  },
  irr: (c) => {
    const [values, guess] = c.args;
    if (!Array.isArray(values)) throw new Error(`${c.formula}: IRR needs a list of values`);
    return irr(values, guess as number | null | undefined);
  },
};

/** Relative difference within 1e-9, or absolute within 1e-9 near zero. */
function close(actual: number, expected: number): boolean {
  const difference = Math.abs(actual - expected);
  return difference <= 1e-9 || difference <= 1e-9 * Math.abs(expected);
}

describe("the financial functions agree with LibreOffice's golden table", () => {
  it("covers every function with enough cases", () => {
    expect(golden.engine).toMatch(/^LibreOffice \d/);
    expect(golden.cases.length).toBeGreaterThanOrEqual(80);
    for (const fn of Object.keys(evaluate)) {
      expect(golden.cases.filter((c) => c.fn === fn).length, fn).toBeGreaterThanOrEqual(6);
    }
  });

  it.each(golden.cases.map((c) => [c.formula, c] as const))("%s", (_formula, testCase) => {
    // Where Excel and LibreOffice differ, the case says so and we follow Excel.
    const expected = testCase.excelExpected ?? testCase.expected;
    if (testCase.excelExpected !== undefined) {
      expect(testCase.note, "a case that departs from LibreOffice says why").toBeTruthy();
      expect(testCase.expected, "LibreOffice still differs from Excel here").not.toEqual(testCase.excelExpected);
    }
    const run = (): Dec => evaluate[testCase.fn](testCase);
    if (typeof expected === "string") {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FinancialFunctionError);
      expect((thrown as FinancialFunctionError).code).toBe(expected);
      return;
    }
    const actual = run().toNumber();
    expect(close(actual, expected), `${String(actual)} vs ${String(expected)}`).toBe(true);
  });
});
