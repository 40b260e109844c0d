import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { chartXml } from "./chart-part.js";
import type { ChartKind, ChartSpec } from "./spec.js";
import { rangeRef } from "./xml.js";

// Text as people type it in labels and sheet names, with the characters XML must escape.
const text = fc.string({ unit: fc.constantFrom("a", "Ð", "ồ", " ", "&", "<", ">", "'", '"', "1", "!"), minLength: 1, maxLength: 12 });
const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

const spec = fc
  .record({
    kind: fc.constantFrom<ChartKind>("stacked-column", "bar", "clustered-column"),
    title: text,
    sheet: text.filter((s) => !s.includes("!")),
    categories: fc.array(text, { minLength: 1, maxLength: 8 }),
    series: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ kind, title, sheet, categories, series }) =>
    fc
      .array(fc.tuple(text, fc.array(amount, { minLength: categories.length, maxLength: categories.length })), { minLength: series, maxLength: series })
      .map((rows): ChartSpec => ({
        kind,
        title,
        categories: { ref: rangeRef(sheet, 1, 2, 1, 1 + categories.length), values: categories },
        series: rows.map(([name, values], i) => ({
          name: { ref: rangeRef(sheet, 2 + i, 1), values: [name] },
          values: { ref: rangeRef(sheet, 2 + i, 2, 2 + i, 1 + values.length), values },
          colour: "0072B2",
        })),
        valueFormat: '#,##0" đồng"',
      })),
  );

/** The text content of every c:f and c:v, as an XML reader gives it back, with the count of c:ser. */
function read(xml: string): { refs: string[]; points: string[]; series: number; title: string } {
  const out = { refs: [] as string[], points: [] as string[], series: 0, title: "" };
  const parser = new SaxesParser({ xmlns: true });
  let open = "";
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    open = tag.name;
    if (tag.name === "c:ser") out.series += 1;
  });
  parser.on("text", (t) => {
    if (open === "c:f") out.refs.push(t);
    else if (open === "c:v") out.points.push(t);
    else if (open === "a:t") out.title += t;
  });
  parser.on("closetag", () => {
    open = "";
  });
  parser.write(xml).close();
  return out;
}

describe("chartXml, for any labels, sheet names and amounts", () => {
  it("writes well-formed XML that gives back every reference, cached value and the title unchanged", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const got = read(chartXml(s));
        expect(got.series).toBe(s.series.length);
        expect(got.title).toBe(s.title);
        const refs = s.series.flatMap((r) => [r.name.ref, s.categories.ref, r.values.ref]);
        expect(got.refs).toEqual(refs);
        const points = s.series.flatMap((r) => [...r.name.values, ...s.categories.values.map(String), ...r.values.values.map(String)]);
        expect(got.points).toEqual(points);
      }),
      { numRuns: 200 },
    );
  });
});
