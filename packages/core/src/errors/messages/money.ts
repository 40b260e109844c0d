import { s, type Message } from "../message-text.js";
import { noun } from "./nouns.js";

/**
 * Amounts at rest are whole numbers of minor units within ±(2^53 - 1), the range where every
 * integer is exact in a JavaScript number (money/money.ts). These say what was found instead.
 */
export const MONEY_MESSAGES = {
  "money-not-safe-integer": {
    en: (p) => `expected a whole number of minor units within ±9,007,199,254,740,991, got ${s(p, "received")}`,
    vi: (p) => `cần một số nguyên đơn vị tiền trong khoảng ±9.007.199.254.740.991, nhận được ${s(p, "received")}`,
  },
  // NaN and ±Infinity are never shown as JavaScript spells them: they read as a bug, not as the
  // division by zero or overflow upstream that made them.
  "money-not-finite": {
    en: () => "expected a whole number of minor units within ±9,007,199,254,740,991, got a value that is not a finite number",
    vi: () => "cần một số nguyên đơn vị tiền trong khoảng ±9.007.199.254.740.991, nhận được một giá trị không phải là số hữu hạn",
  },
  // Amounts each within the range whose escalation, sum or restatement passes it: the message names
  // the item (id and JSON path) and the year where it passes, so the finance officer knows what to change.
  "amount-item-year-beyond-exact-range": {
    en: (p) =>
      `cost item "${s(p, "id")}" (${s(p, "path")}) comes to ${s(p, "received")} minor units in ${s(p, "year")} after escalation, ` +
      `past the exact range; expected at most 9,007,199,254,740,991: lower its amount or its escalation`,
    vi: (p) =>
      `khoản chi phí "${s(p, "id")}" (${s(p, "path")}) lên tới ${s(p, "received")} đơn vị tiền trong năm ${s(p, "year")} sau khi trượt giá, ` +
      `vượt quá phạm vi tính chính xác; cần tối đa 9.007.199.254.740.991: hãy giảm số tiền hoặc mức trượt giá`,
  },
  "amount-item-eac-beyond-exact-range": {
    en: (p) =>
      `the equivalent annual cost of cost item "${s(p, "id")}" (${s(p, "path")}) is past the exact range; ` +
      `expected at most 9,007,199,254,740,991 minor units: lower its cost or the discount rate`,
    vi: (p) =>
      `chi phí tương đương hằng năm của khoản chi phí "${s(p, "id")}" (${s(p, "path")}) vượt quá phạm vi tính chính xác; ` +
      `cần tối đa 9.007.199.254.740.991 đơn vị tiền: hãy giảm nguyên giá hoặc tỷ lệ chiết khấu`,
  },
  "amount-revenue-beyond-exact-range": {
    en: (p) =>
      `the revenue of service "${s(p, "code")}" over the facilities of its price-table row "${s(p, "row")}" (current price plus one price step, ` +
      `times volume) passes 4,503,599,627,370,495 minor units, half the range costplan adds exactly, when facility "${s(p, "facility")}" is added; ` +
      `expected the prices and volumes of real services: check the units (đồng, services a year)`,
    vi: (p) =>
      `doanh thu của dịch vụ "${s(p, "code")}" trên các cơ sở của dòng bảng giá "${s(p, "row")}" (giá hiện hành cộng một bước giá, nhân với số lượt) ` +
      `vượt quá 4.503.599.627.370.495 đơn vị tiền, một nửa phạm vi costplan cộng chính xác, khi cộng thêm cơ sở "${s(p, "facility")}"; ` +
      `cần giá và số lượt của dịch vụ thực tế: hãy kiểm tra đơn vị (đồng, lượt một năm)`,
  },
  "amount-total-beyond-exact-range": {
    en: (p) =>
      `${noun(p, "what", "en")} pass the exact range when ${p["year"] === undefined ? "" : `the ${s(p, "year")} amount of `}` +
      `"${s(p, "id")}" (${s(p, "path")}) is added; expected a total within 9,007,199,254,740,991 minor units: ` +
      `lower the amounts or split the model into smaller ones`,
    vi: (p) =>
      `${noun(p, "what", "vi")} vượt quá phạm vi tính chính xác khi cộng thêm ` +
      (p["year"] === undefined ? "" : `số tiền năm ${s(p, "year")} của `) +
      `"${s(p, "id")}" (${s(p, "path")}); cần tổng trong phạm vi 9.007.199.254.740.991 đơn vị tiền: ` +
      `hãy giảm các số tiền hoặc tách mô hình thành các mô hình nhỏ hơn`,
  },
  "amount-restated-beyond-exact-range": {
    en: (p) =>
      `${noun(p, "what", "en")} pass the exact range in ${s(p, "year")} (${s(p, "path")}); ` +
      `expected at most 9,007,199,254,740,991 minor units: check ${s(p, "path")} or lower the amounts`,
    vi: (p) =>
      `${noun(p, "what", "vi")} vượt quá phạm vi tính chính xác trong năm ${s(p, "year")} (${s(p, "path")}); ` +
      `cần tối đa 9.007.199.254.740.991 đơn vị tiền: hãy kiểm tra ${s(p, "path")} hoặc giảm các số tiền`,
  },
} satisfies Record<string, Message>;
