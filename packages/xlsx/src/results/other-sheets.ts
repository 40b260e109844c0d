import type ExcelJS from "exceljs";
import { textIn, type Language, type RunResult } from "@costplan/core";
import type { InputCells } from "../layout.js";
import { sheetPrefix } from "../charts/xml.js";
import type { BudgetCells } from "./budget-sheet.js";
import { compactMoney } from "./compact-money.js";
import { resultSheetName, type ResultSheet } from "./sheet-names.js";
import { AuditLog, computed, formula, header, MONEY, RATIO } from "./sheet-kit.js";

const SOURCE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
const ASSUMED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const VALUE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };

/** The cover: what the workbook is, how to read it, and the headline figures (live). */
export function addCoverSheet(
  ws: ExcelJS.Worksheet,
  result: RunResult,
  inputs: InputCells,
  budget: BudgetCells,
  lang: Language,
  inputSheets: readonly string[],
  prices?: ExcelJS.Worksheet,
): void {
  const vi = lang === "vi";
  const name = (sheet: ResultSheet): string => resultSheetName(sheet, lang);
  // The tabs as the workbook names them, so the cover never names a sheet the reader cannot find.
  const inputRange = `${inputSheets[0] ?? ""} ... ${inputSheets.at(-1) ?? ""}`;
  const resultList = (["depreciation", "flows", "budget", "allocation", "prices"] as const).map(name).join(", ");
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 22;
  ws.getColumn(4).width = 14;
  ws.getCell("A1").value = result.programme.name;
  ws.getCell("A1").font = { bold: true, size: 15 };
  const lines = vi
    ? [
        `Sổ tính costplan: mô hình và kết quả, ${result.years[0]}-${result.years.at(-1)}, đơn vị tiền ${result.currency}.`,
        `Các trang nhập liệu (${inputRange}) giữ mọi số liệu đầu vào; các trang kết quả (${resultList}) tính bằng công thức Excel tham chiếu đến chúng.`,
        `Ô có công thức tự tính lại khi bạn sửa đầu vào. Ô nền xám là giá trị do costplan tính (Excel không có hàm ` +
          `tương ứng); trang ${name("audit")} nêu lý do từng vùng.`,
      ]
    : [
        `costplan workbook: model and results, ${result.years[0]}-${result.years.at(-1)}, amounts in ${result.currency}.`,
        `Input sheets (${inputRange}) hold every input; result sheets (${resultList}) compute from them with Excel formulas.`,
        `Formula cells recalculate when you change an input. Grey cells are values costplan computed where Excel has ` +
          `no native function; the ${name("audit")} sheet says why for each range.`,
      ];
  lines.forEach((text, i) => {
    ws.mergeCells(3 + i, 1, 3 + i, 4);
    const cell = ws.getCell(3 + i, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(3 + i).height = 32;
  });
  ws.getCell(7, 1).value = vi ? "Chú giải" : "Legend";
  ws.getCell(7, 1).font = { bold: true };
  const legend: [string, ExcelJS.Fill][] = vi
    ? [
        ["Số liệu từ nguồn (bài báo về chương trình)", SOURCE_FILL],
        ["Giả định (không có trong nguồn, kèm lý do trong mô hình)", ASSUMED_FILL],
        ["Ô nhập liệu", INPUT_FILL],
        [`Giá trị do costplan tính (xem trang ${name("audit")})`, VALUE_FILL],
      ]
    : [
        ["Figure from the source (the report on the programme)", SOURCE_FILL],
        ["Assumption (not in the source; its reason is in the model)", ASSUMED_FILL],
        ["Input cell", INPUT_FILL],
        [`Value computed by costplan (see the ${name("audit")} sheet)`, VALUE_FILL],
      ];
  legend.forEach(([text, fill], i) => {
    ws.getCell(8 + i, 1).value = text;
    ws.getCell(8 + i, 1).fill = fill;
  });

  const s = result.summary;
  let row = 13;
  ws.getCell(row, 1).value = vi ? "Chỉ tiêu chính" : "Headline figures";
  ws.getCell(row, 1).font = { bold: true };
  ws.getCell(row, 3).value = vi ? "Căn cứ" : "Basis";
  const basis = (key: string): [string, ExcelJS.Fill] =>
    s.provenance[key] === "source" ? [vi ? "nguồn" : "source", SOURCE_FILL] : [vi ? "giả định" : "assumption", ASSUMED_FILL];
  const figures: [string, string, string, number, string][] = [
    [vi ? "Tổng chi phí đã chi" : "Total cost paid", budget.totalCash, "totalCost", s.totalCost, MONEY],
    [vi ? "  trong đó công lập" : "  of which public", budget.ownershipTotal["public"]!, "byOwnership.public", s.byOwnership.public, MONEY],
    [vi ? "  trong đó tư nhân" : "  of which private", budget.ownershipTotal["private"]!, "byOwnership.private", s.byOwnership.private, MONEY],
    [vi ? "Chi phí ghi nhận trong kỳ" : "Expensed in the years (accrual)", budget.totalAccrual, "accrualTotal", s.accrualTotal, MONEY],
    [vi ? "Giá trị hiện tại" : "Present value", budget.presentValue, "presentValue", s.presentValue, MONEY],
  ];
  // The price year's cost of the increases, live over the Prices sheet, so an edited cost, volume or life moves it.
  const priceYear = result.pricing.priceYear;
  const payer = result.payers.byYear[String(priceYear)];
  if (prices !== undefined && payer !== undefined) {
    const last = 2 + result.prices.length;
    const sum = (column: string): string => `SUM(${sheetPrefix(prices.name)}$${column}$3:$${column}$${last})`;
    figures.push([vi ? `Quỹ BHYT chi thêm năm ${priceYear}` : `Insurance fund's increase, ${priceYear}`, sum("R"), "fund", payer.fund, MONEY]);
    figures.push([vi ? `Người bệnh trả thêm năm ${priceYear}` : `Patients' increase, ${priceYear}`, sum("S"), "patients", payer.patients, MONEY]);
  }
  for (const [label, ref, key, value, format] of figures) {
    row += 1;
    ws.getCell(row, 1).value = label;
    formula(ws.getCell(row, 2), ref, value, format);
    const [text, fill] = basis(key);
    ws.getCell(row, 3).value = text;
    ws.getCell(row, 3).fill = fill;
    const compact = compactMoney(`B${row}`, value, result.currency, lang);
    formula(ws.getCell(row, 4), compact.expression, compact.result, compact.format);
  }
  row += 1;
  ws.getCell(row, 1).value = vi ? "Số đơn vị triển khai" : "Units on EMR";
  formula(ws.getCell(row, 2), `COUNTA(${inputs.columns["Facilities"]!["id"]!})`, s.units);
  ws.getCell(row, 3).value = basis("units")[0];
  ws.getCell(row, 3).fill = basis("units")[1];
  const unitsRow = row;
  if (s.target !== undefined && s.attainment !== undefined) {
    row += 1;
    ws.getCell(row, 1).value = vi ? "Mục tiêu" : "Target";
    formula(ws.getCell(row, 2), inputs.programme["target.units"]!, s.target);
    ws.getCell(row, 3).value = basis("target")[0];
    ws.getCell(row, 3).fill = basis("target")[1];
    row += 1;
    ws.getCell(row, 1).value = vi ? "Tỷ lệ hoàn thành" : "Attainment";
    formula(ws.getCell(row, 2), `B${unitsRow}/B${row - 1}`, s.attainment, RATIO);
    ws.getCell(row, 3).value = basis("attainment")[0];
    ws.getCell(row, 3).fill = basis("attainment")[1];
  }
}

/** How a facility's cost centres allocate, as the Allocation sheet names it: the words of the audit note beside it. */
const METHOD_NAMES: Readonly<Record<RunResult["allocation"][number]["method"], Readonly<Record<Language, string>>>> = {
  direct: { en: "direct", vi: "trực tiếp" },
  "step-down": { en: "step-down", vi: "bậc thang" },
  reciprocal: { en: "reciprocal", vi: "qua lại" },
};

/** Each facility's EMR cost allocated to its operating centres: values (reciprocal solves and controlled rounding). */
export function addAllocationSheet(wb: ExcelJS.Workbook, result: RunResult, lang: Language, audit: AuditLog): void {
  if (result.allocation.length === 0) return;
  const vi = lang === "vi";
  const ws = wb.addWorksheet(resultSheetName("allocation", lang));
  header(
    ws,
    vi ? "Chi phí BAĐT phân bổ đến các khoa trực tiếp (đồng)" : "EMR cost allocated to operating centres (đồng)",
    [vi ? "Cơ sở" : "Facility", vi ? "Phương pháp" : "Method", vi ? "Khoa" : "Centre", ...result.years.map(String), vi ? "Tổng" : "Total"],
    [10, 12, 28, ...result.years.map(() => 16), 18],
  );
  let row = 3;
  for (const a of result.allocation) {
    const names = new Map(a.centres.map((c) => [c.id, c.name]));
    for (const [centre, series] of Object.entries(a.emrByCentre)) {
      ws.getCell(row, 1).value = a.facility;
      ws.getCell(row, 2).value = METHOD_NAMES[a.method][lang];
      ws.getCell(row, 3).value = `${centre} ${names.get(centre) ?? ""}`;
      result.years.forEach((y, i) => {
        computed(ws.getCell(row, 4 + i), series.byYear[String(y)] ?? 0, MONEY);
      });
      formula(
        ws.getCell(row, 4 + result.years.length),
        `SUM(D${row}:${ws.getCell(row, 3 + result.years.length).address.replace(/\d+$/, "")}${row})`,
        series.total,
        MONEY,
      );
      row += 1;
    }
  }
  audit.add(
    ws.name,
    `D3:${ws.getCell(row - 1, 3 + result.years.length).address}`,
    "allocation through cost centres (direct, step-down or reciprocal) posted to whole đồng by controlled " +
      "rounding: costplan solves it (`costplan allocate` explains any centre)",
    "phân bổ qua các trung tâm chi phí (trực tiếp, bậc thang hoặc qua lại) làm tròn đến đồng bằng phương pháp làm " +
      "tròn có kiểm soát: costplan tính (`costplan allocate` giải trình từng trung tâm)",
  );
}

/** The audit sheet: every range holding values rather than formulas and why; the assumptions; the check against the source. */
export function addAuditSheet(wb: ExcelJS.Workbook, result: RunResult, lang: Language, audit: AuditLog): void {
  const vi = lang === "vi";
  const ws = wb.addWorksheet(resultSheetName("audit", lang));
  header(
    ws,
    vi ? "Giải trình: giá trị không phải công thức, giả định, đối chiếu nguồn" : "Audit: values that are not formulas, assumptions, check against the source",
    [vi ? "Trang" : "Sheet", vi ? "Vùng" : "Range", vi ? "Lý do" : "Why"],
    [16, 22, 120],
  );
  let row = 3;
  for (const e of audit.entries) {
    ws.getCell(row, 1).value = e.sheet;
    ws.getCell(row, 2).value = e.range;
    ws.getCell(row, 3).value = e.reason[lang];
    row += 1;
  }
  row += 1;
  ws.getCell(row, 1).value = vi ? "Giả định của mô hình" : "Assumptions of the model";
  ws.getCell(row, 1).font = { bold: true };
  for (const a of result.assumptions) {
    row += 1;
    ws.getCell(row, 1).value = a.label;
    ws.getCell(row, 2).value = a.path;
    ws.getCell(row, 3).value = textIn(a.reason, lang);
  }
  row += 2;
  ws.getCell(row, 1).value = vi ? "Đối chiếu với nguồn" : "Check against the source";
  ws.getCell(row, 1).font = { bold: true };
  for (const r of result.reconciliation) {
    row += 1;
    ws.getCell(row, 1).value = r.figure;
    computed(ws.getCell(row, 2), r.computed, MONEY);
    ws.getCell(row, 3).value =
      `${vi ? "theo nguồn" : "reported"} ${r.reported}; ` +
      `${r.matches ? (vi ? "khớp" : "matches") : vi ? "KHÔNG khớp" : "does NOT match"}${r.source === undefined ? "" : ` (${textIn(r.source, lang)})`}`;
  }
}
