import type ExcelJS from "exceljs";
import {
  CATEGORY_LABELS,
  FACILITY_KIND_LABELS,
  OWNERSHIP_LABELS,
  type FacilityKind,
  type Language,
  type Model,
  type Ownership,
  type RunResult,
} from "@costplan/core";
import { choiceLabel } from "../labels/match.js";
import type { InputCells } from "../layout.js";
import type { DepreciationCells } from "./depreciation-sheet.js";
import { resultSheetName } from "./sheet-names.js";
import { AuditLog, computed, excelRound, formula, header, MONEY } from "./sheet-kit.js";

/** Where the Flows sheet put things, for the Budget sheet's formulas. */
export interface FlowCells {
  /** The sheet's name as its tab shows it. */
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Column of each programme year's cash and accrual amounts. */
  readonly cashColumn: ReadonlyMap<number, number>;
  readonly accrualColumn: ReadonlyMap<number, number>;
  /** Columns holding the grouping keys: facility ids, and the labels of kinds, ownership and categories in the workbook's language. */
  readonly keyColumn: { readonly facility: number; readonly kind: number; readonly ownership: number; readonly category: number };
}

const T = {
  en: {
    title: "Cash and accrual amounts of every cost item by year (đồng)",
    item: "Item",
    facility: "Facility",
    kind: "Facility kind",
    ownership: "Ownership",
    category: "Category",
    nature: "Nature",
    cash: "Cash",
    accrual: "Accrual",
  },
  vi: {
    title: "Số chi và chi phí ghi nhận của từng khoản theo năm (đồng)",
    item: "Khoản",
    facility: "Cơ sở",
    kind: "Loại cơ sở",
    ownership: "Sở hữu",
    category: "Nhóm chi phí",
    nature: "Tính chất",
    cash: "Chi",
    accrual: "Ghi nhận",
  },
} as const;

/**
 * One row per cost item, its cash and accrual amount in every programme year, as live
 * formulas over the input cells: capital is paid in its paid (or in-service) year and
 * expensed by the Depreciation sheet; recurring amounts grow by their rate, or follow the
 * price index, rounded to the đồng (Excel's ROUND, half away from zero, as costplan posts
 * them); one-off amounts fall in their year. Where binary floating point would round an
 * escalated amount to another đồng than costplan's exact decimals, the cell holds the
 * exact value and the audit sheet says so.
 */
export function addFlowsSheet(
  wb: ExcelJS.Workbook,
  model: Model,
  result: RunResult,
  inputs: InputCells,
  depreciation: DepreciationCells,
  lang: Language,
  audit: AuditLog,
): FlowCells {
  const t = T[lang];
  const ws = wb.addWorksheet(resultSheetName("flows", lang));
  const years = result.years;
  const firstCash = 7;
  const firstAccrual = firstCash + years.length;
  header(
    ws,
    t.title,
    [t.item, t.facility, t.kind, t.ownership, t.category, t.nature, ...years.map((y) => `${t.cash} ${y}`), ...years.map((y) => `${t.accrual} ${y}`)],
    [18, 10, 22, 10, 26, 10, ...years.map(() => 15), ...years.map(() => 15)],
  );
  const units = new Map<string, { kind: FacilityKind; ownership: Ownership }>([
    ...model.facilities.map((f) => [f.id, { kind: f.kind, ownership: f.ownership }] as const),
    ...model.pools.map((p) => [p.id, { kind: "provincial-pool", ownership: p.ownership }] as const),
  ]);
  const rows = new Map(result.items.map((i) => [i.id, i]));
  const index = model.programme.priceIndex ?? {};
  model.costItems.forEach((item, k) => {
    const row = 3 + k;
    const input = inputs.costItems.get(item.id)!;
    const unit = units.get(item.facility)!;
    const amounts = rows.get(item.id)!;
    // Words a finance officer reads, not the model's codes; the Budget sheet's SUMIFS match these same labels.
    const shown = [
      item.id,
      item.facility,
      FACILITY_KIND_LABELS[unit.kind][lang],
      OWNERSHIP_LABELS[unit.ownership][lang],
      CATEGORY_LABELS[item.category][lang],
      choiceLabel("nature", item.nature, lang),
    ];
    shown.forEach((v, c) => (ws.getCell(row, c + 1).value = v));
    years.forEach((y, i) => {
      const cashCell = ws.getCell(row, firstCash + i);
      const accrualCell = ws.getCell(row, firstAccrual + i);
      const cash = amounts.cash[String(y)]!;
      const accrual = amounts.accrual[String(y)]!;
      switch (item.nature) {
        case "capital": {
          const paid = `IF(${input["paidYear"]!}="",VALUE(LEFT(${input["inService"]!},4)),${input["paidYear"]!})`;
          formula(cashCell, `IF(${y}=${paid},${input["cost"]!},0)`, cash, MONEY);
          const dep = depreciation.get(item.id)?.get(y);
          if (dep !== undefined) formula(accrualCell, dep, accrual, MONEY);
          else computed(accrualCell, accrual, MONEY);
          break;
        }
        case "recurring": {
          const inYears = `AND(${y}>=${input["firstYear"]!},${y}<=${input["lastYear"]!})`;
          const active = y >= item.firstYear && y <= item.lastYear;
          let expression: string | undefined;
          let predicted: number;
          if (item.escalation === "index") {
            const now = inputs.priceIndex.get(y);
            const base = inputs.priceIndex.get(item.firstYear);
            expression = now === undefined || base === undefined ? undefined : `IF(${inYears},ROUND(${input["amountPerYear"]!}*${now}/${base},0),0)`;
            predicted = active ? excelRound((item.amountPerYear * (index[String(y)] ?? 1)) / (index[String(item.firstYear)] ?? 1)) : 0;
          } else {
            expression = `IF(${inYears},ROUND(${input["amountPerYear"]!}*(1+N(${input["escalation"]!}))^(${y}-${input["firstYear"]!}),0),0)`;
            predicted = active ? excelRound(item.amountPerYear * (1 + item.escalation) ** (y - item.firstYear)) : 0;
          }
          if (expression !== undefined && predicted === cash) formula(cashCell, expression, cash, MONEY);
          else {
            computed(cashCell, cash, MONEY);
            audit.add(
              ws.name,
              cashCell.address,
              `${item.id} ${y}: binary floating point would round the escalated amount to another đồng; the exact value is shown`,
              `${item.id} ${y}: số thực nhị phân sẽ làm tròn số tiền sang đồng khác; ghi giá trị chính xác`,
            );
          }
          formula(accrualCell, cashCell.address, accrual, MONEY);
          break;
        }
        case "one-off":
          formula(cashCell, `IF(${y}=${input["year"]!},${input["amount"]!},0)`, cash, MONEY);
          formula(accrualCell, cashCell.address, accrual, MONEY);
          break;
      }
    });
  });
  const lastRow = 2 + model.costItems.length;
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: lastRow, column: firstAccrual + years.length - 1 } };
  return {
    sheet: ws.name,
    firstRow: 3,
    lastRow,
    cashColumn: new Map(years.map((y, i) => [y, firstCash + i])),
    accrualColumn: new Map(years.map((y, i) => [y, firstAccrual + i])),
    keyColumn: { facility: 2, kind: 3, ownership: 4, category: 5 },
  };
}
