/**
 * What the reader says about a filled workbook, in English and Vietnamese, in one place.
 * Each problem names the cell (`CostItems!H7`) and what the cell expects, so a finance
 * officer can go straight to it and fix it.
 */

/** Text in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/** One thing wrong with a filled workbook: the cell (or sheet) and what to do about it. */
export interface ReadProblem {
  /** Cell such as `CostItems!H7`, row header such as `CostItems!2:2`, or a sheet name. */
  readonly where: string;
  readonly message: Bilingual;
}

/** Shows a found cell value briefly: text quoted, cut at 60 characters. */
export function shownCell(value: string | number | boolean | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");
const quotedIn = (values: readonly Bilingual[], language: keyof Bilingual): string => quoted(values.map((v) => v[language]));

/** The catalogue of reader messages. */
export const READ_MESSAGES = {
  expected: (expected: Bilingual, got: string, hint?: Bilingual): Bilingual => ({
    en: `expected ${expected.en}, got ${got}${hint === undefined ? "" : `: ${hint.en}`}`,
    vi: `cần ${expected.vi}, nhận được ${got}${hint === undefined ? "" : `: ${hint.vi}`}`,
  }),
  required: (expected: Bilingual): Bilingual => ({
    en: `required: expected ${expected.en}`,
    vi: `bắt buộc: cần ${expected.vi}`,
  }),
  formula: (formula: string): Bilingual => {
    const shown = formula.length > 40 ? `=${formula.slice(0, 37)}...` : `=${formula}`;
    return {
      en: `this input cell holds a formula (${shown}); expected a value`,
      vi: `ô nhập liệu này chứa công thức (${shown}); cần nhập một giá trị`,
    };
  },
  errorValue: (error: string): Bilingual => ({
    en: `this input cell holds the error ${error}; expected a value`,
    vi: `ô nhập liệu này chứa lỗi ${error}; cần nhập một giá trị`,
  }),
  notWorkbook: (detail: string): Bilingual => ({
    en: `the file is not an Excel workbook (.xlsx): ${detail}`,
    vi: `tệp không phải sổ tính Excel (.xlsx): ${detail}`,
  }),
  missingSheet: (sheet: Bilingual): Bilingual => ({
    en: `the workbook has no sheet "${sheet.en}" (or "${sheet.vi}"); add it back from a fresh template`,
    vi: `sổ tính thiếu trang "${sheet.vi}" (hoặc "${sheet.en}"); hãy lấy lại trang này từ một mẫu mới`,
  }),
  twoSheets: (first: string, second: string): Bilingual => ({
    en: `the sheets "${first}" and "${second}" are the same input sheet in two languages; keep one`,
    vi: `trang "${first}" và trang "${second}" là cùng một trang nhập liệu ở hai ngôn ngữ; chỉ giữ một trang`,
  }),
  missingColumns: (headers: readonly Bilingual[]): Bilingual => ({
    en: `the header row (row 2) lacks the column${headers.length > 1 ? "s" : ""} ${quotedIn(headers, "en")}; columns may be moved but not removed or renamed`,
    vi: `dòng tiêu đề (dòng 2) thiếu cột ${quotedIn(headers, "vi")}; có thể đổi thứ tự cột nhưng không được xóa hay đổi tên`,
  }),
  unknownColumn: (header: string, known: readonly Bilingual[]): Bilingual => ({
    en: `unknown column "${header}"; the columns of this sheet are ${quotedIn(known, "en")}`,
    vi: `cột không hợp lệ "${header}"; các cột của trang này là ${quotedIn(known, "vi")}`,
  }),
  repeatedColumn: (key: string, first: string): Bilingual => ({
    en: `the column "${key}" appears twice (first at ${first})`,
    vi: `cột "${key}" xuất hiện hai lần (lần đầu tại ${first})`,
  }),
  missingKeys: (fields: readonly Bilingual[]): Bilingual => ({
    en: `column A lacks the field${fields.length > 1 ? "s" : ""} ${quotedIn(fields, "en")}; fields may be left empty but not removed`,
    vi: `cột A thiếu trường ${quotedIn(fields, "vi")}; có thể để trống giá trị nhưng không được xóa trường`,
  }),
  unknownKey: (key: string, known: readonly Bilingual[]): Bilingual => ({
    en: `unknown field "${key}"; the fields of this sheet are ${quotedIn(known, "en")}`,
    vi: `trường không hợp lệ "${key}"; các trường của trang này là ${quotedIn(known, "vi")}`,
  }),
  repeatedKey: (key: string, first: string): Bilingual => ({
    en: `the field "${key}" appears twice (first at ${first})`,
    vi: `trường "${key}" xuất hiện hai lần (lần đầu tại ${first})`,
  }),
  valueWithoutKey: (): Bilingual => ({
    en: "this row has a value but no field name in column A",
    vi: "dòng này có giá trị nhưng không có tên trường ở cột A",
  }),
  repeatedRow: (what: Bilingual, first: string): Bilingual => ({
    en: `${what.en} already appears at ${first}`,
    vi: `${what.vi} đã có tại ${first}`,
  }),
  unknownOwner: (what: Bilingual, id: string, sheet: string): Bilingual => ({
    en: `no ${what.en} "${id}" on the ${sheet} sheet`,
    vi: `không có ${what.vi} "${id}" trên trang ${sheet}`,
  }),
  twoDescriptions: (name: string, first: string): Bilingual => ({
    en: `scenario "${name}" already has a different description at ${first}; give it once`,
    vi: `kịch bản "${name}" đã có mô tả khác tại ${first}; chỉ ghi mô tả một lần`,
  }),
} as const;
