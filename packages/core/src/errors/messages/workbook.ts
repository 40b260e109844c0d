import { s, type Message, type MessageParams } from "../message-text.js";
import { noun } from "./nouns.js";

// A hint after the expectation, when the reader has one ("one lone group of three digits reads two ways").
const hint = (p: MessageParams, key: "hint" | "hintVi"): string => (p[key] === undefined ? "" : `: ${s(p, key)}`);
// The plural of "column" and "field" in English; Vietnamese nouns have none.
const plural = (p: MessageParams): string => (Number(p["count"] ?? 1) > 1 ? "s" : "");

/**
 * What the workbook reader says about a filled workbook: a cell that cannot be read as its column
 * expects, a sheet, column or field that is missing, unknown or given twice, a row that names what
 * no sheet defines. Each problem names its cell (`CostItems!H7`) beside the message, so the
 * messages say what is wrong and what to do, not where. The `what` of "row-twice" and
 * "owner-unknown" names a noun of nouns.ts; lists of headers arrive quoted, one per language.
 */
export const WORKBOOK_MESSAGES = {
  "cell-expected": {
    en: (p) => `expected ${s(p, "expected")}, got ${s(p, "received")}${hint(p, "hint")}`,
    vi: (p) => `cần ${s(p, "expectedVi")}, nhận được ${s(p, "received")}${hint(p, "hintVi")}`,
  },
  "cell-formula": {
    en: (p) => `this input cell holds a formula (${s(p, "formula")}); expected a value`,
    vi: (p) => `ô nhập liệu này chứa công thức (${s(p, "formula")}); cần nhập một giá trị`,
  },
  "cell-error": {
    en: (p) => `this input cell holds the error ${s(p, "error")}; expected a value`,
    vi: (p) => `ô nhập liệu này chứa lỗi ${s(p, "error")}; cần nhập một giá trị`,
  },
  // The zip library's own words ("Can't find end of central directory") are not shown: they read as a bug.
  "not-a-workbook": {
    en: () =>
      "the file is not an Excel workbook (.xlsx): it is not a zip archive, as every .xlsx file is (a CSV or an .xls renamed?); " +
      "expected a workbook saved as .xlsx",
    vi: () => "tệp không phải sổ tính Excel (.xlsx): tệp không phải tệp nén zip như mọi tệp .xlsx (tệp CSV hoặc .xls bị đổi tên?); cần sổ tính lưu dạng .xlsx",
  },
  "workbook-damaged": {
    en: () => "the workbook's zip archive is damaged or cut short, so its parts cannot be read; expected the whole file as Excel saved it",
    vi: () => "tệp nén zip của sổ tính bị hỏng hoặc bị cắt ngắn nên không đọc được các phần bên trong; cần nguyên tệp như Excel đã lưu",
  },
  "sheet-missing": {
    en: (p) => `the workbook has no sheet "${s(p, "sheet")}" (or "${s(p, "sheetVi")}"); add it back from a fresh template`,
    vi: (p) => `sổ tính thiếu trang "${s(p, "sheetVi")}" (hoặc "${s(p, "sheet")}"); hãy lấy lại trang này từ một mẫu mới`,
  },
  "sheet-twice": {
    en: (p) => `the sheets "${s(p, "first")}" and "${s(p, "second")}" are the same input sheet in two languages; keep one`,
    vi: (p) => `trang "${s(p, "first")}" và trang "${s(p, "second")}" là cùng một trang nhập liệu ở hai ngôn ngữ; chỉ giữ một trang`,
  },
  "columns-missing": {
    en: (p) => `the header row (row 2) lacks the column${plural(p)} ${s(p, "columns")}; columns may be moved but not removed or renamed`,
    vi: (p) => `dòng tiêu đề (dòng 2) thiếu cột ${s(p, "columnsVi")}; có thể đổi thứ tự cột nhưng không được xóa hay đổi tên`,
  },
  "column-unknown": {
    en: (p) => `unknown column "${s(p, "header")}"; the columns of this sheet are ${s(p, "known")}`,
    vi: (p) => `cột không hợp lệ "${s(p, "header")}"; các cột của trang này là ${s(p, "knownVi")}`,
  },
  "column-twice": {
    en: (p) => `the column "${s(p, "header")}" appears twice (first at ${s(p, "first")})`,
    vi: (p) => `cột "${s(p, "header")}" xuất hiện hai lần (lần đầu tại ${s(p, "first")})`,
  },
  "fields-missing": {
    en: (p) => `column A lacks the field${plural(p)} ${s(p, "fields")}; fields may be left empty but not removed`,
    vi: (p) => `cột A thiếu trường ${s(p, "fieldsVi")}; có thể để trống giá trị nhưng không được xóa trường`,
  },
  "field-unknown": {
    en: (p) => `unknown field "${s(p, "field")}"; the fields of this sheet are ${s(p, "known")}`,
    vi: (p) => `trường không hợp lệ "${s(p, "field")}"; các trường của trang này là ${s(p, "knownVi")}`,
  },
  "field-twice": {
    en: (p) => `the field "${s(p, "field")}" appears twice (first at ${s(p, "first")})`,
    vi: (p) => `trường "${s(p, "field")}" xuất hiện hai lần (lần đầu tại ${s(p, "first")})`,
  },
  "value-without-field": {
    en: () => "this row has a value but no field name in column A",
    vi: () => "dòng này có giá trị nhưng không có tên trường ở cột A",
  },
  "row-twice": {
    en: (p) => `${noun(p, "what", "en")} already appears at ${s(p, "first")}`,
    vi: (p) => `${noun(p, "what", "vi")} đã có tại ${s(p, "first")}`,
  },
  "owner-unknown": {
    en: (p) => `no ${noun(p, "what", "en")} "${s(p, "id")}" on the ${s(p, "sheet")} sheet`,
    vi: (p) => `không có ${noun(p, "what", "vi")} "${s(p, "id")}" trên trang ${s(p, "sheet")}`,
  },
  "scenario-two-descriptions": {
    en: (p) => `scenario "${s(p, "name")}" already has a different description at ${s(p, "first")}; give it once`,
    vi: (p) => `kịch bản "${s(p, "name")}" đã có mô tả khác tại ${s(p, "first")}; chỉ ghi mô tả một lần`,
  },
} satisfies Record<string, Message>;
