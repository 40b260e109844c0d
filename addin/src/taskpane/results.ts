import { CATEGORY_LABELS, textIn, type Language, type RunResult } from "@costplan/core";

/** A plain cell value, as Office.js writes it. */
export type Value = string | number | boolean;

/** A native chart on a result sheet: its data is a block of the sheet from A1. */
export interface ChartSpec {
  readonly type: "ColumnStacked" | "BarClustered";
  readonly title: string;
  /** Rows and columns of the data block, header row and label column included. */
  readonly rows: number;
  readonly columns: number;
  /** Column (0-based) where the data block starts. */
  readonly startColumn: number;
}

/** One sheet the add-in owns and rewrites on every run. */
export interface OutputSheet {
  readonly name: string;
  readonly values: readonly (readonly Value[])[];
  readonly chart?: ChartSpec;
}

/**
 * The names of the sheets the add-in owns. A run deletes and rewrites exactly these, so input
 * sheets (and anything else in the workbook) are never touched.
 */
export const OUTPUT_SHEETS = ["CP Budget", "CP Allocation", "CP Prices", "CP Payers", "CP Audit"] as const;

const T = {
  en: {
    year: "Year",
    total: "Total",
    budget: "Budget by year and category (cash, nominal, đồng)",
    facility: "Facility",
    method: "Method",
    centre: "Operating centre",
    emr: "EMR cost reaching it",
    code: "Service",
    name: "Name",
    current: "Current price",
    component: "EMR component",
    proposed: "Proposed price",
    increase: "Increase",
    pct: "Increase %",
    fund: "Fund",
    patients: "Patients",
    recoverable: "Recoverable",
    recovered: "Recovered",
    path: "Input",
    label: "Figure",
    reason: "Assumption",
    priceChart: "Average price increase by service (đồng)",
  },
  vi: {
    year: "Năm",
    total: "Tổng",
    budget: "Ngân sách theo năm và nhóm chi phí (tiền mặt, giá hiện hành, đồng)",
    facility: "Cơ sở",
    method: "Phương pháp",
    centre: "Khoa trực tiếp",
    emr: "Chi phí BAĐT nhận được",
    code: "Dịch vụ",
    name: "Tên",
    current: "Giá hiện hành",
    component: "Cấu phần BAĐT",
    proposed: "Giá đề xuất",
    increase: "Mức tăng",
    pct: "Tăng %",
    fund: "Quỹ BHYT",
    patients: "Người bệnh",
    recoverable: "Cần thu hồi",
    recovered: "Đã thu hồi",
    path: "Đầu vào",
    label: "Chỉ tiêu",
    reason: "Giả định",
    priceChart: "Mức tăng giá bình quân theo dịch vụ (đồng)",
  },
} as const;

/**
 * Lays a run's result out as the add-in's sheets: budget by year stacked by category,
 * allocation by facility and operating centre, the price structure by service, payers by
 * year and the audit of assumptions. Pure: the Office code only writes what this returns.
 */
export function outputSheets(result: RunResult, language: Language): OutputSheet[] {
  const t = T[language];
  const years = result.years.map(String);
  const byCategory = result.budget.cash.nominal.byCategory;
  const categories = Object.keys(byCategory);
  const label = (c: string): string => (CATEGORY_LABELS as Readonly<Record<string, Readonly<Record<Language, string>> | undefined>>)[c]?.[language] ?? c;
  const budget: Value[][] = [
    [t.year, ...categories.map(label), t.total],
    ...years.map((y) => [y, ...categories.map((c) => byCategory[c]!.byYear[y] ?? 0), result.budget.cash.nominal.total.byYear[y] ?? 0]),
  ];

  const allocation: Value[][] = [[t.facility, t.method, t.centre, t.emr]];
  for (const f of result.allocation) for (const [centre, v] of Object.entries(f.emrByCentre)) allocation.push([f.facility, f.method, centre, v.total]);

  const prices: Value[][] = [[t.facility, t.code, t.name, t.current, t.component, t.proposed, t.increase, t.pct, t.fund, t.patients]];
  for (const p of result.prices)
    prices.push([
      p.facility,
      p.code,
      p.name,
      p.currentPrice,
      Number(p.emrComponent),
      p.proposedPrice,
      p.increase,
      Number(p.increasePct),
      p.fundImpact,
      p.patientImpact,
    ]);

  // The chart shows each service's average increase over the facilities that offer it, so a province reads in one bar per service.
  const increases = new Map<string, { name: string; sum: number; n: number }>();
  for (const p of result.prices) {
    const entry = increases.get(p.code) ?? { name: p.name, sum: 0, n: 0 };
    increases.set(p.code, { name: entry.name, sum: entry.sum + p.increase, n: entry.n + 1 });
  }
  const byService: Value[][] = [
    [t.code, t.increase],
    ...[...increases.entries()].slice(0, 25).map(([code, e]) => [`${code} ${e.name}`, Math.round(e.sum / e.n)]),
  ];
  const priceBlock = prices.map((row, i) => [...row, "", ...(byService[i] ?? ["", ""])]);

  const payers: Value[][] = [
    [t.year, t.increase, t.fund, t.patients, t.recoverable, t.recovered],
    ...Object.entries(result.payers.byYear).map(([y, v]) => [y, v.increase, v.fund, v.patients, v.recoverable, v.recovered]),
  ];
  const audit: Value[][] = [[t.path, t.label, t.reason], ...result.assumptions.map((a) => [a.path, a.label, textIn(a.reason, language)])];

  return [
    {
      name: "CP Budget",
      values: budget,
      chart: { type: "ColumnStacked", title: t.budget, rows: budget.length, columns: categories.length + 1, startColumn: 0 },
    },
    { name: "CP Allocation", values: allocation },
    // Every service has at least one price entry, so the price table is never shorter than the chart's block beside it.
    {
      name: "CP Prices",
      values: priceBlock,
      chart: { type: "BarClustered", title: t.priceChart, rows: byService.length, columns: 2, startColumn: prices[0]!.length + 1 },
    },
    { name: "CP Payers", values: payers },
    { name: "CP Audit", values: audit },
  ];
}
