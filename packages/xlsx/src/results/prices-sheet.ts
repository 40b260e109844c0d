import type ExcelJS from "exceljs";
import type { Language, Model, PriceEntry, RunResult } from "@costplan/core";
import type { InputCells } from "../layout.js";
import { liveChoiceIs } from "./live-choice.js";
import { liveBoolean } from "./live-boolean.js";
import { resultSheetName } from "./sheet-names.js";
import { AuditLog, computed, COUNT, excelRound, formula, header, MONEY, RATIO, rel, UNIT } from "./sheet-kit.js";

const T = {
  en: {
    title: (y: number) => `Price structure ${y}: EMR component and proposed price of every service (đồng)`,
    heads: [
      "Facility",
      "Class",
      "Price list",
      "Code",
      "Service",
      "Centre",
      "Volume",
      "Weight",
      "Current price",
      "Maximum price",
      "EMR cost of the year",
      "EMR component per unit",
      "Proposed price",
      "Increase",
      "Increase %",
      "Insured share",
      "Fund coverage",
      "Insurance fund / year",
      "Patients / year",
    ],
    payers: "Cost of the increases by year (all facilities)",
    payerHeads: ["Year", "EMR cost to recover", "Recovered by prices", "Insurance fund", "Patients", "Rounding difference", "Unrecovered (caps)"],
  },
  vi: {
    title: (y: number) => `Cơ cấu giá năm ${y}: cấu phần BAĐT và giá đề xuất của từng dịch vụ (đồng)`,
    heads: [
      "Cơ sở",
      "Hạng",
      "Bảng giá",
      "Mã",
      "Dịch vụ",
      "Khoa",
      "Số lượt",
      "Trọng số",
      "Giá hiện hành",
      "Giá tối đa",
      "Chi phí BAĐT trong năm",
      "Cấu phần BAĐT mỗi lượt",
      "Giá đề xuất",
      "Mức tăng",
      "Tỷ lệ tăng",
      "Tỷ lệ có BHYT",
      "Mức hưởng",
      "Quỹ BHYT / năm",
      "Người bệnh / năm",
    ],
    payers: "Chi phí tăng giá theo năm (mọi cơ sở)",
    payerHeads: ["Năm", "Chi phí BAĐT cần thu hồi", "Thu hồi qua giá", "Quỹ BHYT", "Người bệnh", "Chênh lệch làm tròn", "Không thu hồi (giá trần)"],
  },
} as const;

/**
 * The price year's price structure, one row per service and facility. Volumes, weights,
 * prices and shares refer to the input sheets; the EMR component, the proposed price (the
 * price step's rounding rule and the cap), the increase and its split are live formulas,
 * so changing a volume or a current price moves the price cells. The EMR cost each service
 * carries comes from the allocation and the largest-remainder split among services, which
 * costplan computes: those cells are values, as the audit sheet says, unless `liveEmrCost`
 * (then `addLiveEmrCost` turns them into formulas with a rounding correction and says so).
 */
export function addPricesSheet(
  wb: ExcelJS.Workbook,
  model: Model,
  result: RunResult,
  inputs: InputCells,
  lang: Language,
  audit: AuditLog,
  liveEmrCost = false,
): ExcelJS.Worksheet | undefined {
  if (result.prices.length === 0) return undefined;
  const ws = addPricesHeader(wb, result, lang);
  const writeRow = priceRowWriter(model, result, inputs, audit);
  result.prices.forEach((e, k) => {
    writeRow(ws, e, k);
  });
  addPricesFooter(ws, result, lang, audit, liveEmrCost);
  return ws;
}

/** Adds the Prices sheet with its title and headings (rows 1 and 2). */
export function addPricesHeader(wb: ExcelJS.Workbook, result: RunResult, lang: Language): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(resultSheetName("prices", lang));
  header(ws, T[lang].title(result.pricing.priceYear), T[lang].heads, [10, 8, 12, 10, 34, 12, 12, 9, 14, 14, 18, 16, 14, 12, 11, 10, 10, 18, 18]);
  return ws;
}

/** Writes one price entry's row (row 3 + k) of the Prices sheet; it may add to the audit log. */
export type PriceRowWriter = (ws: ExcelJS.Worksheet, e: PriceEntry, k: number) => void;

/** The writer of the Prices sheet's rows, one per price entry, each a function of the entry alone (so the rows can stream). */
export function priceRowWriter(model: Model, result: RunResult, inputs: InputCells, audit: AuditLog): PriceRowWriter {
  const year = result.pricing.priceYear;
  const options = model.pricing;
  const facilities = new Map(model.facilities.map((f) => [f.id, f]));
  const services = new Map(model.serviceLists.flatMap((l) => l.services.map((s) => [`${l.id}/${s.code}`, s] as const)));
  const p = inputs.pricing;
  const step = `IF(${p["priceStep"]!}="",100,${p["priceStep"]!})`;
  // The rounding cell shows a label in either language, or the code of an earlier workbook; empty is half up (ROUND).
  const roundsDown = liveChoiceIs(p["rounding"]!, "rounding", "down");
  const roundsUp = liveChoiceIs(p["rounding"]!, "rounding", "up");
  const capOn = liveBoolean(p["capAtMaximum"]!, true);
  return (ws, e, k) => {
    const row = 3 + k;
    const input = inputs.services.get(`${e.list}/${e.code}`)!;
    const list = inputs.serviceLists.get(e.list)!;
    const service = services.get(`${e.list}/${e.code}`)!;
    const facility = inputs.facilities.get(e.facility)!;
    [e.facility, e.class ?? "", e.list, e.code, e.name, e.centre ?? ""].forEach((v, c) => (ws.getCell(row, c + 1).value = v));
    const [G, I, K, L, M, N, P, Q, R] = [7, 9, 11, 12, 13, 14, 16, 17, 18].map((c) => rel(row, c)) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (service.volume !== undefined) formula(ws.getCell(row, 7), input["volume"]!, e.volume, COUNT);
    else {
      const predicted = Math.round((service.volumePerBed ?? 0) * (facilities.get(e.facility)!.beds ?? 0));
      if (predicted === e.volume) formula(ws.getCell(row, 7), `ROUND(${input["volumePerBed"]!}*N(${facility["beds"]!}),0)`, e.volume, COUNT);
      else computed(ws.getCell(row, 7), e.volume, COUNT);
    }
    formula(ws.getCell(row, 8), `IF(${input["weight"]!}="",1,${input["weight"]!})`, e.weight);
    formula(ws.getCell(row, 9), input["currentPrice"]!, e.currentPrice, MONEY);
    if (e.maxPrice !== undefined) formula(ws.getCell(row, 10), input["maxPrice"]!, e.maxPrice, MONEY);
    const y = e.byYear[String(year)]!;
    computed(ws.getCell(row, 11), y.emrCost, MONEY);
    formula(ws.getCell(row, 12), `IF(${G}>0,${K}/${G},0)`, e.volume > 0 ? y.emrCost / e.volume : 0, UNIT);

    // Proposed price: current + component, to the price step by the rounding rule, capped.
    const x = `(${I}+${L})/${step}`;
    const rounded = `IF(${G}>0,IF(${roundsDown},ROUNDDOWN(${x},0),IF(${roundsUp},ROUNDUP(${x},0),ROUND(${x},0)))*${step},${I})`;
    const expression = `IF(AND(${capOn},${input["maxPrice"]!}<>"",${rounded}>N(${input["maxPrice"]!})),N(${input["maxPrice"]!}),${rounded})`;
    const raw = e.volume > 0 ? (e.currentPrice + y.emrCost / e.volume) / options.priceStep : 0;
    const floatRounded =
      e.volume > 0
        ? (options.rounding === "down" ? Math.trunc(raw) : options.rounding === "up" ? Math.sign(raw) * Math.ceil(Math.abs(raw)) : excelRound(raw)) *
          options.priceStep
        : e.currentPrice;
    const floatProposed = options.capAtMaximum && e.maxPrice !== undefined && floatRounded > e.maxPrice ? e.maxPrice : floatRounded;
    if (options.rounding !== "half-even" && floatProposed === e.proposedPrice) formula(ws.getCell(row, 13), expression, e.proposedPrice, MONEY);
    else {
      const halfEven = options.rounding === "half-even";
      computed(ws.getCell(row, 13), e.proposedPrice, MONEY);
      audit.add(
        ws.name,
        rel(row, 13),
        `${e.facility} ${e.code}: ` +
          (halfEven ? "half-even rounding to the price step has no Excel function" : "binary floating point would round this price to another step") +
          "; the exact value is shown",
        `${e.facility} ${e.code}: ` +
          `${halfEven ? "làm tròn half-even không có hàm Excel tương ứng" : "số thực nhị phân sẽ làm tròn giá sang bước khác"}; ghi giá trị chính xác`,
      );
    }
    formula(ws.getCell(row, 14), `${M}-${I}`, e.increase, MONEY);
    formula(ws.getCell(row, 15), `IF(${I}>0,${N}/${I},0)`, e.currentPrice > 0 ? e.increase / e.currentPrice : 0, RATIO);
    const share = (column: string, fallback: number): string =>
      `IF(${input[column]!}="",IF(${list[column]!}="",${fallback},${list[column]!}),${input[column]!})`;
    formula(ws.getCell(row, 16), share("insuredShare", 0.9), e.insuredShare, RATIO);
    formula(ws.getCell(row, 17), share("coverage", 0.8), e.coverage, RATIO);
    // The fund's part: the year's increase x insured share x coverage, rounded (largest remainder of two parts).
    const floatFund = excelRound(e.increase * e.volume * e.insuredShare * e.coverage);
    if (floatFund === e.fundImpact) formula(ws.getCell(row, 18), `ROUND(${N}*${G}*${P}*${Q},0)`, e.fundImpact, MONEY);
    else {
      computed(ws.getCell(row, 18), e.fundImpact, MONEY);
      audit.add(
        ws.name,
        rel(row, 18),
        `${e.facility} ${e.code}: the split between fund and patients is a largest-remainder post that Excel's ROUND would put on the other side`,
        `${e.facility} ${e.code}: phần chia giữa quỹ và người bệnh theo số dư lớn nhất khác với ROUND của Excel`,
      );
    }
    formula(ws.getCell(row, 19), `${N}*${G}-${R}`, e.patientImpact, MONEY);
  };
}

/** The rows after the entries' (the payers' totals by year), the data bar, the filter and the sheet's audit entries. */
export function addPricesFooter(ws: ExcelJS.Worksheet, result: RunResult, lang: Language, audit: AuditLog, liveEmrCost: boolean): void {
  const t = T[lang];
  const last = 2 + result.prices.length;
  if (!liveEmrCost)
    audit.add(
      ws.name,
      `K3:K${last}`,
      "EMR cost of each service: the facility's recoverable EMR cost allocated through its cost centres and split among the centre's services by " +
        "volume x weight, by largest remainder (costplan computes it; rerun costplan after changing costs or volumes)",
      "chi phí BAĐT của từng dịch vụ: chi phí cần thu hồi được phân bổ qua các trung tâm chi phí rồi chia cho dịch vụ theo số lượt x trọng số bằng " +
        "phương pháp số dư lớn nhất (costplan tính; chạy lại costplan khi đổi chi phí hoặc số lượt)",
    );
  // exceljs writes data bars but its types leave out the rule's fields, hence the cast.
  ws.addConditionalFormatting({
    ref: `O3:O${last}`,
    rules: [
      {
        type: "dataBar",
        priority: 1,
        minLength: 0,
        maxLength: 100,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: "FF5B9BD5" },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: last, column: 19 } };

  let row = last + 3;
  ws.getCell(row, 1).value = t.payers;
  ws.getCell(row, 1).font = { bold: true };
  row += 1;
  t.payerHeads.forEach((h, c) => {
    // Bold, as a table's headings: the fitting pass wraps them instead of widening the price columns.
    ws.getCell(row, c + 1).value = h;
    ws.getCell(row, c + 1).font = { bold: true };
  });
  for (const [y, v] of Object.entries(result.payers.byYear)) {
    row += 1;
    ws.getCell(row, 1).value = Number(y);
    [v.recoverable, v.recovered, v.fund, v.patients, v.roundingDifference, v.unrecoveredByCap].forEach((a, c) => {
      computed(ws.getCell(row, c + 2), a, MONEY);
    });
  }
  audit.add(
    ws.name,
    `B${last + 5}:G${row}`,
    "every pricing year's totals over all facilities, computed by costplan (this sheet's formulas cover the price year)",
    "tổng các năm tính giá của mọi cơ sở, do costplan tính (công thức trên trang này áp dụng cho năm của bảng giá)",
  );
}
