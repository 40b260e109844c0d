import * as echarts from "echarts";
import { formatNumber, minorUnits, type CurrencyCode, type Language } from "@costplan/core";
import type { GroupSeries, KeyService, PayerYear, SimulationData, TornadoData } from "./data.js";

/** The page's font stack: system fonts only, so nothing is fetched and Vietnamese shows everywhere. */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** Colours that stay apart in print and for common colour blindness (Okabe-Ito). */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999", "#882255"];

/** A chart's fixed size: fixed sizes (and no animation) keep the SVG the same byte for byte. */
interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * ECharts names the CSS classes and clip paths of an SVG after two process-wide counters, the
 * instance's (`zr3-`) and the class's (`cls-41`), so the same chart drawn later in a process reads
 * differently. Both are renamed: the instance after the chart's key (which also keeps two
 * charts' classes apart in one page), the classes in the order they first appear.
 */
export function stableClasses(svg: string, key: string): string {
  const numbers = new Map<string, number>();
  return svg
    .replace(/\bzr\d+-cls-(\d+)\b/g, (_, n: string) => {
      if (!numbers.has(n)) numbers.set(n, numbers.size);
      return `${key}-cls-${numbers.get(n)!}`;
    })
    .replace(/\bzr\d+-/g, `${key}-`);
}

/**
 * Renders one ECharts option to an SVG string on the server (no DOM), animation off, at a
 * fixed size and with stable class names: the same option gives the same bytes.
 */
export function renderChart(key: string, size: Size, option: echarts.EChartsOption): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: FONT_STACK, fontSize: 12 },
      ...option,
    });
    return stableClasses(chart.renderToSVGString(), key);
  } finally {
    chart.dispose();
  }
}

/** Minor units to billions of the major unit, for chart axes only (tables show exact amounts). */
export function billions(minor: number, currency: CurrencyCode): number {
  return minor / 10 ** minorUnits(currency) / 1e9;
}

/** Minor units to major units, for chart axes only. */
function major(minor: number, currency: CurrencyCode): number {
  return minor / 10 ** minorUnits(currency);
}

const axisNumber =
  (lang: Language, places: number) =>
  (v: number): string =>
    formatNumber(v, lang, Number.isInteger(v) ? 0 : places);

/** The budget by year, one stacked bar a year, one colour a category. */
export function budgetChart(
  years: readonly string[],
  groups: readonly GroupSeries[],
  name: (key: string) => string,
  unit: string,
  currency: CurrencyCode,
  lang: Language,
): string {
  return renderChart(
    "budget",
    { width: 700, height: 360 },
    {
      // Wide gaps: ECharts measures text on the server by estimate, and the reader's system font may be wider.
      legend: {
        bottom: 0,
        left: "center",
        // Rows of at most 620 of the 700 units: the English names run to the edge otherwise.
        width: 620,
        itemWidth: 12,
        itemHeight: 10,
        itemGap: 28,
        textStyle: { fontSize: 11 },
      },
      grid: { left: 60, right: 16, top: 30, bottom: 90 },
      xAxis: { type: "category", data: [...years] },
      yAxis: {
        type: "value",
        name: unit,
        nameTextStyle: { align: "left" },
        axisLabel: { formatter: axisNumber(lang, 1) },
      },
      series: groups.map((g) => ({
        type: "bar",
        stack: "budget",
        name: name(g.key),
        data: g.byYear.map((f) => billions(f.value, currency)),
        barMaxWidth: 60,
      })),
    },
  );
}

/** Totals of groups as horizontal bars, the first given on top. */
export function totalsChart(
  key: string,
  items: readonly { readonly name: string; readonly value: number }[],
  unit: string,
  currency: CurrencyCode,
  lang: Language,
): string {
  const rows = [...items].reverse();
  const bars: echarts.BarSeriesOption = {
    type: "bar",
    data: rows.map((r) => billions(r.value, currency)),
    barMaxWidth: 22,
    label: {
      show: true,
      position: "right",
      formatter: (p) => formatNumber(Number(p.value), lang, 1),
    },
  };
  return renderChart(
    key,
    { width: 700, height: 60 + rows.length * 34 },
    {
      grid: { left: 230, right: 60, top: 24, bottom: 30 },
      xAxis: {
        type: "value",
        name: unit,
        nameLocation: "middle",
        nameGap: 22,
        axisLabel: { formatter: axisNumber(lang, 1) },
      },
      yAxis: {
        type: "category",
        data: rows.map((r) => r.name),
        axisLabel: { width: 220, overflow: "truncate" },
      },
      series: [bars],
    },
  );
}

/** One key service: the current price and the increase stacked, one bar per class. */
export function priceChart(
  service: KeyService,
  labels: { readonly current: string; readonly increase: string },
  unit: string,
  currency: CurrencyCode,
  lang: Language,
): string {
  return renderChart(
    `price-${service.code.replace(/[^A-Za-z0-9_-]/g, "_")}`,
    { width: 340, height: 240 },
    {
      // The unit goes in the title: an axis name would sit under it.
      title: {
        text: `${service.code} ${service.name} (${unit})`,
        left: "center",
        textStyle: { fontSize: 13, width: 330, overflow: "truncate" },
      },
      // The increase's name wraps within 190 units (two lines), so both names fit the 340 of the chart in either language.
      legend: {
        bottom: 0,
        itemWidth: 12,
        itemHeight: 10,
        itemGap: 16,
        textStyle: { fontSize: 10, width: 190, overflow: "break" },
      },
      grid: { left: 60, right: 10, top: 40, bottom: 56 },
      xAxis: { type: "category", data: service.rows.map((r) => r.label) },
      yAxis: { type: "value", axisLabel: { formatter: axisNumber(lang, 0) } },
      series: [
        {
          type: "bar",
          stack: "price",
          name: labels.current,
          data: service.rows.map((r) => major(r.current.value, currency)),
        },
        {
          type: "bar",
          stack: "price",
          name: labels.increase,
          data: service.rows.map((r) => major(r.proposed.value - r.current.value, currency)),
        },
      ],
    },
  );
}

/** The increases' cost by year: fund and patients stacked, the cost to recover as a line. */
export function payersChart(
  payers: readonly PayerYear[],
  labels: {
    readonly fund: string;
    readonly patients: string;
    readonly recoverable: string;
  },
  unit: string,
  currency: CurrencyCode,
  lang: Language,
): string {
  return renderChart(
    "payers",
    { width: 700, height: 320 },
    {
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, itemGap: 24 },
      grid: { left: 60, right: 16, top: 30, bottom: 50 },
      xAxis: { type: "category", data: payers.map((p) => p.year) },
      yAxis: {
        type: "value",
        name: unit,
        axisLabel: { formatter: axisNumber(lang, 1) },
      },
      series: [
        {
          type: "bar",
          stack: "payers",
          name: labels.fund,
          data: payers.map((p) => billions(p.fund.value, currency)),
        },
        {
          type: "bar",
          stack: "payers",
          name: labels.patients,
          data: payers.map((p) => billions(p.patients.value, currency)),
        },
        {
          type: "line",
          name: labels.recoverable,
          data: payers.map((p) => billions(p.recoverable.value, currency)),
          symbol: "circle",
        },
      ],
    },
  );
}

/** The tornado: each input's low and high as bars from the base, the largest swing on top. */
export function tornadoChart(
  tornado: TornadoData,
  labels: { readonly low: string; readonly high: string },
  unit: string,
  currency: CurrencyCode,
  lang: Language,
): string {
  const bars = [...tornado.bars].reverse();
  return renderChart(
    "tornado",
    { width: 700, height: 80 + bars.length * 38 },
    {
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, itemGap: 24 },
      grid: { left: 300, right: 30, top: 20, bottom: 60 },
      xAxis: {
        type: "value",
        name: unit,
        nameLocation: "middle",
        nameGap: 24,
        axisLabel: { formatter: axisNumber(lang, 2) },
      },
      yAxis: {
        type: "category",
        data: bars.map((b) => b.input),
        axisLabel: { width: 290, overflow: "break", fontSize: 10 },
      },
      series: [
        // Side by side, each from the base: stacked bars would pile a low and a high of the same sign on each other.
        {
          type: "bar",
          name: labels.low,
          barGap: "0%",
          data: bars.map((b) => billions(b.low - tornado.base, currency)),
        },
        {
          type: "bar",
          name: labels.high,
          data: bars.map((b) => billions(b.high - tornado.base, currency)),
        },
      ],
    },
  );
}

/** The Monte Carlo histogram with the percentiles marked. */
export function histogramChart(sim: SimulationData, label: string, unit: string, currency: CurrencyCode, lang: Language): string {
  const centre = (b: { from: number; to: number }): number => billions((b.from + b.to) / 2, currency);
  return renderChart(
    "histogram",
    { width: 700, height: 320 },
    {
      grid: { left: 60, right: 20, top: 30, bottom: 60 },
      xAxis: {
        type: "category",
        data: sim.bins.map((b) => formatNumber(centre(b), lang, 1)),
        name: unit,
        nameLocation: "middle",
        nameGap: 36,
      },
      yAxis: { type: "value", name: label },
      series: [
        {
          type: "bar",
          name: label,
          barCategoryGap: "5%",
          data: sim.bins.map((b) => b.count),
          markLine: {
            symbol: "none",
            z: 10,
            lineStyle: { color: "#D55E00", width: 2, type: "dashed" },
            label: { formatter: (p: { name?: string }) => p.name ?? "" },
            data: sim.summary.percentiles.map((p) => ({
              name: `P${formatNumber(p.p, lang)}`,
              xAxis: Math.min(
                sim.bins.length - 1,
                sim.bins.findIndex((b) => p.value <= b.to),
              ),
            })),
          },
        },
      ],
    },
  );
}
