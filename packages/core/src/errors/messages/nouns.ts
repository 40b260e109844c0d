import { s, type Message, type MessageParams } from "../message-text.js";

/**
 * What a reference names or where a centre is named: the nouns that "unknown-reference",
 * "alloc-unknown-centre" and "alloc-no-receiver" put in their sentence. A problem's `what` or
 * `where` parameter holds one of these codes, so each language gets its own noun.
 */
export const NOUN_MESSAGES = {
  "noun-cost-centre": { en: () => "cost centre", vi: () => "trung tâm chi phí" },
  "noun-cost-centre-of": { en: (p) => `cost centre of ${s(p, "facility")}`, vi: (p) => `trung tâm chi phí của ${s(p, "facility")}` },
  "noun-facility": { en: () => "facility", vi: () => "cơ sở" },
  "noun-facility-or-pool": { en: () => "facility or pool", vi: () => "cơ sở hoặc hạng mục dùng chung" },
  "noun-funding-source": { en: () => "funding source", vi: () => "nguồn vốn" },
  "noun-hospital-class": { en: () => "hospital class", vi: () => "hạng bệnh viện" },
  "noun-later-receiver": {
    en: () => "operating centre or support centre later in the order",
    vi: () => "trung tâm trực tiếp hoặc trung tâm hỗ trợ đứng sau trong thứ tự",
  },
  "noun-operating-centre": { en: () => "operating centre", vi: () => "trung tâm trực tiếp" },
  "noun-other-centre": { en: () => "other centre", vi: () => "trung tâm khác" },
  "noun-step-down-order": { en: () => "the step-down order", vi: () => "thứ tự phân bổ" },
  "noun-usage": { en: () => "usage", vi: () => "tiêu thức phân bổ" },
  "noun-usage-of": { en: (p) => `usage of "${s(p, "from")}"`, vi: (p) => `tiêu thức của "${s(p, "from")}"` },
} satisfies Record<string, Message>;

/** The noun a parameter names by code, in a language; the parameter as written when it names none. */
export function noun(p: MessageParams, key: string, language: "en" | "vi"): string {
  const code = s(p, key);
  const nouns: Readonly<Record<string, Message>> = NOUN_MESSAGES;
  return Object.hasOwn(nouns, code) ? nouns[code]![language](p) : code;
}
