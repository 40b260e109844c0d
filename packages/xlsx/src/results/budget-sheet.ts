import type ExcelJS from "exceljs";
import {
  CATEGORY_LABELS,
  FACILITY_KIND_LABELS,
  FUNDING_KIND_LABELS,
  OWNERSHIP_LABELS,
  type Language,
  type Model,
  type RunResult,
  type Series,
} from "@costplan/core";
import type { InputCells } from "../layout.js";
import type { FlowCells } from "./flows-sheet.js";
import { rangeRef } from "../charts/xml.js";
import { resultSheetName } from "./sheet-names.js";
import { AuditLog, col, computed, excelRound, formula, header, markAssumption, MONEY } from "./sheet-kit.js";

/** Cells other sheets refer to. */
export interface BudgetCells {
  readonly totalCash: string;
  readonly totalAccrual: string;
  readonly presentValue: string;
  readonly ownershipTotal: Readonly<Record<string, string>>;
  /** Where the cash-by-category and cash-by-facility-kind tables sit, for the charts drawn from them. */
  readonly byCategory: BudgetBlock;
  readonly byKind: BudgetBlock;
}

/** A breakdown table on the Budget sheet: its header row holds the years, each row a label in column A, the years from column B and a total after them. */
export interface BudgetBlock {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

const T = {
  en: {
    title: "Budget by year (đồng)",
    year: "Year",
    cash: "Cash, nominal",
    accrual: "Accrual, nominal",
    cashConstant: "Cash, constant prices",
    accrualConstant: "Accrual, constant prices",
    savings: "Savings (not netted)",
    total: "Total",
    pv: "Present value of cash at the discount rate",
    byCategory: "Cash by category",
    byKind: "Cash by facility kind",
    byOwnership: "Cash by ownership",
    byFunding: "Cash by funding source",
  },
  vi: {
    title: "Ngân sách theo năm (đồng)",
    year: "Năm",
    cash: "Chi, giá hiện hành",
    accrual: "Ghi nhận, giá hiện hành",
    cashConstant: "Chi, giá so sánh",
    accrualConstant: "Ghi nhận, giá so sánh",
    savings: "Tiết kiệm (không trừ)",
    total: "Tổng",
    pv: "Giá trị hiện tại của số chi theo tỷ lệ chiết khấu",
    byCategory: "Chi theo nhóm chi phí",
    byKind: "Chi theo loại cơ sở",
    byOwnership: "Chi theo sở hữu",
    byFunding: "Chi theo nguồn vốn",
  },
} as const;

/**
 * The budget by year, as formulas over the Flows sheet: totals are sums, breakdowns are
 * SUMIFS by category, facility kind and ownership, constant prices deflate each year's
 * total by the price index and round it, present value is a SUMPRODUCT of discounted
 * years. Splits among funding sources are largest-remainder posts and are values.
 */
export function addBudgetSheet(
  wb: ExcelJS.Workbook,
  model: Model,
  result: RunResult,
  inputs: InputCells,
  flows: FlowCells,
  lang: Language,
  audit: AuditLog,
): BudgetCells {
  const t = T[lang];
  const ws = wb.addWorksheet(resultSheetName("budget", lang));
  const years = result.years;
  const { cash, accrual } = result.budget;
  header(ws, t.title, [t.year, t.cash, t.accrual, t.cashConstant, t.accrualConstant, t.savings], [14, 20, 20, 20, 20, 20]);
  const range = (column: number): string => rangeRef(flows.sheet, flows.firstRow, column, flows.lastRow, column);
  const baseYear = result.programme.baseYear;
  const indexCell = (y: number): string | undefined => inputs.priceIndex.get(y);
  const index = model.programme.priceIndex;
  years.forEach((y, i) => {
    const row = 3 + i;
    const k = String(y);
    ws.getCell(row, 1).value = y;
    formula(ws.getCell(row, 2), `SUM(${range(flows.cashColumn.get(y)!)})`, cash.nominal.total.byYear[k]!, MONEY);
    formula(ws.getCell(row, 3), `SUM(${range(flows.accrualColumn.get(y)!)})`, accrual.nominal.total.byYear[k]!, MONEY);
    for (const [column, view, source] of [
      [4, cash, 2],
      [5, accrual, 3],
    ] as const) {
      const cell = ws.getCell(row, column);
      const exact = view.constant?.total.byYear[k];
      if (exact === undefined || index === undefined) continue;
      const predicted = excelRound((view.nominal.total.byYear[k]! * index[String(baseYear)]!) / index[k]!);
      const now = indexCell(y);
      const base = indexCell(baseYear);
      if (predicted === exact && now !== undefined && base !== undefined) formula(cell, `ROUND(${col(source)}${row}*${base}/${now},0)`, exact, MONEY);
      else {
        computed(cell, exact, MONEY);
        audit.add(
          ws.name,
          cell.address,
          `${y}: binary floating point would round the constant-price total to another đồng; the exact value is shown`,
          `${y}: số thực nhị phân sẽ làm tròn sang đồng khác; ghi giá trị chính xác`,
        );
      }
    }
    computed(ws.getCell(row, 6), result.savings.total.byYear[k] ?? 0, MONEY);
  });
  audit.add(
    ws.name,
    `F3:F${2 + years.length}`,
    "savings are added up from the model's savings by costplan (a saving with no last year runs to the programme's end)",
    "khoản tiết kiệm do costplan cộng từ các khoản tiết kiệm của mô hình (không ghi năm cuối thì tính đến hết chương trình)",
  );
  const totalRow = 3 + years.length;
  ws.getCell(totalRow, 1).value = t.total;
  ws.getCell(totalRow, 1).font = { bold: true };
  const sums: [number, number | undefined][] = [
    [2, cash.nominal.total.total],
    [3, accrual.nominal.total.total],
    [4, cash.constant?.total.total],
    [5, accrual.constant?.total.total],
    [6, result.savings.total.total],
  ];
  for (const [column, value] of sums) {
    if (value !== undefined) formula(ws.getCell(totalRow, column), `SUM(${col(column)}3:${col(column)}${totalRow - 1})`, value, MONEY);
    ws.getCell(totalRow, column).font = { bold: true };
  }

  // Present value: Σ cash_y / (1 + rate)^(y - base), rounded to the đồng.
  const pvRow = totalRow + 2;
  ws.getCell(pvRow, 1).value = t.pv;
  const rate = result.programme.discountRate;
  const floatPv = excelRound(years.reduce((a, y) => a + cash.nominal.total.byYear[String(y)]! / (1 + rate) ** (y - baseYear), 0));
  const pvCell = ws.getCell(pvRow, 2);
  const baseRef = inputs.programme["baseYear"]!;
  if (floatPv === cash.presentValue.total) {
    formula(
      pvCell,
      `ROUND(SUMPRODUCT(B3:B${totalRow - 1}/(1+N(${inputs.programme["discountRate"]!}))^` +
        `(A3:A${totalRow - 1}-IF(${baseRef}="",${inputs.programme["firstYear"]!},${baseRef}))),0)`,
      cash.presentValue.total,
      MONEY,
    );
  } else {
    computed(pvCell, cash.presentValue.total, MONEY);
    audit.add(
      ws.name,
      pvCell.address,
      "binary floating point would round the present value to another đồng; the exact value is shown",
      "số thực nhị phân sẽ làm tròn giá trị hiện tại sang đồng khác; ghi giá trị chính xác",
    );
  }

  let row = pvRow + 2;
  const blocks: BudgetBlock[] = [];
  const block = (
    title: string,
    group: Readonly<Record<string, Series>>,
    label: (key: string) => string,
    keyColumn: number | undefined,
  ): Record<string, string> => {
    ws.getCell(row, 1).value = title;
    ws.getCell(row, 1).font = { bold: true };
    years.forEach((y, i) => (ws.getCell(row, 2 + i).value = y));
    ws.getCell(row, 2 + years.length).value = t.total;
    row += 1;
    // Keyed by facility and funding ids, which are data: no prototype to collide with.
    const totals = Object.create(null) as Record<string, string>;
    const firstRow = row;
    for (const [key, series] of Object.entries(group)) {
      ws.getCell(row, 1).value = label(key);
      if (series.assumption) markAssumption(ws.getCell(row, 1));
      years.forEach((y, i) => {
        const cell = ws.getCell(row, 2 + i);
        const amount = series.byYear[String(y)]!;
        if (keyColumn === undefined) computed(cell, amount, MONEY);
        else formula(cell, `SUMIFS(${range(flows.cashColumn.get(y)!)},${range(keyColumn)},${exactCriterion(label(key))})`, amount, MONEY);
      });
      formula(ws.getCell(row, 2 + years.length), `SUM(${col(2)}${row}:${col(1 + years.length)}${row})`, series.total, MONEY);
      totals[key] = rangeRef(ws.name, row, 2 + years.length);
      row += 1;
    }
    if (keyColumn === undefined)
      audit.add(
        ws.name,
        `B${firstRow}:${col(1 + years.length)}${row - 1}`,
        `${title}: each item is split among its funding sources by largest remainder, which Excel cannot reproduce`,
        `${title}: mỗi khoản được chia cho các nguồn vốn theo phương pháp số dư lớn nhất, Excel không tái tạo được`,
      );
    blocks.push({ sheet: ws.name, headerRow: firstRow - 1, firstRow, lastRow: row - 1 });
    row += 1;
    return totals;
  };
  const labelOf =
    (labels: Readonly<Record<string, Readonly<Record<Language, string>>>>) =>
    (key: string): string =>
      labels[key]?.[lang] ?? key;
  block(t.byCategory, cash.nominal.byCategory, labelOf(CATEGORY_LABELS), flows.keyColumn.category);
  block(t.byKind, cash.nominal.byKind, labelOf(FACILITY_KIND_LABELS), flows.keyColumn.kind);
  const ownershipTotal = block(t.byOwnership, cash.nominal.byOwnership, labelOf(OWNERSHIP_LABELS), flows.keyColumn.ownership);
  const sources = new Map(model.fundingSources.map((s) => [s.id, `${s.name} (${FUNDING_KIND_LABELS[s.kind][lang]})`]));
  block(t.byFunding, cash.nominal.byFundingSource, (id) => sources.get(id) ?? id, undefined);

  return {
    totalCash: rangeRef(ws.name, totalRow, 2),
    totalAccrual: rangeRef(ws.name, totalRow, 3),
    presentValue: rangeRef(ws.name, pvRow, 2),
    ownershipTotal,
    byCategory: blocks[0]!,
    byKind: blocks[1]!,
  };
}

/**
 * A SUMIFS criterion that matches a text exactly: quotes doubled for the formula, and the
 * wildcards * and ? and their escape ~ escaped with ~, since a label could hold them.
 */
function exactCriterion(text: string): string {
  return `"${text.replace(/[*?~]/g, "~$&").replaceAll('"', '""')}"`;
}
