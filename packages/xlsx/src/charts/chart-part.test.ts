import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { chartXml } from "./chart-part.js";
import { drawingXml } from "./drawing-part.js";
import type { ChartSpec } from "./spec.js";
import { rangeRef, sheetPrefix } from "./xml.js";

/** Parses XML strictly with namespaces; returns the qualified names of the elements in document order. */
function elements(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => names.push(tag.name));
  parser.write(xml).close();
  return names;
}

const STACKED: ChartSpec = {
  kind: "stacked-column",
  title: "Cash by year & category <đồng>",
  categories: { ref: "Budget!$B$20:$D$20", values: [2020, 2021, 2022] },
  series: [
    { name: { ref: "Budget!$A$21", values: ["Software"] }, values: { ref: "Budget!$B$21:$D$21", values: [10, 20, 0] }, colour: "0072B2" },
    { name: { ref: "Budget!$A$22", values: ["Training"] }, values: { ref: "Budget!$B$22:$D$22", values: [1, 2, 3] }, colour: "E69F00" },
  ],
  valueFormat: "#,##0,,",
};

describe("chartXml", () => {
  it("writes a well-formed chart part whose bar chart children come in the schema's order", () => {
    const names = elements(chartXml(STACKED));
    const bar = names.slice(names.indexOf("c:barChart"), names.indexOf("c:catAx"));
    const top = bar.filter((n) => ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:overlap", "c:axId"].includes(n));
    expect([...new Set(top)]).toEqual(["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:overlap", "c:axId"]);
    expect(names.indexOf("c:title")).toBeLessThan(names.indexOf("c:plotArea"));
    expect(names.indexOf("c:plotArea")).toBeLessThan(names.indexOf("c:legend"));
  });

  it("stacks columns with full overlap, and lays bars horizontally for a bar chart", () => {
    const stacked = chartXml(STACKED);
    expect(stacked).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(stacked).toContain('<c:overlap val="100"/>');
    const bar = chartXml({ ...STACKED, kind: "bar" });
    expect(bar).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(bar).not.toContain("c:overlap");
    expect(chartXml({ ...STACKED, kind: "clustered-column" })).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  });

  it("gives every series its references with cached values, years as numbers and names as text", () => {
    const xml = chartXml(STACKED);
    expect(xml).toContain(
      '<c:tx><c:strRef><c:f>Budget!$A$21</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Software</c:v></c:pt></c:strCache></c:strRef></c:tx>',
    );
    expect(xml).toContain(
      '<c:cat><c:numRef><c:f>Budget!$B$20:$D$20</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>2020</c:v></c:pt>',
    );
    expect(xml).toContain(
      '<c:val><c:numRef><c:f>Budget!$B$22:$D$22</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt ' +
        'idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val>',
    );
    const text = chartXml({ ...STACKED, categories: { ref: "'Biểu đồ'!$A$3:$A$4", values: ["I", "II"] } });
    expect(text).toContain('<c:cat><c:strRef><c:f>&apos;Biểu đồ&apos;!$A$3:$A$4</c:f><c:strCache><c:ptCount val="2"/>');
  });

  it("escapes the title and leaves the legend out of a chart with one series", () => {
    const one = chartXml({ ...STACKED, series: STACKED.series.slice(0, 1) });
    expect(one).toContain("<a:t>Cash by year &amp; category &lt;đồng&gt;</a:t>");
    expect(one).not.toContain("c:legend");
  });
});

describe("drawingXml", () => {
  it("anchors each frame to its cells and links it to its chart relationship", () => {
    const xml = drawingXml([
      { anchor: { from: { column: 4, row: 0 }, to: { column: 15, row: 22 } }, name: "A & B", relationship: "rId1" },
      { anchor: { from: { column: 4, row: 23 }, to: { column: 15, row: 45 } }, name: "C", relationship: "rId2" },
    ]);
    expect(elements(xml).filter((n) => n === "xdr:twoCellAnchor")).toHaveLength(2);
    expect(xml).toContain("<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>23</xdr:row>");
    expect(xml).toContain('<xdr:cNvPr id="2" name="A &amp; B"/>');
    expect(xml).toContain('r:id="rId2"/>');
  });
});

describe("references", () => {
  it("quotes sheet names that are not plain words, doubling quotes inside", () => {
    expect(sheetPrefix("Budget")).toBe("Budget!");
    expect(sheetPrefix("Ngân sách")).toBe("'Ngân sách'!");
    expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
    expect(rangeRef("Budget", 3, 2, 3, 7)).toBe("Budget!$B$3:$G$3");
    expect(rangeRef("Biểu đồ", 2, 28)).toBe("'Biểu đồ'!$AB$2");
  });
});
