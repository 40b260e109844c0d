import { s, type Message } from "../message-text.js";

/** Arguments a library caller gives out of range: the command line checks its own first, with usage messages. */
export const LIBRARY_MESSAGES = {
  "generate-option-range": {
    en: (p) => `${s(p, "name")} must be a whole number from ${s(p, "min")} to ${s(p, "max")}, got ${s(p, "received")}`,
    vi: (p) => `${s(p, "name")} phải là số nguyên từ ${s(p, "min")} đến ${s(p, "max")}, nhận được ${s(p, "received")}`,
  },
  "generate-option-choice": {
    en: (p) => `${s(p, "name")} must be one of ${s(p, "expected")}, got "${s(p, "received")}"`,
    vi: (p) => `${s(p, "name")} phải là một trong ${s(p, "expected")}, nhận được "${s(p, "received")}"`,
  },
  "generate-support-centres": {
    en: (p) => `supportCentres must be fewer than centres (a facility needs an operating centre), got ${s(p, "support")} of ${s(p, "centres")}`,
    vi: (p) => `supportCentres phải ít hơn centres (mỗi cơ sở cần một trung tâm trực tiếp), nhận được ${s(p, "support")} trên ${s(p, "centres")}`,
  },
  "round-step": {
    en: (p) => `the rounding step must be greater than 0, got ${s(p, "received")}`,
    vi: (p) => `bước làm tròn phải lớn hơn 0, nhận được ${s(p, "received")}`,
  },
} satisfies Record<string, Message>;
