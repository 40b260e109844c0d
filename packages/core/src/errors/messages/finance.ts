import { s, type Message } from "../message-text.js";

/**
 * The Excel financial functions' errors (finance/*.ts), each prefixed with the function's name
 * as Excel users know it. Argument names stay as Excel spells them (life, start_period) in both
 * languages: they are the names in the function's signature.
 */
export const FINANCE_MESSAGES = {
  "finance-at-most-life": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be at most life (${s(p, "limit")}), got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} không được vượt quá thời gian sử dụng (${s(p, "limit")}), nhận được ${s(p, "value")}`,
  },
  "finance-at-most-life-short-year": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be at most life + 1 (${s(p, "limit")}) when month is below 12, got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} không được vượt quá thời gian sử dụng + 1 (${s(p, "limit")}) khi month nhỏ hơn 12, nhận được ${s(p, "value")}`,
  },
  "finance-between": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be between ${s(p, "min")} and ${s(p, "max")}, got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} phải từ ${s(p, "min")} đến ${s(p, "max")}, nhận được ${s(p, "value")}`,
  },
  "finance-greater-than": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be greater than ${s(p, "bound")}, got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} phải lớn hơn ${s(p, "bound")}, nhận được ${s(p, "value")}`,
  },
  "finance-growth-is-one": {
    en: (p) => `${s(p, "fn")}: (1 + rate) ^ nper is 1 for rate ${s(p, "rate")} and nper ${s(p, "nper")}, so no payment settles the amounts`,
    vi: (p) =>
      `${s(p, "fn")}: (1 + rate) ^ nper bằng 1 với rate ${s(p, "rate")} và nper ${s(p, "nper")}, nên không khoản thanh toán nào cân bằng được các số tiền`,
  },
  "finance-growth-not-real": {
    en: (p) => `${s(p, "fn")}: (1 + rate) ^ nper is not a real number for rate ${s(p, "rate")} and nper ${s(p, "nper")}`,
    vi: (p) => `${s(p, "fn")}: (1 + rate) ^ nper không phải số thực với rate ${s(p, "rate")} và nper ${s(p, "nper")}`,
  },
  "finance-in-life": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be greater than 0 and at most life (${s(p, "limit")}), got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} phải lớn hơn 0 và không quá thời gian sử dụng (${s(p, "limit")}), nhận được ${s(p, "value")}`,
  },
  "finance-no-rate-found": {
    en: (p) =>
      `${s(p, "fn")}: found no rate within ${s(p, "steps")} Newton steps from the guess ${s(p, "guess")}, nor between -99% and 1000%; try another guess`,
    vi: (p) =>
      `${s(p, "fn")}: không tìm được lãi suất sau ${s(p, "steps")} bước Newton từ giá trị đoán ${s(p, "guess")}, ` +
      `cũng không có trong khoảng -99% đến 1000%; hãy thử giá trị đoán khác`,
  },
  "finance-no-sign-change": {
    en: (p) => `${s(p, "fn")}: values must include at least one positive and one negative cash flow`,
    vi: (p) => `${s(p, "fn")}: các dòng tiền phải có ít nhất một giá trị dương và một giá trị âm`,
  },
  "finance-no-values": {
    en: (p) => `${s(p, "fn")}: expected at least one value after the rate`,
    vi: (p) => `${s(p, "fn")}: cần ít nhất một giá trị sau lãi suất`,
  },
  "finance-not-finite": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be a finite number, got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} phải là một số hữu hạn, nhận được ${s(p, "value")}`,
  },
  "finance-not-greater-than": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} (${s(p, "value")}) must not be greater than ${s(p, "other")} (${s(p, "otherValue")})`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} (${s(p, "value")}) không được lớn hơn ${s(p, "other")} (${s(p, "otherValue")})`,
  },
  "finance-not-negative": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must not be negative, got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} không được âm, nhận được ${s(p, "value")}`,
  },
  "finance-not-number": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must be a number, got ${s(p, "value")}`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} phải là một số, nhận được ${s(p, "value")}`,
  },
  "finance-not-zero": {
    en: (p) => `${s(p, "fn")}: ${s(p, "name")} must not be 0`,
    vi: (p) => `${s(p, "fn")}: ${s(p, "name")} không được bằng 0`,
  },
  "finance-rate-minus-one": {
    en: (p) => `${s(p, "fn")}: rate must not be -1, which discounts every amount by 0`,
    vi: (p) => `${s(p, "fn")}: rate không được bằng -1 (mọi khoản sẽ bị chiết khấu về 0)`,
  },
  "finance-rate-minus-one-at-start": {
    en: (p) => `${s(p, "fn")}: rate must not be -1 when payments fall at the start of each period (type 1)`,
    vi: (p) => `${s(p, "fn")}: rate không được bằng -1 khi thanh toán vào đầu mỗi kỳ (type 1)`,
  },
  "finance-result-not-finite": {
    en: (p) => `${s(p, "fn")}: the result is not a finite number for these arguments`,
    vi: (p) => `${s(p, "fn")}: kết quả không phải số hữu hạn với các đối số này`,
  },
} satisfies Record<string, Message>;
