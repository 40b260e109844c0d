/**
 * Messages of the custom functions, in English and Vietnamese: what argument is wrong,
 * where in its range, and what it expects. Core's own problems (allocation, weights) keep
 * core's catalogue; these cover what only Excel's arguments can get wrong.
 */
export type Params = Readonly<Record<string, string | number>>;

const s = (p: Params, key: string): string => String(p[key] ?? "");
const at = (p: Params): string => (p["cell"] === undefined ? "" : `, cell ${s(p, "cell")}`);
const atVi = (p: Params): string => (p["cell"] === undefined ? "" : `, ô ${s(p, "cell")}`);

const CATALOGUE = {
  "not-number": {
    en: (p: Params) => `${s(p, "arg")}${at(p)}: expected a number, got ${s(p, "received")}`,
    vi: (p: Params) => `${s(p, "arg")}${atVi(p)}: cần một số, nhận được ${s(p, "received")}`,
  },
  "not-whole": {
    en: (p: Params) => `${s(p, "arg")}${at(p)}: expected a whole number, got ${s(p, "received")}`,
    vi: (p: Params) => `${s(p, "arg")}${atVi(p)}: cần một số nguyên, nhận được ${s(p, "received")}`,
  },
  "out-of-range": {
    en: (p: Params) => `${s(p, "arg")}${at(p)}: expected ${s(p, "expected")}, got ${s(p, "received")}`,
    vi: (p: Params) => `${s(p, "arg")}${atVi(p)}: cần ${s(p, "expectedVi")}, nhận được ${s(p, "received")}`,
  },
  "not-text": {
    en: (p: Params) => `${s(p, "arg")}${at(p)}: expected text, got ${s(p, "received")}`,
    vi: (p: Params) => `${s(p, "arg")}${atVi(p)}: cần văn bản, nhận được ${s(p, "received")}`,
  },
  "not-vector": {
    en: (p: Params) => `${s(p, "arg")}: expected one row or one column, got ${s(p, "rows")} rows x ${s(p, "columns")} columns`,
    vi: (p: Params) => `${s(p, "arg")}: cần một hàng hoặc một cột, nhận được ${s(p, "rows")} hàng x ${s(p, "columns")} cột`,
  },
  "size-mismatch": {
    en: (p: Params) => `${s(p, "arg")} has ${s(p, "received")} cells; expected ${s(p, "expected")}, one per cell of ${s(p, "other")}`,
    vi: (p: Params) => `${s(p, "arg")} có ${s(p, "received")} ô; cần ${s(p, "expected")} ô, mỗi ô ứng với một ô của ${s(p, "other")}`,
  },
  "not-square": {
    en: (p: Params) => `${s(p, "arg")}: expected ${s(p, "expected")} rows x ${s(p, "expected")} columns (one row and one column per centre), got ${s(p, "rows")} x ${s(p, "columns")}`,
    vi: (p: Params) => `${s(p, "arg")}: cần ${s(p, "expected")} hàng x ${s(p, "expected")} cột (mỗi trung tâm một hàng và một cột), nhận được ${s(p, "rows")} x ${s(p, "columns")}`,
  },
  "unknown-option": {
    en: (p: Params) => `${s(p, "arg")}: expected one of ${s(p, "options")}, got ${s(p, "received")}`,
    vi: (p: Params) => `${s(p, "arg")}: cần một trong ${s(p, "options")}, nhận được ${s(p, "received")}`,
  },
  "operating-usage": {
    en: (p: Params) => `usage, row ${s(p, "row")}: centre ${s(p, "row")} is an operating centre, so its row must be empty or 0; got ${s(p, "received")}`,
    vi: (p: Params) => `usage, hàng ${s(p, "row")}: trung tâm ${s(p, "row")} là trung tâm trực tiếp nên hàng này phải để trống hoặc bằng 0; nhận được ${s(p, "received")}`,
  },
  "too-many-decimals": {
    en: (p: Params) => `total ${s(p, "received")} has more decimal places than decimals = ${s(p, "decimals")} allows; round it first or raise decimals`,
    vi: (p: Params) => `tổng ${s(p, "received")} có nhiều chữ số thập phân hơn mức decimals = ${s(p, "decimals")} cho phép; hãy làm tròn trước hoặc tăng decimals`,
  },
  "unexpected": {
    en: (p: Params) => `costplan could not compute this: ${s(p, "detail")}`,
    vi: (p: Params) => `costplan không tính được: ${s(p, "detail")}`,
  },
} as const;

/** A code of a custom-function message. */
export type FunctionMessageCode = keyof typeof CATALOGUE;

/** Writes a custom-function message in a language. */
export function functionMessage(code: FunctionMessageCode, language: "en" | "vi", params: Params): string {
  return CATALOGUE[code][language](params);
}
