import { formatNumber, type Comparison, type ComparedScenario, type Headline, type HeadlineDifference, type Language, type PriceBasis } from "@costplan/core";
import { wrap, writeTable, type TableFormat, type TitledTable } from "./fit-table.js";

const T = {
  en: {
    title: (currency: string) => `costplan compare: the base and its scenarios side by side (amounts in whole ${currency}, exact)`,
    model: "Model",
    scenarios: "Scenarios",
    base: "base",
    scenario: "Scenario",
    basis: "Basis",
    bases: { facility: "per facility", class: "per class" } as Record<PriceBasis, string>,
    own: "•",
    totalsTitle: "Cost and recovery over all pricing years, and the difference (Δ) from the base",
    totalCost: "Total cost",
    recoverable: "EMR cost to recover",
    recovered: "Recovered by prices",
    fund: "Insurance fund",
    patients: "Patients",
    breakEven: "Break even",
    delta: "Δ",
    totalsNote:
      "• marks the basis the scenario itself sets: those figures are what `costplan run --scenario NAME` gives. " +
      "Break even: facilities whose revenue from the increases covers their outlay within the pricing years.",
    recoverableTitle: "EMR cost to recover through prices, by year",
    recoveredTitle: "Recovered by prices, by year",
    fundTitle: "Cost of the increases to the insurance fund, by year",
    patientsTitle: "Cost of the increases to patients, by year",
    yearNote: "The base row gives amounts; every other row gives its difference from the base on the same basis (+ more, − less).",
    pricesTitle: (year: string) => `Proposed price of the key services by hospital class${year}, and the difference from the base`,
    pricesNote: (keys: string) =>
      `Key services: ${keys}. A class's price is the volume-weighted mean over its facilities on the facility basis, the one class price on the class basis.`,
    keys: {
      examination: "examination visit",
      internalMedicineBedDay: "internal-medicine bed-day",
      icuBedDay: "ICU bed-day",
      test: "test",
    },
    runs: (n: number) => `${n} full runs of the model (two per scenario: one per basis).`,
  },
  vi: {
    title: (currency: string) => `costplan compare: phương án cơ sở và các kịch bản đặt cạnh nhau (số tiền tính bằng ${currency}, chính xác)`,
    model: "Mô hình",
    scenarios: "Kịch bản",
    base: "cơ sở",
    scenario: "Kịch bản",
    basis: "Cách tính giá",
    bases: { facility: "theo cơ sở", class: "theo hạng" } as Record<PriceBasis, string>,
    own: "•",
    totalsTitle: "Chi phí và thu hồi trong cả giai đoạn tính giá, và chênh lệch (Δ) so với phương án cơ sở",
    totalCost: "Tổng chi phí",
    recoverable: "Chi phí BAĐT cần thu hồi",
    recovered: "Thu hồi qua giá",
    fund: "Quỹ BHYT",
    patients: "Người bệnh",
    breakEven: "Hòa vốn",
    delta: "Δ",
    totalsNote:
      "• đánh dấu cách tính giá do chính kịch bản đặt: các số đó bằng kết quả của `costplan run --scenario TÊN`. Hòa " +
      "vốn: số cơ sở có doanh thu tăng thêm bù đủ khoản chi trong giai đoạn tính giá.",
    recoverableTitle: "Chi phí BAĐT cần thu hồi qua giá, theo năm",
    recoveredTitle: "Thu hồi qua giá, theo năm",
    fundTitle: "Chi phí tăng giá đối với quỹ BHYT, theo năm",
    patientsTitle: "Chi phí tăng giá đối với người bệnh, theo năm",
    yearNote: "Dòng phương án cơ sở ghi số tiền; mỗi dòng khác ghi chênh lệch so với phương án cơ sở cùng cách tính giá (+ nhiều hơn, − ít hơn).",
    pricesTitle: (year: string) => `Giá đề xuất của các dịch vụ chính theo hạng bệnh viện${year}, và chênh lệch so với phương án cơ sở`,
    pricesNote: (keys: string) =>
      `Dịch vụ chính: ${keys}. Giá của một hạng: theo cơ sở là bình quân theo số lượt của các cơ sở trong hạng; theo hạng là giá chung của hạng.`,
    keys: {
      examination: "khám bệnh",
      internalMedicineBedDay: "ngày giường nội khoa",
      icuBedDay: "ngày giường hồi sức tích cực",
      test: "xét nghiệm",
    },
    runs: (n: number) => `${n} lần chạy đầy đủ của mô hình (mỗi kịch bản hai lần: mỗi cách tính giá một lần).`,
  },
} as const;

/** Options of the comparison report. */
export interface CompareReportOptions {
  readonly modelName: string;
  readonly format: TableFormat;
  readonly width: number;
  readonly priceYear: number | undefined;
}

type Row = readonly string[];

/** The comparison as tables, every word in the chosen language and every amount written one way: whole units, exact. */
export function renderComparison(c: Comparison, lang: Language, options: CompareReportOptions): string {
  const t = T[lang];
  const machine = options.format === "csv";
  const amount = (n: number): string => (machine ? String(n) : formatNumber(n, lang));
  const delta = (n: number): string => (n > 0 ? `+${amount(n)}` : n < 0 ? (machine ? String(n) : `−${formatNumber(-n, lang)}`) : "0");
  const name = (s: ComparedScenario): string => s.scenario ?? t.base;
  const basisLabel = (s: ComparedScenario, basis: PriceBasis): string => `${t.bases[basis]}${s.basis === basis ? ` ${t.own}` : ""}`;
  const perBasis = (make: (s: ComparedScenario, basis: PriceBasis, h: Headline, d: HeadlineDifference) => Row): Row[] =>
    c.scenarios.flatMap((s) =>
      (["facility", "class"] as const).map((basis) => [name(s), basisLabel(s, basis), ...make(s, basis, s.bases[basis], s.difference[basis])]),
    );

  const tables: TitledTable[] = [];
  tables.push({
    title: t.totalsTitle,
    head: [t.scenario, t.basis, t.totalCost, t.delta, t.recoverable, t.delta, t.recovered, t.delta, t.fund, t.delta, t.patients, t.delta, t.breakEven, t.delta],
    rows: perBasis((_, __, h, d) => [
      amount(h.totalCost),
      delta(d.totalCost),
      amount(h.total.recoverable),
      delta(d.total.recoverable),
      amount(h.total.recovered),
      delta(d.total.recovered),
      amount(h.total.fund),
      delta(d.total.fund),
      amount(h.total.patients),
      delta(d.total.patients),
      `${String(h.breakEven.count)}/${String(h.breakEven.of)}`,
      delta(d.breakEven),
    ]),
    textColumns: 2,
    group: 2,
    note: t.totalsNote,
  });

  const years = [...new Set(c.scenarios.flatMap((s) => Object.keys(s.bases.facility.byYear)))].sort();
  const byYear = (title: string, pick: "recoverable" | "recovered" | "fund" | "patients", bothBases: boolean): TitledTable => {
    const cells = (s: ComparedScenario, basis: PriceBasis): string[] =>
      years.map((y) => (s.scenario === null ? amount(s.bases[basis].byYear[y]?.[pick] ?? 0) : delta(s.difference[basis].byYear[y]?.[pick] ?? 0)));
    const rows = bothBases ? perBasis((s, basis) => cells(s, basis)) : c.scenarios.map((s) => [name(s), ...cells(s, "facility")]);
    return {
      title,
      head: [t.scenario, ...(bothBases ? [t.basis] : []), ...years],
      rows,
      textColumns: bothBases ? 2 : 1,
      note: t.yearNote,
    };
  };
  // Pooling by class moves cost between facilities and never changes what there is to recover: one basis is enough.
  tables.push(byYear(t.recoverableTitle, "recoverable", false));
  tables.push(byYear(t.recoveredTitle, "recovered", true));
  tables.push(byYear(t.fundTitle, "fund", true));
  tables.push(byYear(t.patientsTitle, "patients", true));

  const base = c.scenarios[0]!;
  const columns = base.bases.facility.keyPrices.map((k) => ({
    service: k.service,
    code: k.code,
    label: k.label,
  }));
  if (columns.length > 0) {
    const key = (k: { service: string; code: string; label: string }): string => `${k.service}\u0000${k.code}\u0000${k.label}`;
    const rows = perBasis((_, __, h, d) => {
      const values = new Map(h.keyPrices.map((k) => [key(k), k.proposedPrice]));
      const deltas = new Map(d.keyPrices.map((k) => [key(k), k.proposedPrice]));
      return columns.map((col) => {
        const v = values.get(key(col));
        if (v === undefined) return "";
        const dv = deltas.get(key(col)) ?? 0;
        return machine ? String(v) : `${amount(v)} (${delta(dv)})`;
      });
    });
    const year = options.priceYear === undefined ? "" : lang === "vi" ? `, năm ${String(options.priceYear)}` : `, ${String(options.priceYear)}`;
    const keys = c.keyServices.map((k) => `${k.code} = ${t.keys[k.service]}`).join(", ");
    tables.push({
      title: t.pricesTitle(year),
      head: [t.scenario, t.basis, ...columns.map((col) => `${col.code} ${col.label}`)],
      rows,
      textColumns: 2,
      note: t.pricesNote(keys),
    });
  }

  const intro: string[] = [t.title(c.currency), `${t.model}: ${options.modelName}`];
  const list = c.scenarios
    .filter((s) => s.scenario !== null)
    .map((s) => `${name(s)}: ${s.description?.[lang] ?? ""}${s.reason === null ? "" : ` (${s.reason[lang]})`}`);
  const parts =
    options.format === "table"
      ? [
          [
            ...intro.flatMap((l) => wrap(l, options.width)),
            `${t.scenarios}:`,
            ...list.flatMap((l) => wrap(l, options.width - 4).map((w, i) => (i === 0 ? `  ${w}` : `    ${w}`))),
          ].join("\n"),
        ]
      : options.format === "markdown"
        ? [[`## ${intro[0]!}`, "", intro[1]!, "", ...list.map((l) => `- ${l}`)].join("\n")]
        : [];
  for (const table of tables) parts.push(writeTable(table, options.format, options.width));
  if (options.format !== "csv") parts.push(t.runs(c.runs));
  return parts.join("\n\n");
}
