import { s, type Message, type MessageParams } from "../message-text.js";

/**
 * Why the options of a sensitivity run or a simulation are out of range: the detail after the
 * place in "analysis-bad-range". Its `detail` parameter names one of these codes, and the other
 * parameters fill it in.
 */
export const ANALYSIS_DETAILS = {
  "analysis-range-draws": {
    en: (p) => `expected a whole number of draws of at least 1, got ${s(p, "received")}`,
    vi: (p) => `số lần rút phải là số nguyên từ 1 trở lên, nhận được ${s(p, "received")}`,
  },
  "analysis-range-low-high": {
    en: (p) => `the range of "${s(p, "path")}" must go from low to high, got ${s(p, "low")}..${s(p, "high")}`,
    vi: (p) => `khoảng biến thiên của "${s(p, "path")}" phải đi từ thấp đến cao, nhận được ${s(p, "low")}..${s(p, "high")}`,
  },
  "analysis-range-min-max": {
    en: (p) => `expected min <= max, got ${s(p, "min")} and ${s(p, "max")}`,
    vi: (p) => `cần min <= max, nhận được ${s(p, "min")} và ${s(p, "max")}`,
  },
  "analysis-range-mode": {
    en: (p) => `expected min <= mode <= max, got ${s(p, "min")}, ${s(p, "mode")}, ${s(p, "max")}`,
    vi: (p) => `cần min <= mode <= max, nhận được ${s(p, "min")}, ${s(p, "mode")}, ${s(p, "max")}`,
  },
  "analysis-range-negative-sd": {
    en: (p) => `the standard deviation must not be negative, got ${s(p, "received")}`,
    vi: (p) => `độ lệch chuẩn không được âm, nhận được ${s(p, "received")}`,
  },
  "analysis-range-no-outputs": {
    en: () => "name at least one output figure, e.g. summary.totalCost",
    vi: () => "cần ít nhất một số liệu kết quả, ví dụ summary.totalCost",
  },
  "analysis-range-not-finite": { en: () => "every parameter must be a finite number", vi: () => "mọi tham số phải là số hữu hạn" },
  "analysis-range-not-semidefinite": {
    en: () => "these correlations cannot hold together (the correlation matrix is not positive semi-definite); weaken some of them",
    vi: () => "các hệ số tương quan này không thể cùng đúng (ma trận tương quan không bán xác định dương); hãy giảm bớt một số hệ số",
  },
  "analysis-range-not-uncertain": {
    en: (p) => `"${s(p, "path")}" is not one of the uncertain inputs (${s(p, "paths")})`,
    vi: (p) => `"${s(p, "path")}" không phải một đầu vào bất định (${s(p, "paths")})`,
  },
  "analysis-range-pair-twice": {
    en: (p) => `the pair "${s(p, "a")}", "${s(p, "b")}" is correlated twice`,
    vi: (p) => `cặp "${s(p, "a")}", "${s(p, "b")}" được khai báo tương quan hai lần`,
  },
  "analysis-range-rank": {
    en: (p) => `a rank correlation lies from -1 to 1, got ${s(p, "received")}`,
    vi: (p) => `hệ số tương quan hạng nằm trong khoảng -1 đến 1, nhận được ${s(p, "received")}`,
  },
  "analysis-range-seed": {
    en: (p) => `expected a whole-number seed, got ${s(p, "received")}`,
    vi: (p) => `hạt giống phải là số nguyên, nhận được ${s(p, "received")}`,
  },
  "analysis-range-self": {
    en: (p) => `an input cannot be correlated with itself ("${s(p, "path")}")`,
    vi: (p) => `một đầu vào không thể tương quan với chính nó ("${s(p, "path")}")`,
  },
  "analysis-range-steps": {
    en: (p) => `expected a whole number of steps from 2 to 101, got ${s(p, "received")}`,
    vi: (p) => `số bước phải là số nguyên từ 2 đến 101, nhận được ${s(p, "received")}`,
  },
} satisfies Record<string, Message>;

/** The detail the `detail` parameter names by code, in a language; a detail that names none is only quoted (a bug of the caller). */
export function analysisDetail(p: MessageParams, language: "en" | "vi"): string {
  const code = s(p, "detail");
  const details: Readonly<Record<string, Message>> = ANALYSIS_DETAILS;
  if (Object.hasOwn(details, code)) return details[code]![language](p);
  return language === "vi" ? `tùy chọn không hợp lệ (${code})` : `invalid option (${code})`;
}
