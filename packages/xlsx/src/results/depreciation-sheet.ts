import type ExcelJS from "exceljs";
import { DEPRECIATION_METHOD_LABELS, type Language, type Model, type RunResult } from "@costplan/core";
import type { InputCells } from "../layout.js";
import { sheetPrefix } from "../charts/xml.js";
import { resultSheetName } from "./sheet-names.js";
import { AuditLog, computed, excelRound, formula, header, MONEY, rel } from "./sheet-kit.js";

/** Where each capital item's depreciation for a year sits on the Depreciation sheet. */
export type DepreciationCells = ReadonlyMap<string, ReadonlyMap<number, string>>;

const T = {
  en: {
    title: "Depreciation and amortisation schedules (đồng)",
    item: "Item",
    facility: "Facility",
    method: "Method",
    cost: "Cost",
    salvage: "Salvage",
    life: "Life (years)",
    start: "First year",
    total: "Total",
    book: "Book value at end of programme",
    eac: "Equivalent annual cost",
  },
  vi: {
    title: "Lịch khấu hao, hao mòn (đồng)",
    item: "Khoản",
    facility: "Cơ sở",
    method: "Phương pháp",
    cost: "Nguyên giá",
    salvage: "Giá trị thu hồi",
    life: "Thời gian sử dụng (năm)",
    start: "Năm bắt đầu",
    total: "Tổng",
    book: "Giá trị còn lại cuối kỳ",
    eac: "Chi phí tương đương hằng năm",
  },
} as const;

/**
 * One row per capital item. Straight-line schedules without proration are live formulas
 * that reproduce costplan's posting exactly: every year takes the whole part of
 * (cost - salvage) / life, and the first MOD((cost - salvage), life) years one đồng more
 * (largest remainder with equal remainders goes to the earliest years). Other methods and
 * prorated schedules are values, listed on the audit sheet.
 */
export function addDepreciationSheet(
  wb: ExcelJS.Workbook,
  model: Model,
  result: RunResult,
  inputs: InputCells,
  lang: Language,
  audit: AuditLog,
): DepreciationCells {
  const t = T[lang];
  const ws = wb.addWorksheet(resultSheetName("depreciation", lang));
  const years = scheduleYears(result);
  const first = 9;
  header(
    ws,
    t.title,
    [t.item, t.facility, t.method, t.cost, t.salvage, t.life, t.start, t.eac, ...years.map(String), t.total, t.book],
    [18, 10, 16, 16, 14, 10, 10, 16, ...years.map(() => 14), 16, 16],
  );
  years.forEach((y, i) => (ws.getCell(2, first + i).value = y));
  const cells = new Map<string, Map<number, string>>();
  const items = new Map(model.costItems.map((c) => [c.id, c]));
  result.schedules.forEach((s, k) => {
    const row = 3 + k;
    const item = items.get(s.itemId)!;
    if (item.nature !== "capital") return;
    const input = inputs.costItems.get(s.itemId)!;
    ws.getCell(row, 1).value = s.itemId;
    ws.getCell(row, 2).value = s.facility;
    ws.getCell(row, 3).value = methodLabel(s.method, lang);
    formula(ws.getCell(row, 4), input["cost"]!, s.cost, MONEY);
    formula(ws.getCell(row, 5), `N(${input["salvage"]!})`, s.salvage, MONEY);
    formula(ws.getCell(row, 6), input["usefulLife"]!, s.usefulLife);
    formula(ws.getCell(row, 7), `VALUE(LEFT(${input["inService"]!},4))`, Number(s.inService.slice(0, 4)));
    // EAC = -PMT(r, n, C, -S): the level payment repaying cost less discounted salvage. Live
    // when binary floating point rounds it to the same đồng as costplan's exact decimals.
    const rate = result.programme.discountRate;
    const n = s.usefulLife;
    const floatEac = rate === 0 ? (s.cost - s.salvage) / n : ((s.cost - s.salvage / (1 + rate) ** n) * rate) / (1 - (1 + rate) ** -n);
    if (excelRound(floatEac) === s.equivalentAnnualCost)
      formula(
        ws.getCell(row, 8),
        `ROUND(-PMT(N(${inputs.programme["discountRate"]!}),${rel(row, 6)},${rel(row, 4)},-${rel(row, 5)}),0)`,
        s.equivalentAnnualCost,
        MONEY,
      );
    else {
      computed(ws.getCell(row, 8), s.equivalentAnnualCost, MONEY);
      audit.add(
        ws.name,
        rel(row, 8),
        `${s.itemId}: binary floating point would round this equivalent annual cost to another đồng; the exact value is shown`,
        `${s.itemId}: số thực nhị phân sẽ làm tròn chi phí này sang đồng khác; ghi giá trị chính xác`,
      );
    }
    const live = s.method === "straight-line" && !(item.prorateFirstYear ?? model.programme.prorateFirstYear);
    const rowCells = new Map<number, string>();
    years.forEach((y, i) => {
      const cell = ws.getCell(row, first + i);
      const amount = s.byYear[String(y)] ?? 0;
      const [C, S, L, Y0, Yh] = [rel(row, 4), rel(row, 5), rel(row, 6), rel(row, 7), rel(2, first + i)];
      if (live) formula(cell, `IF(AND(${Yh}>=${Y0},${Yh}<${Y0}+${L}),INT((${C}-${S})/${L})+IF(${Yh}-${Y0}+1<=MOD(${C}-${S},${L}),1,0),0)`, amount, MONEY);
      else computed(cell, amount, MONEY);
      rowCells.set(y, `${sheetPrefix(ws.name)}${cell.address}`);
    });
    if (!live) {
      audit.add(
        ws.name,
        `${rel(row, first)}:${rel(row, first + years.length - 1)}`,
        `${s.itemId}: ${methodLabel(s.method, "en")}${s.method === "straight-line" ? " prorated by months" : ""}; costplan posts the ` +
          `exact schedule to whole đồng by largest remainder, which Excel's functions cannot reproduce`,
        `${s.itemId}: ${methodLabel(s.method, "vi")}${s.method === "straight-line" ? " khấu hao năm đầu theo tháng" : ""}; costplan làm ` +
          `tròn lịch khấu hao chính xác đến đồng theo phương pháp số dư lớn nhất, hàm Excel không tái tạo được`,
      );
    }
    const totalCol = first + years.length;
    formula(ws.getCell(row, totalCol), `SUM(${rel(row, first)}:${rel(row, totalCol - 1)})`, s.cost - s.salvage, MONEY);
    const lastProgrammeCol = first + years.indexOf(result.programme.lastYear);
    formula(ws.getCell(row, totalCol + 1), `${rel(row, 4)}-SUM(${rel(row, first)}:${rel(row, lastProgrammeCol)})`, s.bookValueAtEnd, MONEY);
    cells.set(s.itemId, rowCells);
  });
  return cells;
}

/** Years any schedule touches, from the programme's first year. */
export function scheduleYears(result: RunResult): number[] {
  let last = result.programme.lastYear;
  for (const s of result.schedules) for (const y of Object.keys(s.byYear)) last = Math.max(last, Number(y));
  return Array.from({ length: last - result.programme.firstYear + 1 }, (_, i) => result.programme.firstYear + i);
}

/** A depreciation method as a person reads it ("Straight line", "Đường thẳng"); a method without a label as it is. */
function methodLabel(method: string, lang: Language): string {
  const labels: Readonly<Record<string, Readonly<Record<Language, string>>>> = DEPRECIATION_METHOD_LABELS;
  return Object.hasOwn(labels, method) ? labels[method]![lang] : method;
}
