import type ExcelJS from "exceljs";
import type { Language, PriceEntry, RunResult } from "@costplan/core";
import type { PriceBasisCells } from "./price-basis-sheet.js";
import { AuditLog, col, computed, excelRound, formula, MONEY, rel } from "./sheet-kit.js";

// Columns of the Prices sheet this chain reads and writes (see prices-sheet.ts).
const FACILITY = 1;
const CENTRE = 6;
const VOLUME = 7;
const WEIGHT = 8;
const EMR_COST = 11;
/** The two columns this module adds after the sheet's last one. */
export const CENTRE_SHARE = 20;
export const CORRECTION = 21;

const T = {
  en: { share: "Centre's share of the facility's EMR cost", correction: "Rounding correction (đồng)" },
  vi: { share: "Tỷ lệ chi phí BAĐT của cơ sở đến khoa", correction: "Điều chỉnh làm tròn (đồng)" },
} as const;

/**
 * Makes the Prices sheet's EMR cost of the year a live formula, so a changed cost, useful
 * life, volume or weight moves the EMR component, the proposed price, the increase and its
 * split between fund and patients:
 *
 *   EMR cost = ROUND(facility's live recoverable cost x centre's share x volume x weight
 *                    / Σ volume x weight of the centre's services, 0) + rounding correction.
 *
 * The centre's share (what the allocation through cost centres brings to the service's
 * operating centre, a reciprocal or step-down solve) and the rounding correction (costplan's
 * largest-remainder posts to whole đồng, and the funding split the PriceBasis sheet cannot
 * reproduce) are values costplan computed, in columns of their own; the correction makes
 * the formula give costplan's exact figure for the model as written, and says how far the
 * live figure can be from costplan's after an edit.
 */
export function addLiveEmrCost(ws: ExcelJS.Worksheet, result: RunResult, basis: PriceBasisCells, lang: Language, audit: AuditLog): void {
  addLiveEmrHeader(ws, lang);
  const live = liveEmrRowWriter(result, basis);
  result.prices.forEach((e, i) => {
    live.write(ws, e, i);
  });
  addLiveEmrFooter(ws, result, basis, audit, live.largest());
}

/** The headings of the two columns the live chain adds. */
export function addLiveEmrHeader(ws: ExcelJS.Worksheet, lang: Language): void {
  const t = T[lang];
  for (const [column, text, width] of [
    [CENTRE_SHARE, t.share, 16],
    [CORRECTION, t.correction, 14],
  ] as const) {
    const cell = ws.getCell(2, column);
    cell.value = text;
    cell.style = { ...ws.getCell(2, EMR_COST).style };
    ws.getColumn(column).width = width;
  }
}

/** Writes one price entry's live EMR cost (row 3 + i), its centre's share and its rounding correction; `largest` is the largest correction so far. */
export function liveEmrRowWriter(
  result: RunResult,
  basis: PriceBasisCells,
): { readonly write: (ws: ExcelJS.Worksheet, e: PriceEntry, i: number) => void; readonly largest: () => number } {
  const year = String(result.pricing.priceYear);
  const last = 2 + result.prices.length;
  // What reaches each operating centre of each facility, Σ over its services of costplan's figure.
  const centreCost = new Map<string, number>();
  const key = (facility: string, centre: string): string => `${facility}\u0000${centre}`;
  const weightSum = new Map<string, number>();
  for (const e of result.prices) {
    const k = key(e.facility, e.centre ?? "");
    centreCost.set(k, (centreCost.get(k) ?? 0) + e.byYear[year]!.emrCost);
    weightSum.set(k, (weightSum.get(k) ?? 0) + e.volume * e.weight);
  }
  const range = (column: number): string => `$${col(column)}$3:$${col(column)}$${last}`;
  let largest = 0;
  const write = (ws: ExcelJS.Worksheet, e: PriceEntry, i: number): void => {
    const row = 3 + i;
    const k = key(e.facility, e.centre ?? "");
    const recoverable = result.payers.byFacility[e.facility]?.byYear[year]?.recoverable ?? 0;
    const live = basis.recoverable.get(e.facility)!;
    const share = recoverable > 0 ? centreCost.get(k)! / recoverable : 0;
    const W = weightSum.get(k)!;
    // The same operations in the same order as the formula below, on binary floats, as the spreadsheet computes them.
    const predicted = W > 0 ? excelRound((live.value * share * e.volume * e.weight) / W) : 0;
    const exact = e.byYear[year]!.emrCost;
    computed(ws.getCell(row, CENTRE_SHARE), share, "0.000000%");
    computed(ws.getCell(row, CORRECTION), exact - predicted, MONEY);
    largest = Math.max(largest, Math.abs(exact - predicted));
    const weights = `SUMPRODUCT((${range(FACILITY)}=${rel(row, FACILITY)})*(${range(CENTRE)}=${rel(row, CENTRE)})*${range(VOLUME)}*${range(WEIGHT)})`;
    const cost = `IF(${weights}>0,ROUND(${live.ref}*${rel(row, CENTRE_SHARE)}*${rel(row, VOLUME)}*${rel(row, WEIGHT)}/${weights},0),0)+${rel(row, CORRECTION)}`;
    formula(ws.getCell(row, EMR_COST), cost, exact, MONEY);
  };
  return { write, largest: () => largest };
}

/** The widened filter and the audit entries of the live chain, once every row is written. */
export function addLiveEmrFooter(ws: ExcelJS.Worksheet, result: RunResult, basis: PriceBasisCells, audit: AuditLog, largest: number): void {
  const last = 2 + result.prices.length;
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: last, column: CORRECTION } };
  audit.add(
    ws.name,
    `K3:K${last}`,
    `EMR cost of each service, live: the facility's recoverable cost (${basis.sheet} sheet) x the centre's share x the service's volume x weight ` +
      `over its centre's, rounded, plus the rounding correction`,
    `chi phí BAĐT của từng dịch vụ, theo công thức: chi phí cần thu hồi của cơ sở (trang ${basis.sheet}) x tỷ lệ đến khoa x số lượt x trọng số của ` +
      `dịch vụ trên tổng của khoa, làm tròn, cộng điều chỉnh làm tròn`,
  );
  audit.add(
    ws.name,
    `T3:T${last}`,
    "centre's share: the part of the facility's recoverable EMR cost the allocation through cost centres (direct, step-down or reciprocal) brings " +
      "to the service's operating centre, solved by costplan",
    "tỷ lệ đến khoa: phần chi phí BAĐT cần thu hồi của cơ sở mà phân bổ qua các trung tâm chi phí (trực tiếp, bậc thang hoặc qua lại) đưa đến khoa " +
      "của dịch vụ, do costplan giải",
  );
  audit.add(
    ws.name,
    `U3:U${last}`,
    `rounding correction: costplan's exact EMR cost less the formula's, from the largest-remainder posts to whole đồng and the funding split over ` +
      `the whole recovery (at most ${largest} đồng here); after an edit the live figure is within about this much of what costplan computes for the ` +
      `edited model`,
    `điều chỉnh làm tròn: chi phí BAĐT chính xác của costplan trừ kết quả công thức, do làm tròn đến đồng theo số dư lớn nhất và chia nguồn vốn ` +
      `trên cả thời gian thu hồi (lớn nhất ${largest} đồng ở đây); sau khi sửa, số theo công thức lệch khỏi kết quả costplan cho mô hình đã sửa ` +
      `khoảng chừng này`,
  );
}
