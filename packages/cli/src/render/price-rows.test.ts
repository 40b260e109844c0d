import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateModel, parseModel, runModel } from "@costplan/core";
import { costliestRows, HEADLINE_PRICE_ROWS, renderRun } from "./run-report.js";

describe("the price structure among the headline tables", () => {
  const parsed = parseModel(generateModel({ size: "small", facilities: 2, centres: 6, supportCentres: 2, services: 60, years: 2, seed: 3 }));
  if (!parsed.ok) throw new Error("the generated model is valid");
  const result = runModel(parsed.model);
  const options = { modelName: "m.json", scenario: undefined, width: 400 };

  it("shows at most the costliest rows when the list is long, says so, and keeps every row behind --detail", () => {
    expect(result.priceTable.length).toBeGreaterThan(HEADLINE_PRICE_ROWS);
    for (const lang of ["en", "vi"] as const) {
      const short = renderRun(parsed.model, result, lang, options);
      const long = renderRun(parsed.model, result, lang, { ...options, detail: true });
      // A row is shown when one line holds its list's label and its service (a list's rows share the label, lists share services).
      const shownRows = (text: string): number => {
        const lines = text.split("\n");
        return result.priceTable.filter((row) => lines.some((line) => line.includes(row.label) && line.includes(`${row.code} ${row.name}`))).length;
      };
      expect(shownRows(short)).toBe(HEADLINE_PRICE_ROWS);
      expect(shownRows(long)).toBe(result.priceTable.length);
      expect(short).toContain(
        lang === "en" ? `The ${HEADLINE_PRICE_ROWS} of ${result.priceTable.length} rows` : `${HEADLINE_PRICE_ROWS} trong ${result.priceTable.length} dòng`,
      );
      expect(long).not.toContain(lang === "en" ? "rows whose increases cost" : "dòng có chi phí tăng giá lớn nhất");
    }
  });

  it("picks the rows that cost the fund and patients most, in the table's order", () => {
    const row = fc.record({ fund: fc.integer({ min: 0, max: 1e12 }), patients: fc.integer({ min: 0, max: 1e12 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.nat(90), (rows, n) => {
        const picked = costliestRows(rows, n);
        expect(picked.length).toBe(Math.min(n, rows.length));
        expect(picked).toEqual([...picked].sort((a, b) => a - b));
        const cost = (i: number): number => rows[i]!.fund + rows[i]!.patients;
        const left = rows.map((_, i) => i).filter((i) => !picked.includes(i));
        for (const i of picked) for (const j of left) expect(cost(i) > cost(j) || (cost(i) === cost(j) && i < j)).toBe(true);
      }),
    );
  });
});
