/**
 * Every message costplan shows a person, in English and Vietnamese, in one place.
 *
 * Messages are written for the finance officer who reads them: what is wrong, what is
 * expected, and the value that was found. Each message is a function of named parameters
 * so that the same problem reads the same everywhere (command line, workbook, add-in).
 */
export type Language = "en" | "vi";

/** The languages costplan writes, in a stable order. */
export const LANGUAGES: readonly Language[] = ["en", "vi"];

/** Parameters of a message: named values quoted in it. */
export type MessageParams = Readonly<Record<string, string | number>>;

interface Message {
  readonly en: (p: MessageParams) => string;
  readonly vi: (p: MessageParams) => string;
}

const s = (p: MessageParams, key: string): string => String(p[key] ?? "");

const CATALOGUE = {
  "json-syntax": {
    en: (p) => `the file is not valid JSON: ${s(p, "detail")}`,
    vi: (p) => `tệp không phải JSON hợp lệ: ${s(p, "detail")}`,
  },
  "expected-type": {
    en: (p) => `expected ${s(p, "expected")}, got ${s(p, "received")}`,
    vi: (p) => `cần ${s(p, "expectedVi")}, nhận được ${s(p, "received")}`,
  },
  required: {
    en: (p) => `required: expected ${s(p, "expected")}`,
    vi: (p) => `bắt buộc: cần ${s(p, "expectedVi")}`,
  },
  "unknown-key": {
    en: (p) => `unknown field "${s(p, "key")}"${p["hint"] === undefined ? "" : `; did you mean "${s(p, "hint")}"?`}`,
    vi: (p) => `trường không hợp lệ "${s(p, "key")}"${p["hint"] === undefined ? "" : `; có phải ý bạn là "${s(p, "hint")}"?`}`,
  },
  "not-integer": {
    en: (p) => `expected a whole number${p["unit"] === undefined ? "" : ` of ${s(p, "unit")}`}, got ${s(p, "received")}`,
    vi: (p) => `cần một số nguyên${p["unitVi"] === undefined ? "" : ` (${s(p, "unitVi")})`}, nhận được ${s(p, "received")}`,
  },
  "too-small": {
    en: (p) => `expected a number ${p["inclusive"] === 1 ? "at least" : "greater than"} ${s(p, "minimum")}, got ${s(p, "received")}`,
    vi: (p) => `cần một số ${p["inclusive"] === 1 ? "lớn hơn hoặc bằng" : "lớn hơn"} ${s(p, "minimum")}, nhận được ${s(p, "received")}`,
  },
  "too-big": {
    en: (p) => `expected a number ${p["inclusive"] === 1 ? "at most" : "less than"} ${s(p, "maximum")}, got ${s(p, "received")}`,
    vi: (p) => `cần một số ${p["inclusive"] === 1 ? "nhỏ hơn hoặc bằng" : "nhỏ hơn"} ${s(p, "maximum")}, nhận được ${s(p, "received")}`,
  },
  "too-short": {
    en: (p) => `expected at least ${s(p, "minimum")} ${s(p, "what")}, got ${s(p, "received")}`,
    vi: (p) => `cần ít nhất ${s(p, "minimum")} ${s(p, "whatVi")}, nhận được ${s(p, "received")}`,
  },
  "invalid-option": {
    en: (p) => `expected one of ${s(p, "options")}, got ${s(p, "received")}`,
    vi: (p) => `cần một trong các giá trị ${s(p, "options")}, nhận được ${s(p, "received")}`,
  },
  "invalid-format": {
    en: (p) => `expected ${s(p, "expected")}, got ${s(p, "received")}`,
    vi: (p) => `cần ${s(p, "expectedVi")}, nhận được ${s(p, "received")}`,
  },
  "duplicate-id": {
    en: (p) => `duplicate id "${s(p, "id")}": it is already used at ${s(p, "first")}; ids must be unique`,
    vi: (p) => `mã "${s(p, "id")}" bị trùng: đã dùng tại ${s(p, "first")}; mỗi mã phải là duy nhất`,
  },
  "unknown-reference": {
    en: (p) => `unknown ${s(p, "what")} "${s(p, "id")}"; expected one of ${s(p, "known")}`,
    vi: (p) => `không có ${s(p, "whatVi")} "${s(p, "id")}"; cần một trong ${s(p, "known")}`,
  },
  "year-order": {
    en: (p) => `the last year (${s(p, "last")}) is before the first year (${s(p, "first")}); expected a year from ${s(p, "first")} on`,
    vi: (p) => `năm cuối (${s(p, "last")}) trước năm đầu (${s(p, "first")}); cần một năm từ ${s(p, "first")} trở đi`,
  },
  "year-out-of-range": {
    en: (p) => `year ${s(p, "year")} is outside the programme's years; expected ${s(p, "first")} to ${s(p, "last")}`,
    vi: (p) => `năm ${s(p, "year")} nằm ngoài thời gian của chương trình; cần từ ${s(p, "first")} đến ${s(p, "last")}`,
  },
  "missing-index-year": {
    en: (p) => `the price index has no value for ${s(p, "year")}; expected one value for every year from ${s(p, "first")} to ${s(p, "last")}`,
    vi: (p) => `chỉ số giá thiếu năm ${s(p, "year")}; cần một giá trị cho mỗi năm từ ${s(p, "first")} đến ${s(p, "last")}`,
  },
  "shares-not-one": {
    en: (p) => `funding shares add up to ${s(p, "sum")}; expected them to add up to exactly 1`,
    vi: (p) => `tổng tỷ lệ các nguồn vốn là ${s(p, "sum")}; cần tổng đúng bằng 1`,
  },
  "salvage-above-cost": {
    en: (p) => `salvage value ${s(p, "salvage")} is greater than the cost ${s(p, "cost")}; expected at most the cost`,
    vi: (p) => `giá trị thu hồi ${s(p, "salvage")} lớn hơn nguyên giá ${s(p, "cost")}; cần nhỏ hơn hoặc bằng nguyên giá`,
  },
  "unknown-scenario": {
    en: (p) => `no scenario named "${s(p, "name")}"; expected one of ${s(p, "known")}`,
    vi: (p) => `không có kịch bản tên "${s(p, "name")}"; cần một trong ${s(p, "known")}`,
  },
  "invalid-override": {
    en: (p) => `scenario override "${s(p, "target")}" cannot be applied: ${s(p, "detail")}`,
    vi: (p) => `không áp dụng được thay đổi "${s(p, "target")}" của kịch bản: ${s(p, "detailVi")}`,
  },
  "allocate-no-weight": {
    en: (p) => `cannot split ${s(p, "total")}: every weight is 0; expected at least one weight greater than 0`,
    vi: (p) => `không thể phân bổ ${s(p, "total")}: mọi trọng số đều bằng 0; cần ít nhất một trọng số lớn hơn 0`,
  },
  "allocate-bad-weight": {
    en: (p) => `weight ${s(p, "index")} is ${s(p, "received")}; expected a finite number at least 0`,
    vi: (p) => `trọng số ${s(p, "index")} là ${s(p, "received")}; cần một số hữu hạn lớn hơn hoặc bằng 0`,
  },
} satisfies Record<string, Message>;

/** A code naming one kind of problem; each has an English and a Vietnamese message. */
export type MessageCode = keyof typeof CATALOGUE;

/**
 * Writes the message of a code in a language.
 *
 * @example message("duplicate-id", "en", { id: "PH01", first: "$.facilities[0].id" })
 */
export function message(code: MessageCode, language: Language, params: MessageParams): string {
  return CATALOGUE[code][language](params);
}

/** Both languages of a message, for problem values that any interface may show. */
export function messages(code: MessageCode, params: MessageParams): Readonly<Record<Language, string>> {
  return { en: message(code, "en", params), vi: message(code, "vi", params) };
}
