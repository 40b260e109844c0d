import { s, type Message } from "../message-text.js";

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
} satisfies Record<string, Message>;
