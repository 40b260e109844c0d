import {
  CATEGORY_LABELS,
  FACILITY_KIND_LABELS,
  FUNDING_KIND_LABELS,
  OWNERSHIP_LABELS,
  SAVING_KIND_LABELS,
  formatNumber,
  type Breakdown,
  type Language,
  type Model,
  type RunResult,
  type Series,
} from "@costplan/core";
import { wrap, writeTable, type TableFormat, type TitledTable } from "./fit-table.js";

const T = {
  en: {
    title: "costplan: programme cost",
    model: "Model",
    scenario: "Scenario",
    years: "Years",
    summary: "Summary",
    figure: "Figure",
    value: "Value",
    basis: "Basis",
    source: "source",
    assumption: "assumption *",
    totalCost: "Total cost paid (cash, nominal)",
    public: "  of which public facilities",
    private: "  of which private facilities",
    accrual: "Expensed in the years (accrual: depreciation + recurring + one-off)",
    pv: "Present value of cash at the discount rate",
    eac: "Equivalent annual cost of capital items",
    book: "Book value left at the end",
    savings: "Savings reported (not netted)",
    units: "Units on EMR",
    target: "Target",
    attainment: "Attainment",
    reconciliation: "Check against the source",
    reported: "Reported",
    computed: "Computed",
    match: "Match",
    byYear: "Budget by year",
    year: "Year",
    cashNominal: "Cash, nominal",
    cashConstant: "Cash, constant",
    accrualNominal: "Accrual, nominal",
    accrualConstant: "Accrual, constant",
    savingsCol: "Savings",
    total: "Total",
    byCategory: "Cash by category",
    byKind: "Cash by facility kind",
    byOwnership: "Cash by ownership",
    byFunding: "Cash by funding source",
    byFacility: "By facility",
    facility: "Facility",
    cash: "Cash",
    accrualCol: "Accrual",
    savingsTitle: "Savings by kind",
    priceTitle: (y: number) => `Price structure ${y}: EMR component of each service, by hospital class (price list)`,
    list: "Class / list",
    service: "Service",
    facilitiesCol: "Facilities",
    volume: "Volume",
    currentPrice: "Current price",
    emrComponent: "EMR component",
    proposedPrice: "Proposed price",
    increasePct: "Increase",
    fund: "Insurance fund",
    patients: "Patients",
    priceNote:
      "EMR component and proposed price: volume-weighted mean over the list's facilities, with the range where " +
      "facilities differ; fund and patient columns: the year's cost of the increases, in whole units. ^ = capped at " +
      "the maximum price for some facilities.",
    priceTop: (shown: number, total: number) =>
      `The ${shown} of ${total} rows whose increases cost the fund and patients most, in the table's order; every row: --detail, --xlsx or --out.`,
    payersTitle: "Cost of the price increases to the insurance fund and to patients, by year",
    recoverable: "EMR cost to recover",
    recovered: "Recovered by prices",
    rounding: "Rounding",
    unrecovered: "Unrecovered (caps)",
    recoveryTitle: (y: number) => `Recovery by facility (${y} and over all pricing years)`,
    breakEven: "Break-even year",
    never: "not within the years",
    outlay: "Own outlay (all years)",
    recoveredAll: "Recovered (all years)",
    allocationTitle: (id: string, method: string, order: string) =>
      `EMR cost (accrual) reaching each operating centre of ${id}, ${method} allocation (${order})`,
    centreTotal: "All operating centres",
    note: (n: number) => `* rests on assumptions: figures not in the source (${n} assumptions in the model, each with its reason; see --json "assumptions").`,
    constantNote: (y: number) => `Constant prices are in ${y} prices, by the model's price index.`,
    yes: "yes",
    no: "NO",
    classTitle: "One price per class: what each facility's uniform prices recover against its own EMR cost (all pricing years)",
    classCol: "Class",
    ownCost: "Own EMR cost",
    balance: "Over (+) / under (−)",
    outcome: "Outcome",
    gains: "Gain",
    loses: "Lose",
    even: "even",
    classNote: "A class's over- and under-recoveries add up to its rounding difference less what caps leave unrecovered.",
    classSummaryTitle: "One price per class: over (+) or under (−) recovery of each class, and the facilities that gain and lose",
    amounts: (c: string) => `amounts in whole ${c}, exact`,
    whoGains: (cls: string, gains: string, loses: string) => `${cls}: gain ${gains}, lose ${loses}`,
    more: (n: number) =>
      `${n} more tables (costs by category, facility kind, ownership, funding and facility; allocation; recovery by ` +
      `facility; savings): costplan run --detail, or --xlsx FILE.xlsx, or --out DIR.`,
  },
  vi: {
    title: "costplan: chi phí chương trình",
    model: "Mô hình",
    scenario: "Kịch bản",
    years: "Giai đoạn",
    summary: "Tổng quan",
    figure: "Chỉ tiêu",
    value: "Giá trị",
    basis: "Căn cứ",
    source: "nguồn",
    assumption: "giả định *",
    totalCost: "Tổng chi phí đã chi (tiền mặt, giá hiện hành)",
    public: "  trong đó cơ sở công lập",
    private: "  trong đó cơ sở tư nhân",
    accrual: "Chi phí ghi nhận trong kỳ (khấu hao + thường xuyên + một lần)",
    pv: "Giá trị hiện tại theo tỷ lệ chiết khấu",
    eac: "Chi phí tương đương hằng năm của tài sản",
    book: "Giá trị còn lại cuối kỳ",
    savings: "Khoản tiết kiệm (báo cáo riêng, không trừ)",
    units: "Số đơn vị triển khai BAĐT",
    target: "Mục tiêu",
    attainment: "Tỷ lệ hoàn thành",
    reconciliation: "Đối chiếu với nguồn",
    reported: "Theo nguồn",
    computed: "Tính được",
    match: "Khớp",
    byYear: "Ngân sách theo năm",
    year: "Năm",
    cashNominal: "Chi, giá hiện hành",
    cashConstant: "Chi, giá so sánh",
    accrualNominal: "Ghi nhận, giá hiện hành",
    accrualConstant: "Ghi nhận, giá so sánh",
    savingsCol: "Tiết kiệm",
    total: "Tổng",
    byCategory: "Chi theo nhóm chi phí",
    byKind: "Chi theo loại cơ sở",
    byOwnership: "Chi theo loại hình sở hữu",
    byFunding: "Chi theo nguồn vốn",
    byFacility: "Theo cơ sở",
    facility: "Cơ sở",
    cash: "Chi",
    accrualCol: "Ghi nhận",
    savingsTitle: "Tiết kiệm theo loại",
    priceTitle: (y: number) => `Cơ cấu giá năm ${y}: cấu phần BAĐT trong giá từng dịch vụ, theo hạng bệnh viện (bảng giá)`,
    list: "Hạng / bảng giá",
    service: "Dịch vụ",
    facilitiesCol: "Số cơ sở",
    volume: "Số lượt",
    currentPrice: "Giá hiện hành",
    emrComponent: "Cấu phần BAĐT",
    proposedPrice: "Giá đề xuất",
    increasePct: "Tăng",
    fund: "Quỹ BHYT",
    patients: "Người bệnh",
    priceNote:
      "Cấu phần BAĐT và giá đề xuất: bình quân theo số lượt của các cơ sở dùng bảng giá, kèm khoảng khi các cơ sở " +
      "khác nhau; cột quỹ BHYT và người bệnh: chi phí tăng thêm trong năm. ^ = bị giới hạn ở giá tối đa tại một số " +
      "cơ sở.",
    priceTop: (shown: number, total: number) =>
      `${shown} trong ${total} dòng có chi phí tăng giá lớn nhất đối với quỹ BHYT và người bệnh, theo thứ tự của bảng; ` +
      `mọi dòng: --detail, --xlsx hoặc --out.`,
    payersTitle: "Chi phí tăng giá đối với quỹ BHYT và người bệnh, theo năm",
    recoverable: "Chi phí BAĐT cần thu hồi",
    recovered: "Thu hồi qua giá",
    rounding: "Chênh lệch làm tròn",
    unrecovered: "Không thu hồi (giá trần)",
    recoveryTitle: (y: number) => `Thu hồi theo cơ sở (năm ${y} và cả giai đoạn tính giá)`,
    breakEven: "Năm hòa vốn",
    never: "chưa hòa vốn",
    outlay: "Chi của đơn vị (cả giai đoạn)",
    recoveredAll: "Thu hồi (cả giai đoạn)",
    allocationTitle: (id: string, method: string, order: string) =>
      `Chi phí BAĐT (ghi nhận) phân bổ đến từng khoa trực tiếp của ${id}, phương pháp ${method} (${order})`,
    centreTotal: "Tổng các khoa trực tiếp",
    note: (n: number) => `* dựa trên giả định: số liệu không có trong nguồn (mô hình có ${n} giả định, mỗi giả định kèm lý do; xem --json "assumptions").`,
    constantNote: (y: number) => `Giá so sánh theo giá năm ${y}, dùng chỉ số giá của mô hình.`,
    yes: "có",
    no: "KHÔNG",
    classTitle: "Một giá cho mỗi hạng: giá thống nhất thu hồi được bao nhiêu so với chi phí BAĐT của chính từng cơ sở (cả giai đoạn tính giá)",
    classCol: "Hạng",
    ownCost: "Chi phí BAĐT của cơ sở",
    balance: "Thu thừa (+) / thiếu (−)",
    outcome: "Kết quả",
    gains: "Được lợi",
    loses: "Chịu thiệt",
    even: "hòa",
    classNote: "Tổng thu thừa và thu thiếu của một hạng bằng chênh lệch làm tròn của hạng trừ phần không thu hồi do giá trần.",
    classSummaryTitle: "Một giá cho mỗi hạng: thu thừa (+) hoặc thiếu (−) của từng hạng, và các cơ sở được lợi, chịu thiệt",
    amounts: (c: string) => `số tiền tính bằng ${c}, chính xác`,
    whoGains: (cls: string, gains: string, loses: string) => `${cls}: được lợi ${gains}, chịu thiệt ${loses}`,
    more: (n: number) =>
      `Còn ${n} bảng (chi phí theo nhóm, loại cơ sở, sở hữu, nguồn vốn và cơ sở; phân bổ; thu hồi theo cơ sở; tiết ` +
      `kiệm): costplan run --detail, hoặc --xlsx TỆP.xlsx, hoặc --out THƯ_MỤC.`,
  },
} as const;

/** Options of the report. */
export interface ReportOptions {
  readonly modelName: string;
  readonly scenario: string | undefined;
  /** How tables are written (default: boxes for a terminal). */
  readonly format?: TableFormat;
  /** The width a terminal table must fit (default 100). */
  readonly width?: number;
  /** Every table, not only the summary and the headline tables. */
  readonly detail?: boolean;
}

/**
 * The human report of a run: the summary and the headline tables (check against the source,
 * budget by year, prices, payers) first, the breakdowns behind `detail`. Every table writes its
 * amounts one way, in whole units of the currency (exact), and fits the width.
 */
export function renderRun(model: Model, result: RunResult, lang: Language, options: ReportOptions): string {
  const t = T[lang];
  const format = options.format ?? "table";
  const width = options.width ?? 100;
  const machine = format === "csv";
  const money = (a: number): string => (machine ? String(a) : formatNumber(a, lang));
  const star = (s: Series | undefined): string => (s?.assumption === true ? " *" : "");
  const s = result.summary;
  const basis = (key: string): string => (s.provenance[key] === "source" ? t.source : t.assumption);
  const headline: TitledTable[] = [];
  const detail: TitledTable[] = [];

  const summaryRows: string[][] = [
    [t.totalCost, money(s.totalCost), basis("totalCost")],
    [t.public, money(s.byOwnership.public), basis("byOwnership.public")],
    [t.private, money(s.byOwnership.private), basis("byOwnership.private")],
    [t.accrual, money(s.accrualTotal), basis("accrualTotal")],
    [t.pv, money(s.presentValue), basis("presentValue")],
    [t.eac, money(s.equivalentAnnualCost), basis("equivalentAnnualCost")],
    [t.book, money(s.bookValueAtEnd), basis("bookValueAtEnd")],
    [t.savings, money(s.savingsTotal), basis("savingsTotal")],
    [t.units, String(s.units), basis("units")],
  ];
  if (s.target !== undefined && s.attainment !== undefined) {
    summaryRows.push([t.target, String(s.target), basis("target")]);
    summaryRows.push([t.attainment, `${percent(s.attainment, lang)} (${String(s.units)}/${String(s.target)})`, basis("attainment")]);
  }
  headline.push({ title: `${t.summary} (${t.amounts(result.currency)})`, head: [t.figure, t.value, t.basis], rows: summaryRows });

  if (result.reconciliation.length > 0) {
    const rows = result.reconciliation.map((r) => [
      r.figure,
      r.figure === "summary.units" ? String(r.reported) : money(r.reported),
      r.figure === "summary.units" ? String(r.computed) : money(r.computed),
      r.matches ? t.yes : t.no,
    ]);
    headline.push({ title: t.reconciliation, head: [t.figure, t.reported, t.computed, t.match], rows });
  }

  const { cash, accrual } = result.budget;
  const yearRows = result.years.map((y) => {
    const k = String(y);
    const row = [k, money(cash.nominal.total.byYear[k]!)];
    if (cash.constant !== undefined) row.push(money(cash.constant.total.byYear[k]!));
    row.push(money(accrual.nominal.total.byYear[k]!));
    if (accrual.constant !== undefined) row.push(money(accrual.constant.total.byYear[k]!));
    row.push(money(result.savings.total.byYear[k] ?? 0));
    return row;
  });
  const totals = [t.total, money(cash.nominal.total.total)];
  if (cash.constant !== undefined) totals.push(money(cash.constant.total.total));
  totals.push(money(accrual.nominal.total.total));
  if (accrual.constant !== undefined) totals.push(money(accrual.constant.total.total));
  totals.push(money(result.savings.total.total));
  const head = [t.year, t.cashNominal + star(cash.nominal.total)];
  if (cash.constant !== undefined) head.push(t.cashConstant + star(cash.constant.total));
  head.push(t.accrualNominal + star(accrual.nominal.total));
  if (accrual.constant !== undefined) head.push(t.accrualConstant + star(accrual.constant.total));
  head.push(t.savingsCol + star(result.savings.total));
  headline.push({
    title: t.byYear,
    head,
    rows: [...yearRows, totals],
    ...(cash.constant === undefined ? {} : { note: t.constantNote(result.programme.baseYear) }),
  });

  const label =
    <K extends string>(labels: Readonly<Record<K, Readonly<Record<Language, string>>>>) =>
    (key: string): string =>
      (labels as Readonly<Record<string, Readonly<Record<Language, string>>>>)[key]?.[lang] ?? key;
  const byYear = (title: string, group: Breakdown["byCategory"], name: (key: string) => string): TitledTable => ({
    title,
    head: ["", ...result.years.map(String), t.total],
    rows: Object.entries(group).map(([key, series]) => [
      name(key) + (series.assumption ? " *" : ""),
      ...result.years.map((y) => money(series.byYear[String(y)]!)),
      money(series.total),
    ]),
  });
  detail.push(byYear(t.byCategory, cash.nominal.byCategory, label(CATEGORY_LABELS)));
  detail.push(byYear(t.byKind, cash.nominal.byKind, label(FACILITY_KIND_LABELS)));
  detail.push(byYear(t.byOwnership, cash.nominal.byOwnership, label(OWNERSHIP_LABELS)));
  const sourceNames = new Map(model.fundingSources.map((f) => [f.id, `${f.name} (${FUNDING_KIND_LABELS[f.kind][lang]})`]));
  detail.push(byYear(t.byFunding, cash.nominal.byFundingSource, (id) => sourceNames.get(id) ?? id));

  const names = new Map<string, string>([
    ...model.facilities.map((f) => [f.id, `${f.id} ${f.name}`] as const),
    ...model.pools.map((p) => [p.id, `${p.id} ${p.name}`] as const),
  ]);
  const facilityRows = Object.entries(cash.nominal.byFacility).map(([id, series]) => [
    (names.get(id) ?? id) + star(series),
    money(series.total),
    money(accrual.nominal.byFacility[id]?.total ?? 0),
    money(result.savings.byFacility[id]?.total ?? 0),
  ]);
  detail.push({ title: t.byFacility, head: [t.facility, t.cash, t.accrualCol, t.savingsCol], rows: facilityRows });

  for (const a of result.allocation) {
    const centreNames = new Map(a.centres.map((c) => [c.id, `${c.id} ${c.name}`]));
    const rows = Object.entries(a.emrByCentre).map(([id, series]) => [
      (centreNames.get(id) ?? id) + (a.assumption ? " *" : ""),
      ...result.years.map((y) => money(series.byYear[String(y)]!)),
      money(series.total),
    ]);
    const yearTotals = result.years.map((y) => Object.values(a.emrByCentre).reduce((sum, x) => sum + x.byYear[String(y)]!, 0));
    rows.push([t.centreTotal, ...yearTotals.map(money), money(yearTotals.reduce((x, y) => x + y, 0))]);
    const order =
      a.method === "step-down"
        ? a.order.join(" → ")
        : a.centres
            .filter((c) => c.kind === "support")
            .map((c) => c.id)
            .join(", ");
    detail.push({ title: t.allocationTitle(a.facility, a.method, order), head: ["", ...result.years.map(String), t.total], rows });
  }

  if (result.priceTable.length > 0) pricingTables(result, lang, money, headline, detail, options.detail === true);

  if (Object.keys(result.savings.byKind).length > 0) detail.push(byYear(t.savingsTitle, result.savings.byKind, label(SAVING_KIND_LABELS)));

  const tables = options.detail === true ? [...headline, ...detail] : headline;
  const parts: string[] = [];
  if (format !== "csv") {
    const intro = [
      `${t.title}: ${result.programme.name}`,
      `${t.model}: ` +
        `${options.modelName}${options.scenario === undefined ? "" : `   ${t.scenario}: ${options.scenario}`}   ` +
        `${t.years}: ${String(result.years[0])}-${String(result.years[result.years.length - 1])}`,
    ];
    parts.push(format === "markdown" ? `## ${intro[0]!}\n\n${intro[1]!}` : intro.flatMap((l) => wrap(l, width)).join("\n"));
  }
  for (const table of tables) parts.push(writeTable(table, format, width));
  if (format !== "csv") {
    parts.push(wrap(t.note(result.assumptions.length), width).join("\n"));
    if (options.detail !== true) parts.push(wrap(t.more(detail.length), width).join("\n"));
  }
  return parts.join("\n\n");
}

/**
 * At most this many rows of the price structure among the headline tables: a province's list
 * has thousands (60,000 lines, 23 s to lay out), which no one reads on a terminal.
 */
export const HEADLINE_PRICE_ROWS = 40;

function pricingTables(
  result: RunResult,
  lang: Language,
  money: (a: number) => string,
  headline: TitledTable[],
  detail: TitledTable[],
  everyRow: boolean,
): void {
  const t = T[lang];
  const year = result.pricing.priceYear;
  const range = (r: { mean: number | string; min: number | string; max: number | string }, places: number): string => {
    const m = formatNumber(String(r.mean), lang, places);
    return String(r.min) === String(r.max)
      ? formatNumber(String(r.min), lang, places)
      : `${m} (${formatNumber(String(r.min), lang, places)}–${formatNumber(String(r.max), lang, places)})`;
  };
  const rows = result.priceTable.map((row) => [
    row.label + (row.assumption ? " *" : ""),
    `${row.code} ${row.name}`,
    String(row.facilities),
    formatNumber(row.volume, lang),
    range(row.currentPrice, 0),
    range(row.emrComponent, 0),
    range(row.proposedPrice, 0) + (row.capped ? " ^" : ""),
    `${formatNumber(row.increasePct, lang, 2)} %`,
    money(row.fund),
    money(row.patients),
  ]);
  const priceTable = (shown: readonly (readonly string[])[], note: string): TitledTable => ({
    title: t.priceTitle(year),
    head: [t.list, t.service, t.facilitiesCol, t.volume, t.currentPrice, t.emrComponent, t.proposedPrice, t.increasePct, t.fund, t.patients],
    rows: shown,
    textColumns: 2,
    note,
  });
  if (everyRow || rows.length <= HEADLINE_PRICE_ROWS) headline.push(priceTable(rows, t.priceNote));
  else {
    const top = costliestRows(result.priceTable, HEADLINE_PRICE_ROWS);
    headline.push(
      priceTable(
        top.map((i) => rows[i]!),
        `${t.priceNote} ${t.priceTop(top.length, rows.length)}`,
      ),
    );
    detail.push(priceTable(rows, t.priceNote));
  }

  const payerRows = Object.entries(result.payers.byYear).map(([y, p]) => [
    y,
    money(p.recoverable),
    money(p.recovered),
    money(p.fund),
    money(p.patients),
    money(p.roundingDifference),
    money(p.unrecoveredByCap),
  ]);
  headline.push({ title: t.payersTitle, head: [t.year, t.recoverable, t.recovered, t.fund, t.patients, t.rounding, t.unrecovered], rows: payerRows });

  const facilityRows = Object.entries(result.payers.byFacility).map(([id, f]) => {
    const y = f.byYear[String(year)]!;
    return [
      id,
      money(y.recoverable),
      money(y.recovered),
      money(y.fund),
      money(y.patients),
      money(f.totalOutlay),
      money(f.totalRecovered),
      f.breakEvenYear === null ? t.never : String(f.breakEvenYear),
    ];
  });
  detail.push({
    title: t.recoveryTitle(year),
    head: [t.facility, t.recoverable, t.recovered, t.fund, t.patients, t.outlay, t.recoveredAll, t.breakEven],
    rows: facilityRows,
  });
  if (result.classBasis !== undefined) {
    const outcome = { gains: t.gains.toLowerCase(), loses: t.loses.toLowerCase(), even: t.even } as const;
    const classRows = result.classBasis.classes.map((c) => [
      c.label,
      String(c.facilities.length),
      money(c.total.balance),
      String(c.gainers.length),
      String(c.losers.length),
    ]);
    // The names go under the table, where they wrap: a column of names would be as wide as the longest list.
    const who = result.classBasis.classes
      .filter((c) => c.gainers.length + c.losers.length > 0)
      .map((c) => t.whoGains(c.label, c.gainers.join(" ") || "-", c.losers.join(" ") || "-"));
    headline.push({
      title: t.classSummaryTitle,
      head: [t.classCol, t.facilitiesCol, t.balance, t.gains, t.loses],
      rows: classRows,
      note: `${t.classNote} ${who.join("; ")}.`,
    });
    const perFacility = result.classBasis.facilities.map((f) => [
      f.class ?? "",
      f.facility,
      money(f.total.ownCost),
      money(f.total.recovered),
      money(f.total.balance),
      outcome[f.outcome],
    ]);
    detail.push({
      title: t.classTitle,
      head: [t.classCol, t.facility, t.ownCost, t.recoveredAll, t.balance, t.outcome],
      rows: perFacility,
      textColumns: 2,
      note: t.classNote,
    });
  }
}

function percent(ratio: number, lang: Language): string {
  const text = (Math.round(ratio * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text} %`;
}

/** The indexes of the `n` rows whose increases cost the fund and patients most (ties: the earlier row), in the table's order. */
export function costliestRows(rows: readonly { readonly fund: number; readonly patients: number }[], n: number): number[] {
  const order = rows.map((_, i) => i).sort((a, b) => rows[b]!.fund + rows[b]!.patients - (rows[a]!.fund + rows[a]!.patients) || a - b);
  return order.slice(0, n).sort((a, b) => a - b);
}
