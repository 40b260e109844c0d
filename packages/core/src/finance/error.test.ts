import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messages } from "../errors/catalogue.js";
import { db, ddb, FinancialFunctionError, fv, irr, npv, pmt, pv, sln, syd, vdb } from "./index.js";

const golden = JSON.parse(readFileSync(new URL("../../../../test/golden/financial-golden.json", import.meta.url), "utf8")) as {
  cases: { fn: string; args: (number | boolean | null | number[])[]; expected: number | string }[];
};
const call: Record<string, (...args: never[]) => unknown> = { db, ddb, fv, irr, npv, pmt, pv, sln, syd, vdb };

function errorOf(run: () => unknown): FinancialFunctionError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof FinancialFunctionError) return error;
    throw error;
  }
  return undefined;
}

describe("FinancialFunctionError", () => {
  it("writes every error the golden table provokes in Vietnamese too, not left in English", () => {
    const errors = golden.cases.flatMap((c) => {
      const args = c.fn === "npv" ? [c.args[0], ...(c.args.slice(1) as number[])] : c.args;
      const e = errorOf(() => (call[c.fn] as (...a: unknown[]) => unknown)(...args));
      return e === undefined ? [] : [e];
    });
    const edge = [
      () => sln(1, 0, 0),
      () => sln(1, 0, "x"),
      () => db(1, 0, 5, 1, 13),
      () => vdb(10, 1, 5, 3, 2),
      () => vdb(10, 1, 5, 1, 6),
      () => irr([1, 2]),
      () => irr([-1, 2], -2),
      () => npv(-1, 1),
      () => pmt(-2, 0.5, 1),
    ].flatMap((f) => errorOf(f) ?? []);
    const all = [...errors, ...edge];
    expect(all.length).toBeGreaterThan(20);
    for (const e of all) {
      expect(e.messages.en).toBe(e.message);
      expect(e.messages.vi, e.message).not.toBe(e.messages.en);
    }
    expect(errorOf(() => db(10_000, 1_000, -1, 1))!.messages).toMatchInlineSnapshot(`
      {
        "en": "DB: life must be greater than 0, got -1",
        "vi": "DB: life phải lớn hơn 0, nhận được -1",
      }
    `);
  });

  it("carries the catalogue code and parameters its message is written from", () => {
    const e = errorOf(() => vdb(10, 1, 5, 3, 2))!;
    expect(e.code).toBe("#NUM!");
    expect(e.messageCode).toBe("finance-not-greater-than");
    expect(e.params).toEqual({ fn: "VDB", name: "start_period", value: "3", other: "end_period", otherValue: "2" });
    expect(e.messages).toEqual(messages(e.messageCode, e.params));
  });

  it("keeps names and values in the Vietnamese message", () => {
    expect(errorOf(() => vdb(10, 1, 5, 3, 2))!.messages.vi).toMatchInlineSnapshot(`"VDB: start_period (3) không được lớn hơn end_period (2)"`);
  });
});
