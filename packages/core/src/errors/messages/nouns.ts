import { s, type Message, type MessageParams } from "../message-text.js";

/**
 * What a reference names or where a centre is named: the nouns that "unknown-reference",
 * "alloc-unknown-centre", "alloc-no-receiver" and the workbook reader's "row-twice" and
 * "owner-unknown" put in their sentence. A problem's `what` or
 * `where` parameter holds one of these codes, so each language gets its own noun.
 */
export const NOUN_MESSAGES = {
  "noun-centre-settings-of-facility": { en: () => "cost-centre settings of facility", vi: () => "thiết lập trung tâm chi phí của cơ sở" },
  "noun-cost-centre": { en: () => "cost centre", vi: () => "trung tâm chi phí" },
  "noun-cost-centre-of": { en: (p) => `cost centre of ${s(p, "facility")}`, vi: (p) => `trung tâm chi phí của ${s(p, "facility")}` },
  "noun-cost-item": { en: () => "cost item", vi: () => "khoản chi phí" },
  "noun-facility": { en: () => "facility", vi: () => "cơ sở" },
  "noun-facility-or-pool": { en: () => "facility or pool", vi: () => "cơ sở hoặc hạng mục dùng chung" },
  "noun-funding-source": { en: () => "funding source", vi: () => "nguồn vốn" },
  "noun-hospital-class": { en: () => "hospital class", vi: () => "hạng bệnh viện" },
  "noun-index-year": { en: (p) => `the year ${s(p, "year")}`, vi: (p) => `năm ${s(p, "year")}` },
  "noun-later-receiver": {
    en: () => "operating centre or support centre later in the order",
    vi: () => "trung tâm trực tiếp hoặc trung tâm hỗ trợ đứng sau trong thứ tự",
  },
  "noun-operating-centre": { en: () => "operating centre", vi: () => "trung tâm trực tiếp" },
  "noun-other-centre": { en: () => "other centre", vi: () => "trung tâm khác" },
  "noun-override-of": {
    en: (p) => `an override of "${s(p, "path")}" in scenario "${s(p, "scenario")}"`,
    vi: (p) => `thay đổi "${s(p, "path")}" của kịch bản "${s(p, "scenario")}"`,
  },
  "noun-price-list": { en: () => "price list", vi: () => "bảng giá" },
  "noun-price-list-named": { en: (p) => `the price list "${s(p, "list")}"`, vi: (p) => `bảng giá "${s(p, "list")}"` },
  "noun-settings-of": { en: (p) => `the settings of facility "${s(p, "facility")}"`, vi: (p) => `thiết lập của cơ sở "${s(p, "facility")}"` },
  "noun-step-down-order": { en: () => "the step-down order", vi: () => "thứ tự phân bổ" },
  "noun-total-accrual": { en: () => "the costs expensed over the programme years", vi: () => "các chi phí ghi nhận trong các năm của chương trình" },
  "noun-total-book-value": { en: () => "the book values left at the end of the programme", vi: () => "giá trị còn lại cuối chương trình" },
  "noun-total-cash": { en: () => "the costs paid over the programme years", vi: () => "các khoản chi trả trong các năm của chương trình" },
  "noun-total-constant": { en: () => "the costs in constant base-year prices", vi: () => "chi phí theo giá cố định năm gốc" },
  "noun-total-eac": { en: () => "the equivalent annual costs of the capital items", vi: () => "chi phí tương đương hằng năm của các tài sản" },
  "noun-total-present-value": { en: () => "the present values of the costs", vi: () => "giá trị hiện tại của chi phí" },
  "noun-total-savings": { en: () => "the savings over the programme years", vi: () => "các khoản tiết kiệm trong các năm của chương trình" },
  "noun-usage": { en: () => "usage", vi: () => "tiêu thức phân bổ" },
  "noun-usage-by": {
    en: (p) => `the usage of "${s(p, "support")}" by "${s(p, "receiver")}"`,
    vi: (p) => `lượng sử dụng "${s(p, "support")}" của "${s(p, "receiver")}"`,
  },
  "noun-usage-of": { en: (p) => `usage of "${s(p, "from")}"`, vi: (p) => `tiêu thức của "${s(p, "from")}"` },
} satisfies Record<string, Message>;

/** The noun a parameter names by code, in a language; the parameter as written when it names none. */
export function noun(p: MessageParams, key: string, language: "en" | "vi"): string {
  const code = s(p, key);
  const nouns: Readonly<Record<string, Message>> = NOUN_MESSAGES;
  return Object.hasOwn(nouns, code) ? nouns[code]![language](p) : code;
}
