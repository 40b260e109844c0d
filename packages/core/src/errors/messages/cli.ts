import { s, type Message, type MessageParams } from "../message-text.js";

/** What an option accepts, the phrase after "expects" in "usage-expects": its `expect` parameter names one of these. */
const USAGE_EXPECT = {
  "usage-expect-language": { en: () => '"vi" or "en"', vi: () => '"vi" hoặc "en"' },
  "usage-expect-xlsx-file": { en: () => "a file name ending in .xlsx", vi: () => "tên tệp kết thúc bằng .xlsx" },
  "usage-expect-generate-size": { en: () => "small, province or national", vi: () => "small, province hoặc national" },
  "usage-expect-generate-format": { en: () => "json, csv or parquet", vi: () => "json, csv hoặc parquet" },
  "usage-expect-generate-method": { en: () => "direct, step-down or reciprocal", vi: () => "direct, step-down hoặc reciprocal" },
  "usage-expect-percentiles": {
    en: () => "numbers from 0 to 100 separated by commas",
    vi: () => "các số từ 0 đến 100, cách nhau bằng dấu phẩy",
  },
} satisfies Record<string, Message>;

/** The expectation named by the `expect` parameter, in a language; empty when it names none. */
const expected = (p: MessageParams, language: "en" | "vi"): string => {
  const code = s(p, "expect");
  const phrases: Readonly<Record<string, Message>> = USAGE_EXPECT;
  return Object.hasOwn(phrases, code) ? phrases[code]![language](p) : "";
};

/**
 * The command line's own messages: reading a model file (before core checks it), usage errors,
 * and the notes a command writes on stderr. Option names and placeholders (--out DIR) are kept in
 * each language as the help text writes them.
 */
export const CLI_MESSAGES = {
  // Reading a model file.
  "file-not-found": {
    en: () => "no such file; expected a model file (.json, .yaml or .xlsx)",
    vi: () => "không có tệp này; cần một tệp mô hình (.json, .yaml hoặc .xlsx)",
  },
  "file-unreadable": {
    en: () => "cannot be read; expected a model file (.json, .yaml or .xlsx)",
    vi: () => "không đọc được tệp; cần một tệp mô hình (.json, .yaml hoặc .xlsx)",
  },
  "file-too-large": {
    en: (p) => `the file is larger than the limit of ${s(p, "limit")}; expected a smaller model`,
    vi: (p) => `tệp lớn hơn giới hạn ${s(p, "limit")}; cần mô hình nhỏ hơn`,
  },
  "file-not-utf8": {
    en: (p) => `invalid UTF-8 at byte ${s(p, "offset")}; expected a file saved as UTF-8`,
    vi: (p) => `byte ${s(p, "offset")} không phải UTF-8; cần tệp lưu dạng UTF-8`,
  },
  "file-utf16": {
    en: () => "the file looks like UTF-16 text (a zero byte among its first two); expected a file saved as UTF-8",
    vi: () => "tệp có vẻ là văn bản UTF-16 (có byte 0 trong hai byte đầu); cần tệp lưu dạng UTF-8",
  },
  "json-lone-surrogate": {
    en: (p) =>
      `the text holds ${s(p, "escape")}, half of a UTF-16 surrogate pair without its other half, which is no character and would be ` +
      "written as the replacement character U+FFFD; expected the character itself or a whole pair",
    vi: (p) =>
      `văn bản có ${s(p, "escape")}, một nửa cặp thay thế UTF-16 thiếu nửa kia, không phải ký tự nào và sẽ bị ghi thành ký tự thay thế U+FFFD; ` +
      "cần chính ký tự đó hoặc đủ cả cặp",
  },
  "workbook-unreadable": {
    en: () => "no such file, or it cannot be read; expected a workbook (.xlsx)",
    vi: () => "không có tệp này hoặc không đọc được; cần một sổ tính (.xlsx)",
  },
  "duplicate-key": {
    en: (p) => `the field "${s(p, "key")}" is written twice in one object; expected each field once`,
    vi: (p) => `trường "${s(p, "key")}" được viết hai lần trong một đối tượng; mỗi trường chỉ được viết một lần`,
  },
  "yaml-syntax": {
    en: (p) => `the file is not valid YAML: ${s(p, "detail")}`,
    vi: (p) => `tệp không phải YAML hợp lệ: ${s(p, "detail")}`,
  },
  // The details of "table-unreadable" (DuckDB's own reason is quoted only when it is none of these).
  "table-field-count": {
    en: (p) => `expected ${s(p, "expected")} fields as in the header, found ${s(p, "found")}`,
    vi: (p) => `cần ${s(p, "expected")} trường như dòng tiêu đề, có ${s(p, "found")}`,
  },
  "table-malformed-line": { en: () => "malformed line", vi: () => "dòng viết sai" },
  "table-not-parquet": {
    en: () => "the file is empty or is not a Parquet file (it lacks the PAR1 marks at its start and end); expected a table saved as Parquet",
    vi: () => "tệp rỗng hoặc không phải tệp Parquet (thiếu dấu PAR1 ở đầu và cuối); cần một bảng lưu dạng Parquet",
  },
  "table-no-such-file": { en: (p) => `no such file: ${s(p, "file")}`, vi: (p) => `không có tệp: ${s(p, "file")}` },
  // The details of "json-syntax", one per kind of syntax error.
  "json-bad-escape": { en: () => "invalid escape character", vi: () => "ký tự thoát không hợp lệ" },
  "json-bad-string-character": { en: () => "invalid character in a string", vi: () => "ký tự không hợp lệ trong chuỗi" },
  "json-bad-unicode-escape": { en: () => "invalid \\u escape", vi: () => "mã \\u không hợp lệ" },
  "json-close-brace-expected": { en: () => "expected '}' to close the object", vi: () => "cần dấu '}' để đóng đối tượng" },
  "json-close-bracket-expected": { en: () => "expected ']' to close the list", vi: () => "cần dấu ']' để đóng danh sách" },
  "json-colon-expected": { en: () => "expected ':' after the field name", vi: () => "cần dấu ':' sau tên trường" },
  "json-comma-expected": { en: () => "expected ',' between entries", vi: () => "cần dấu ',' giữa các phần tử" },
  "json-comment": { en: () => "comments are not allowed in JSON", vi: () => "JSON không cho phép chú thích" },
  "json-empty": { en: () => "the file is empty", vi: () => "tệp rỗng" },
  "json-end-expected": { en: () => "expected the end of the file after the document", vi: () => "cần kết thúc tệp sau tài liệu" },
  "json-field-name-expected": { en: () => "expected a field name in double quotes", vi: () => "cần tên trường trong dấu ngoặc kép" },
  "json-invalid": { en: () => "invalid JSON", vi: () => "JSON không hợp lệ" },
  "json-malformed-number": { en: () => "malformed number", vi: () => "số viết sai" },
  "json-unclosed-string": { en: () => "a string is not closed with '\"'", vi: () => "chuỗi chưa được đóng bằng '\"'" },
  "json-unexpected-character": { en: () => "unexpected character", vi: () => "ký tự không hợp lệ" },
  "json-value-expected": { en: () => "expected a value", vi: () => "cần một giá trị" },
  // Usage errors (exit 2), in the language --lang asks for.
  "usage-allocate-arguments": {
    en: (p) => `allocate takes one problem file (costplan allocate PROBLEM.json), got ${s(p, "count")}`,
    vi: (p) => `allocate nhận đúng một tệp bài toán (costplan allocate BÀI_TOÁN.json), nhận được ${s(p, "count")}`,
  },
  "usage-at-most-one-model": {
    en: (p) => `${s(p, "command")} takes at most one model file, got ${s(p, "count")}`,
    vi: (p) => `${s(p, "command")} nhận nhiều nhất một tệp mô hình, nhận được ${s(p, "count")}`,
  },
  "usage-correlate": {
    en: (p) => `--correlate expects PATH_A,PATH_B=RANK with a rank correlation from -1 to 1; got "${s(p, "received")}"`,
    vi: (p) => `--correlate cần ĐƯỜNG_DẪN_A,ĐƯỜNG_DẪN_B=HỆ_SỐ với hệ số tương quan hạng từ -1 đến 1; nhận được "${s(p, "received")}"`,
  },
  "usage-exclusive": {
    en: (p) => `--${s(p, "first")} and --${s(p, "second")} exclude each other`,
    vi: (p) => `--${s(p, "first")} và --${s(p, "second")} không dùng cùng nhau được`,
  },
  "usage-expects": {
    en: (p) => `--${s(p, "option")} expects ${expected(p, "en")}, got "${s(p, "received")}"`,
    vi: (p) => `--${s(p, "option")} cần ${expected(p, "vi")}, nhận được "${s(p, "received")}"`,
  },
  ...USAGE_EXPECT,
  "usage-generate-out": {
    en: () => "generate needs --out DIR, the folder to write model.json to",
    vi: () => "generate cần --out THƯ_MỤC, thư mục để ghi model.json",
  },
  "usage-missing-value": {
    en: (p) => `${s(p, "option")} needs a value (one that starts with '-' is written ${s(p, "option")}=VALUE)`,
    vi: (p) => `${s(p, "option")} cần một giá trị (giá trị bắt đầu bằng '-' thì viết ${s(p, "option")}=GIÁ_TRỊ)`,
  },
  "usage-no-value": {
    en: (p) => `${s(p, "option")} takes no value`,
    vi: (p) => `${s(p, "option")} không nhận giá trị`,
  },
  "usage-not-understood": {
    en: (p) => `command line not understood: ${s(p, "detail")}`,
    vi: (p) => `không hiểu lệnh: ${s(p, "detail")}`,
  },
  "usage-out-folder": { en: () => "--out expects a folder name", vi: () => "--out cần tên một thư mục" },
  "usage-report-draws-seed": {
    en: () => "report's Monte Carlo needs both --draws N and --seed S, so that its numbers can be reproduced",
    vi: () => "Monte Carlo của report cần cả --draws N và --seed S để kết quả lặp lại được",
  },
  "usage-report-html": { en: () => "report needs --html FILE: the page to write", vi: () => "report cần --html TỆP: trang cần ghi" },
  "usage-simulate-draws-seed": {
    en: () => "simulate needs --draws N and --seed S (or analysis.simulation.draws and seed in the model), so that its numbers can be reproduced",
    vi: () => "simulate cần --draws N và --seed S (hoặc analysis.simulation.draws và seed trong mô hình) để kết quả lặp lại được",
  },
  "usage-support-centres": {
    en: (p) => `--support-centres must be fewer than --centres (${s(p, "centres")}): a facility needs an operating centre`,
    vi: (p) => `--support-centres phải ít hơn --centres (${s(p, "centres")}): mỗi cơ sở cần ít nhất một khoa trực tiếp`,
  },
  "usage-template-arguments": {
    en: () => "template takes the workbook to write (FILE.xlsx) and, optionally, a model to fill it with: costplan template FILE.xlsx [MODEL]",
    vi: () => "template nhận sổ tính cần ghi (TỆP.xlsx) và, nếu muốn, một mô hình để điền vào: costplan template TỆP.xlsx [MÔ_HÌNH]",
  },
  "usage-unexpected-argument": {
    en: (p) => `unexpected argument '${s(p, "argument")}': this command takes no file or name`,
    vi: (p) => `thừa đối số '${s(p, "argument")}': lệnh này không nhận tệp hay tên nào`,
  },
  "usage-unknown-command": {
    en: (p) => `unknown command "${s(p, "command")}"; expected one of ${s(p, "expected")}`,
    vi: (p) => `không có lệnh "${s(p, "command")}"; cần một trong ${s(p, "expected")}`,
  },
  "usage-unknown-command-near": {
    en: (p) => `unknown command "${s(p, "command")}"; did you mean ${s(p, "suggestion")}?`,
    vi: (p) => `không có lệnh "${s(p, "command")}"; có phải ý bạn là ${s(p, "suggestion")}?`,
  },
  "usage-unknown-option": {
    en: (p) => `unknown option '${s(p, "option")}' (costplan help lists the options of each command)`,
    vi: (p) => `không có tùy chọn '${s(p, "option")}' (costplan help liệt kê tùy chọn của từng lệnh)`,
  },
  "usage-unknown-option-near": {
    en: (p) => `unknown option '${s(p, "option")}'; did you mean ${s(p, "suggestion")}?`,
    vi: (p) => `không có tùy chọn '${s(p, "option")}'; có phải ý bạn là ${s(p, "suggestion")}?`,
  },
  "usage-vary-distribution": {
    en: (p) =>
      `--vary expects PATH=triangular(min,mode,max), pert(min,mode,max), uniform(min,max) or normal(mean,sd), all in percent or all values; got ` +
      `"${s(p, "received")}"`,
    vi: (p) =>
      `--vary cần ĐƯỜNG_DẪN=triangular(min,mode,max), pert(min,mode,max), uniform(min,max) hoặc normal(mean,sd), tất cả theo phần trăm hoặc tất cả ` +
      `là giá trị; nhận được "${s(p, "received")}"`,
  },
  "usage-vary-range": {
    en: (p) => `--vary expects PATH=LOW..HIGH, both in percent (-20%..+20%) or both values (0.05..0.1), low first; got "${s(p, "received")}"`,
    vi: (p) =>
      `--vary cần ĐƯỜNG_DẪN=THẤP..CAO, cả hai theo phần trăm (-20%..+20%) hoặc cả hai là giá trị (0.05..0.1), thấp trước; nhận được "${s(p, "received")}"`,
  },
  "usage-whole-number": {
    en: (p) => `--${s(p, "option")} expects a whole number from ${s(p, "min")} to ${s(p, "max")}, got "${s(p, "received")}"`,
    vi: (p) => `--${s(p, "option")} cần một số nguyên từ ${s(p, "min")} đến ${s(p, "max")}, nhận được "${s(p, "received")}"`,
  },
  // Outputs and notes on stderr.
  "tables-folder-not-output": {
    en: () => "the folder exists and is not an earlier costplan output (no manifest.json); expected a new or empty folder",
    vi: () => "thư mục đã có và không phải kết quả costplan trước đó (không có manifest.json); cần một thư mục mới hoặc trống",
  },
  "tornado-left-out": {
    en: (p) => `tornado left out: ${s(p, "detail")}`,
    vi: (p) => `bỏ biểu đồ lốc xoáy: ${s(p, "detailVi")}`,
  },
  "detail-left-out": { en: () => "left out by --no-detail", vi: () => "bỏ theo --no-detail" },
  "detail-over-limit": {
    en: (p) => `the model has ${s(p, "entries")} service entries, more than ${s(p, "limit")}; add --detail to include them`,
    vi: (p) => `mô hình có ${s(p, "entries")} dịch vụ theo cơ sở, quá ${s(p, "limit")}; thêm --detail để đưa vào`,
  },
  "detail-use-out": { en: () => "use --out DIR for CSV and Parquet tables", vi: () => "dùng --out THƯ_MỤC để ghi ra bảng CSV và Parquet" },
  "detail-written-to": { en: (p) => `written to ${s(p, "file")}`, vi: (p) => `đã ghi ra ${s(p, "file")}` },
  "workbook-over-memory": {
    en: (p) =>
      `the model has ${s(p, "entries")} service entries; its results workbook needs about ${s(p, "needed")} of memory, more than the ` +
      `${s(p, "limit")} this process may use; no file was written; give Node more where the machine has it ` +
      `(NODE_OPTIONS=--max-old-space-size=${s(p, "megabytes")}), or use --out DIR for the detail as CSV and Parquet tables`,
    vi: (p) =>
      `mô hình có ${s(p, "entries")} dịch vụ theo cơ sở; sổ tính kết quả cần khoảng ${s(p, "needed")} bộ nhớ, quá ${s(p, "limit")} mà tiến trình ` +
      `này được dùng; không ghi tệp nào; cấp thêm bộ nhớ cho Node nếu máy đủ (NODE_OPTIONS=--max-old-space-size=${s(p, "megabytes")}), hoặc dùng ` +
      `--out THƯ_MỤC để ghi chi tiết ra bảng CSV và Parquet`,
  },
  "workbook-over-sheet-rows": {
    en: (p) =>
      `the model has ${s(p, "entries")} service entries, more than the ${s(p, "limit")} rows of an Excel sheet; no file was written; use --out DIR ` +
      `for the detail as CSV and Parquet tables`,
    vi: (p) =>
      `mô hình có ${s(p, "entries")} dịch vụ theo cơ sở, quá ${s(p, "limit")} dòng của một trang tính Excel; không ghi tệp nào; dùng --out THƯ_MỤC ` +
      `để ghi chi tiết ra bảng CSV và Parquet`,
  },
  "generated-model": {
    en: (p) =>
      `wrote ${s(p, "file")}: ${s(p, "facilities")} facilities, ${s(p, "centres")} cost centres, ${s(p, "services")} services, ${s(p, "years")} ` +
      `years (seed ${s(p, "seed")}; every figure an assumption)`,
    vi: (p) =>
      `đã ghi ${s(p, "file")}: ${s(p, "facilities")} cơ sở, ${s(p, "centres")} trung tâm chi phí, ${s(p, "services")} dịch vụ, ${s(p, "years")} năm ` +
      `(seed ${s(p, "seed")}; mọi số liệu là giả định)`,
  },
  "model-valid": {
    en: (p) => `${s(p, "name")}: valid (${s(p, "facilities")} facilities, ${s(p, "items")} cost items, ${s(p, "first")}-${s(p, "last")})`,
    vi: (p) => `${s(p, "name")}: hợp lệ (${s(p, "facilities")} cơ sở, ${s(p, "items")} khoản chi phí, ${s(p, "first")}-${s(p, "last")})`,
  },
  "wrote-file": { en: (p) => `wrote ${s(p, "file")}`, vi: (p) => `đã ghi ${s(p, "file")}` },
  "wrote-tables": { en: (p) => `wrote ${s(p, "dir")} (manifest.json, CSV, Parquet)`, vi: (p) => `đã ghi ${s(p, "dir")} (manifest.json, CSV, Parquet)` },
} satisfies Record<string, Message>;
