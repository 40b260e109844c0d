import { describe, expect, it } from "vitest";
import { renderChart, stableClasses } from "./charts.js";

const option = {
  xAxis: { type: "category" as const, data: ["2020", "2021"] },
  yAxis: { type: "value" as const },
  series: [{ type: "bar" as const, data: [1, 2] }],
};

describe("renderChart", () => {
  it("gives the same SVG for the same option however many charts were drawn before", () => {
    const first = renderChart("demo", { width: 400, height: 200 }, option);
    renderChart("other", { width: 300, height: 100 }, option);
    expect(renderChart("demo", { width: 400, height: 200 }, option)).toBe(first);
    expect(first).toMatch(/^<svg width="400" height="200"/);
    expect(first).toContain('class="demo-cls-0"');
    expect(first).toContain('ecmeta_data_index="1"');
  });
});

describe("stableClasses", () => {
  it("renames ECharts' instance and class counters in the order the classes first appear", () => {
    expect(
      stableClasses(
        '<a class="zr7-cls-41"/><b class="zr7-cls-12"/><c class="zr7-cls-41"/><g clip-path="url(#zr7-c0)"/><style>.zr7-cls-12:hover{}</style>',
        "k",
      ),
    ).toBe('<a class="k-cls-0"/><b class="k-cls-1"/><c class="k-cls-0"/><g clip-path="url(#k-c0)"/><style>.k-cls-1:hover{}</style>');
  });
});
