import { s, type Message, type MessageParams } from "../message-text.js";

// The cell of a range argument, when the problem is in one cell of it.
const at = (p: MessageParams): string => (p["cell"] === undefined ? "" : `, cell ${s(p, "cell")}`);
const atVi = (p: MessageParams): string => (p["cell"] === undefined ? "" : `, ô ${s(p, "cell")}`);

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
    en: (p) => `${s(p, "arg")}${at(p)}: expected ${s(p, "expected")}, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}${atVi(p)}: cần ${s(p, "expectedVi")}, nhận được ${s(p, "received")}`,
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
      `${s(p, "arg")}: expected ${s(p, "expected")} rows x ${s(p, "expected")} columns (one row and one column per centre), got ${s(p, "rows")} x ${s(p, "columns")}`,
    vi: (p) =>
      `${s(p, "arg")}: cần ${s(p, "expected")} hàng x ${s(p, "expected")} cột (mỗi trung tâm một hàng và một cột), nhận được ${s(p, "rows")} x ${s(p, "columns")}`,
  },
  "fn-unknown-option": {
    en: (p) => `${s(p, "arg")}: expected one of ${s(p, "options")}, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "arg")}: cần một trong ${s(p, "options")}, nhận được ${s(p, "received")}`,
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
