import type ExcelJS from "exceljs";
import type { Language, Model, RunResult } from "@costplan/core";
import type { InputCells } from "../layout.js";
import { rangeRef } from "../charts/xml.js";
import { shownNumber } from "./cell-values.js";
import type { FlowCells } from "./flows-sheet.js";
import { resultSheetName } from "./sheet-names.js";
import { AuditLog, computed, excelRound, formula, header, MONEY, RATIO } from "./sheet-kit.js";

/** The live EMR cost each facility recovers in the price year, by facility id (absolute references). */
export interface PriceBasisCells {
  /** The sheet's name as its tab shows it. */
  readonly sheet: string;
  /** The cell's absolute reference and the value cached in it. */
  readonly recoverable: ReadonlyMap<string, { readonly ref: string; readonly value: number }>;
}

const T = {
  en: {
    title: (y: number, flows: string) => `EMR cost each facility recovers through prices in ${y}: live over the ${flows} sheet (đồng)`,
    heads: [
      "Item",
      "Facility",
      "Share recovered through prices",
      "Accrual of the price year",
      "Recovered through prices",
      "",
      "Facility",
      "EMR cost to recover (live)",
      "costplan's exact figure",
    ],
  },
  vi: {
    title: (y: number, flows: string) => `Chi phí BAĐT mỗi cơ sở thu hồi qua giá năm ${y}: công thức theo trang ${flows} (đồng)`,
    heads: [
      "Khoản",
      "Cơ sở",
      "Tỷ lệ thu hồi qua giá",
      "Chi phí ghi nhận năm tính giá",
      "Thu hồi qua giá",
      "",
      "Cơ sở",
      "Chi phí BAĐT cần thu hồi (công thức)",
      "Số chính xác của costplan",
    ],
  },
} as const;

/**
 * The first link of the Prices sheet's live chain: each cost item's accrual of the price
 * year (from the Flows sheet, so a changed cost or useful life moves it) times the share of
 * it recovered through prices (the part not paid by the state budget when state-funded cost
 * is excluded, Circular 21/2024/TT-BYT), summed per facility and phased in. costplan splits
 * an item among funding sources over the whole recovery before spreading it over the
 * years, by largest remainder, so its figure can differ from this by a few đồng; the Prices
 * sheet's rounding correction carries that difference.
 *
 * The chain holds when prices recover accounting depreciation over each asset's life and
 * savings are not offset, and the price year is a programme year (so the Flows sheet has its
 * accrual); otherwise there is no such sheet and the Prices sheet keeps costplan's values.
 *
 * @returns where each facility's live figure is, or undefined when the chain does not hold
 */
export function addPriceBasisSheet(
  wb: ExcelJS.Workbook,
  model: Model,
  result: RunResult,
  inputs: InputCells,
  flows: FlowCells,
  lang: Language,
  audit: AuditLog,
): PriceBasisCells | undefined {
  const options = model.pricing;
  const year = result.pricing.priceYear;
  const accrualColumn = flows.accrualColumn.get(year);
  if (
    result.prices.length === 0 ||
    options.costBasis !== "depreciation" ||
    options.recoveryYears !== undefined ||
    options.offsetSavings ||
    accrualColumn === undefined
  )
    return undefined;
  const t = T[lang];
  const ws = wb.addWorksheet(resultSheetName("priceBasis", lang));
  header(ws, t.title(year, flows.sheet), t.heads, [16, 10, 14, 18, 18, 3, 10, 22, 22]);
  const flowSheet = wb.getWorksheet(flows.sheet)!;
  const kinds = new Map(model.fundingSources.map((s) => [s.id, s.kind]));
  const recovered = new Map<string, number>();
  model.costItems.forEach((item, k) => {
    const row = 3 + k;
    const flowRow = flows.firstRow + k;
    const shares = typeof item.funding === "string" ? [{ source: item.funding, share: 1 }] : item.funding;
    const keep = shares.reduce((a, s) => a + (options.excludeStateBudget && kinds.get(s.source) === "state-budget" ? 0 : s.share), 0);
    const accrual = shownNumber(flowSheet, flowRow, accrualColumn);
    ws.getCell(row, 1).value = item.id;
    ws.getCell(row, 2).value = item.facility;
    computed(ws.getCell(row, 3), keep, RATIO);
    formula(ws.getCell(row, 4), rangeRef(flowSheet.name, flowRow, accrualColumn), accrual, MONEY);
    formula(ws.getCell(row, 5), `D${row}*C${row}`, accrual * keep, MONEY);
    recovered.set(item.facility, (recovered.get(item.facility) ?? 0) + accrual * keep);
  });
  const lastItem = 2 + model.costItems.length;
  audit.add(
    ws.name,
    `C3:C${lastItem}`,
    "share of each item recovered through prices: its funding shares less the state budget's when state-funded cost is excluded (Circular 21/2024/TT-BYT)",
    "tỷ lệ thu hồi qua giá của từng khoản: các phần nguồn vốn trừ phần ngân sách nhà nước khi loại chi phí do ngân sách chi (Thông tư 21/2024/TT-BYT)",
  );

  const phase = inputs.pricing["phaseIn"];
  const phased = phase === undefined ? "1" : `IF(${phase}="",1,${phase})`;
  const cells = new Map<string, { ref: string; value: number }>();
  Object.keys(result.payers.byFacility).forEach((facility, k) => {
    const row = 3 + k;
    ws.getCell(row, 7).value = facility;
    const live = excelRound((recovered.get(facility) ?? 0) * options.phaseIn);
    formula(ws.getCell(row, 8), `ROUND(SUMIFS($E$3:$E$${lastItem},$B$3:$B$${lastItem},G${row})*${phased},0)`, live, MONEY);
    computed(ws.getCell(row, 9), result.payers.byFacility[facility]!.byYear[String(year)]?.recoverable ?? 0, MONEY);
    cells.set(facility, { ref: rangeRef(ws.name, row, 8), value: live });
  });
  audit.add(
    ws.name,
    `I3:I${2 + cells.size}`,
    `costplan's exact figure: each item split among its funding sources over its whole recovery, then over the ` +
      `years, by largest remainder; the ${resultSheetName("prices", "en")} sheet's rounding correction carries the ` +
      `difference`,
    `số chính xác của costplan: mỗi khoản chia cho các nguồn vốn trên cả thời gian thu hồi rồi chia theo năm bằng ` +
      `phương pháp số dư lớn nhất; cột điều chỉnh làm tròn trên trang ${resultSheetName("prices", "vi")} ghi phần ` +
      `chênh lệch`,
  );
  return { sheet: ws.name, recoverable: cells };
}
