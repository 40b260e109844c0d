import { knownEn, knownVi, s, type Message } from "../message-text.js";

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
  // JSON.parse reads a number past ±1.8e308 as Infinity: the file's own digits are quoted instead.
  "json-number-too-large": {
    en: (p) =>
      `the number ${s(p, "literal")} is too large to compute with; expected a number within ±1.7976931348623157e308 ` +
      `(an amount is at most 9,007,199,254,740,991)`,
    vi: (p) => `số ${s(p, "literal")} quá lớn để tính toán; cần một số trong khoảng ±1.7976931348623157e308 (số tiền tối đa là 9.007.199.254.740.991)`,
  },
  // A CSV table's first line names its columns: an empty file, or one that starts with binary data, has none.
  "table-bad-header": {
    en: () => "the table has no header line of column names (it is empty, or its first line holds control characters); expected names separated by commas",
    vi: () => "bảng không có dòng tiêu đề ghi tên cột (tệp trống, hoặc dòng đầu có ký tự điều khiển); cần các tên cột cách nhau bằng dấu phẩy",
  },
  // A table file shared by several facilities or lists: each row names the one it belongs to.
  "table-row-unclaimed": {
    en: (p) =>
      `the ${s(p, "column")} "${s(p, "id")}" of this row is not one the model reads this table for, so the row would ` +
      `be left out; expected one of ${knownEn(p)}`,
    vi: (p) => `${s(p, "column")} "${s(p, "id")}" của dòng này không thuộc mô hình đọc bảng này nên dòng sẽ bị bỏ qua; cần một trong ${knownVi(p)}`,
  },
} satisfies Record<string, Message>;
