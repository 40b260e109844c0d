import { s, type Message } from "../message-text.js";

/** Reading a model file that is hostile or broken in ways a parser reports by throwing. */
export const INPUT_MESSAGES = {
  // YAML aliases (*name) repeat an anchored value (&name): one that names no anchor before it, or
  // so many that the expanded document would be far larger than the file (an "alias bomb").
  "yaml-unknown-alias": {
    en: (p) => `the alias *${s(p, "alias")} names no anchor &${s(p, "alias")} before it; expected the anchor to be set first`,
    vi: (p) => `bí danh *${s(p, "alias")} không trỏ tới neo &${s(p, "alias")} nào đứng trước; cần đặt neo trước khi dùng bí danh`,
  },
  "yaml-too-many-aliases": {
    en: (p) => `the file repeats anchored values through aliases more than ${s(p, "limit")} times; expected a model without alias chains`,
    vi: (p) => `tệp lặp lại giá trị có neo qua bí danh hơn ${s(p, "limit")} lần; cần một mô hình không có chuỗi bí danh`,
  },
} satisfies Record<string, Message>;
