import { s, type Message, type MessageParams } from "../message-text.js";

// The cell of a range argument, when the problem is in one cell of it.
const at = (p: MessageParams): string => (p["cell"] === undefined ? "" : `, cell ${s(p, "cell")}`);
const atVi = (p: MessageParams): string => (p["cell"] === undefined ? "" : `, ô ${s(p, "cell")}`);
// The centre of a per-centre range argument (kinds), counted from 1.
const centre = (p: MessageParams): string => (p["centre"] === undefined ? "" : `, centre ${s(p, "centre")}`);
const centreVi = (p: MessageParams): string => (p["centre"] === undefined ? "" : `, trung tâm ${s(p, "centre")}`);

/**
 * What an out-of-range argument expects, the phrase after "expected" in "fn-out-of-range": its
 * `expect` parameter names one of these, and the other parameters fill it in.
 */
const EXPECT = {
  "fn-expect-amount": { en: () => "a whole amount from 0 to 9,007,199,254,740,991", vi: () => "số tiền nguyên từ 0 đến 9.007.199.254.740.991" },
  "fn-expect-at-most-cost": { en: (p) => `at most the cost (${s(p, "cost")})`, vi: (p) => `không quá nguyên giá (${s(p, "cost")})` },
  "fn-expect-centre-number": { en: (p) => `centre numbers from 1 to ${s(p, "max")}`, vi: (p) => `số thứ tự trung tâm từ 1 đến ${s(p, "max")}` },
  "fn-expect-non-negative": { en: () => "a number at least 0", vi: () => "một số lớn hơn hoặc bằng 0" },
  "fn-expect-positive-step": { en: () => "a step greater than 0", vi: () => "bước lớn hơn 0" },
  "fn-expect-rate": { en: () => "a rate greater than -1", vi: () => "tỷ lệ lớn hơn -1" },
  "fn-expect-signed-amount": {
    en: () => "an amount within ±9,007,199,254,740,991 units",
    vi: () => "số tiền trong khoảng ±9.007.199.254.740.991 đơn vị",
  },
  "fn-expect-whole-range": {
    en: (p) => `a whole number from ${s(p, "min")} to ${s(p, "max")}`,
    vi: (p) => `một số nguyên từ ${s(p, "min")} đến ${s(p, "max")}`,
  },
} satisfies Record<string, Message>;

/** The expectation named by the `expect` parameter, in a language; empty when it names none. */
const expected = (p: MessageParams, language: "en" | "vi"): string => {
  const code = s(p, "expect");
  return Object.hasOwn(EXPECT, code) ? EXPECT[code as keyof typeof EXPECT][language](p) : "";
};

/**
 * The Excel add-in's custom functions: what argument is wrong, where in its range, and what it
 * expects. Core's own problems (allocation, weights) keep their codes; these cover what only
 * Excel's arguments can get wrong. Argument names stay as the function's signature spells them.
 */
export const ADDIN_MESSAGES = {
  "fn-not-number": {
    en: (p) => `${s(p, "arg")}${at(p)}: expected a number, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}${atVi(p)}: cần một số, nhận được ${s(p, "received")}`,
  },
  "fn-not-whole": {
    en: (p) => `${s(p, "arg")}${at(p)}: expected a whole number, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}${atVi(p)}: cần một số nguyên, nhận được ${s(p, "received")}`,
  },
  "fn-out-of-range": {
    en: (p) => `${s(p, "arg")}${at(p)}: expected ${expected(p, "en")}, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}${atVi(p)}: cần ${expected(p, "vi")}, nhận được ${s(p, "received")}`,
  },
  "fn-not-text": {
    en: (p) => `${s(p, "arg")}${at(p)}: expected text, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}${atVi(p)}: cần văn bản, nhận được ${s(p, "received")}`,
  },
  "fn-not-vector": {
    en: (p) => `${s(p, "arg")}: expected one row or one column, got ${s(p, "rows")} rows x ${s(p, "columns")} columns`,
    vi: (p) => `${s(p, "arg")}: cần một hàng hoặc một cột, nhận được ${s(p, "rows")} hàng x ${s(p, "columns")} cột`,
  },
  "fn-size-mismatch": {
    en: (p) => `${s(p, "arg")} has ${s(p, "received")} cells; expected ${s(p, "expected")}, one per cell of ${s(p, "other")}`,
    vi: (p) => `${s(p, "arg")} có ${s(p, "received")} ô; cần ${s(p, "expected")} ô, mỗi ô ứng với một ô của ${s(p, "other")}`,
  },
  "fn-not-square": {
    en: (p) =>
      `${s(p, "arg")}: expected ${s(p, "expected")} rows x ${s(p, "expected")} columns (one row and one column per ` +
      `centre), got ${s(p, "rows")} x ${s(p, "columns")}`,
    vi: (p) =>
      `${s(p, "arg")}: cần ${s(p, "expected")} hàng x ${s(p, "expected")} cột (mỗi trung tâm một hàng và một cột), ` +
      `nhận được ${s(p, "rows")} x ${s(p, "columns")}`,
  },
  "fn-unknown-option": {
    en: (p) => `${s(p, "arg")}${centre(p)}: expected one of ${s(p, "options")}, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}${centreVi(p)}: cần một trong ${s(p, "options")}, nhận được ${s(p, "received")}`,
  },
  "fn-operating-usage": {
    en: (p) => `usage, row ${s(p, "row")}: centre ${s(p, "row")} is an operating centre, so its row must be empty or 0; got ${s(p, "received")}`,
    vi: (p) =>
      `usage, hàng ${s(p, "row")}: trung tâm ${s(p, "row")} là trung tâm trực tiếp nên hàng này phải để trống hoặc bằng 0; nhận được ${s(p, "received")}`,
  },
  "fn-too-many-decimals": {
    en: (p) => `total ${s(p, "received")} has more decimal places than decimals = ${s(p, "decimals")} allows; round it first or raise decimals`,
    vi: (p) => `tổng ${s(p, "received")} có nhiều chữ số thập phân hơn mức decimals = ${s(p, "decimals")} cho phép; hãy làm tròn trước hoặc tăng decimals`,
  },
  "fn-unexpected": {
    en: (p) => `costplan could not compute this: ${s(p, "detail")}`,
    vi: (p) => `costplan không tính được: ${s(p, "detail")}`,
  },
  ...EXPECT,
  // The task pane.
  "pane-failed": {
    en: (p) => `Something went wrong: ${s(p, "detail")}`,
    vi: (p) => `Có lỗi: ${s(p, "detail")}`,
  },
  "pane-sheets-exist": {
    en: (p) => `These sheets already exist: ${s(p, "names")}. Delete or rename them first; costplan never overwrites input sheets.`,
    vi: (p) => `Các trang này đã có: ${s(p, "names")}. Hãy xóa hoặc đổi tên trước; costplan không bao giờ ghi đè trang nhập liệu.`,
  },
} satisfies Record<string, Message>;
