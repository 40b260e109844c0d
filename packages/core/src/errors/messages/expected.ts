import { s, type Message } from "../message-text.js";

/**
 * What a field expects, the phrase after "expected" in a problem ("expected-type", "required",
 * "invalid-format"). The model schema tags each leaf with one of these (model/expectations.ts).
 */
export const EXPECTED_MESSAGES = {
  "expect-allocation-method": { en: () => '"direct", "step-down" or "reciprocal"', vi: () => '"direct", "step-down" hoặc "reciprocal"' },
  "expect-amount": {
    en: () => "an amount of money: a whole number ≥ 0 in the currency's minor unit (đồng for VND), such as 1500000000",
    vi: () => "một số tiền: số nguyên ≥ 0 theo đơn vị nhỏ nhất của tiền tệ (đồng với VND), ví dụ 1500000000",
  },
  "expect-basis": { en: () => '"facility" or "class"', vi: () => '"facility" (theo cơ sở) hoặc "class" (theo hạng bệnh viện)' },
  "expect-boolean": { en: () => "true or false", vi: () => "true hoặc false" },
  "expect-capacity": { en: () => "a practical capacity in minutes, greater than 0", vi: () => "công suất thực tế tính bằng phút, lớn hơn 0" },
  "expect-centre-id": { en: () => "a centre id: text of 1 to 100 characters on one line", vi: () => "mã trung tâm: văn bản 1 đến 100 ký tự trên một dòng" },
  "expect-centre-kind": { en: () => '"support" or "operating"', vi: () => '"support" hoặc "operating"' },
  "expect-cost-basis": { en: () => '"depreciation" or "equivalent-annual-cost"', vi: () => '"depreciation" hoặc "equivalent-annual-cost"' },
  "expect-count": { en: () => "a whole number ≥ 0", vi: () => "một số nguyên ≥ 0" },
  "expect-currency": { en: (p) => `a currency code: ${s(p, "codes")}`, vi: (p) => `mã tiền tệ: ${s(p, "codes")}` },
  "expect-escalation": { en: () => 'a yearly growth rate such as 0.05, or "index"', vi: () => 'tỷ lệ tăng hằng năm, ví dụ 0.05, hoặc "index"' },
  "expect-factor": { en: () => "a rate factor greater than 0 and at most 10, such as 2", vi: () => "một hệ số lớn hơn 0 và không quá 10, ví dụ 2" },
  "expect-funding": {
    en: () => 'a funding source id, or a list of { "source": id, "share": 0..1 }',
    vi: () => 'mã một nguồn vốn, hoặc danh sách { "source": mã, "share": 0..1 }',
  },
  "expect-funding-list": { en: () => 'a non-empty list of { "source", "share" }', vi: () => 'một danh sách { "source", "share" } không rỗng' },
  "expect-id": {
    en: () => "an id: letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64 characters",
    vi: () => "một mã gồm chữ cái, chữ số, '.', '_' hoặc '-', bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự",
  },
  "expect-index": { en: () => "a price index value greater than 0, such as 1.035", vi: () => "một chỉ số giá lớn hơn 0, ví dụ 1.035" },
  "expect-language": { en: () => '"vi" or "en"', vi: () => '"vi" hoặc "en"' },
  "expect-list": { en: () => "a list [ ... ] with at least one entry", vi: () => "một danh sách [ ... ] có ít nhất một phần tử" },
  "expect-major-amount": {
    en: () => 'an amount ≥ 0 in the currency\'s major unit (đồng, dollars), such as 20000 or "1250.50"',
    vi: () => 'một số tiền ≥ 0 theo đơn vị chính của tiền tệ (đồng, đô la), ví dụ 20000 hoặc "1250.50"',
  },
  "expect-nature": { en: () => '"nature": "capital", "recurring" or "one-off"', vi: () => '"nature": "capital", "recurring" hoặc "one-off"' },
  "expect-non-negative": { en: () => "a number ≥ 0", vi: () => "một số ≥ 0" },
  "expect-object": { en: () => "an object { ... }", vi: () => "một đối tượng { ... }" },
  "expect-one-of": { en: (p) => `one of ${s(p, "values")}`, vi: (p) => `một trong ${s(p, "values")}` },
  "expect-price-step": {
    en: () => "a price step: a whole number ≥ 1 in the currency's minor unit, such as 100 (prices are rounded to a multiple of it)",
    vi: () => "bước làm tròn giá: số nguyên ≥ 1 theo đơn vị nhỏ nhất của tiền tệ, ví dụ 100 (giá được làm tròn tới bội số của nó)",
  },
  "expect-rate": {
    en: () => "a rate as a decimal number between -0.99 and 10, such as 0.08 for 8 %",
    vi: () => "một tỷ lệ dạng số thập phân từ -0,99 đến 10, ví dụ 0.08 cho 8 %",
  },
  "expect-rounding": { en: () => '"half-up", "half-even", "down" or "up"', vi: () => '"half-up", "half-even", "down" hoặc "up"' },
  "expect-service-category": {
    en: () => '"examination", "bed-day", "technical" or "test"',
    vi: () => '"examination", "bed-day", "technical" hoặc "test"',
  },
  "expect-share": { en: () => "a share greater than 0 and at most 1, such as 0.6", vi: () => "một tỷ lệ lớn hơn 0 và không quá 1, ví dụ 0.6" },
  "expect-table-file": {
    en: () => 'the name of a CSV or Parquet file, such as "services.csv" or "services.parquet"',
    vi: () => 'tên một tệp CSV hoặc Parquet, ví dụ "services.csv" hoặc "services.parquet"',
  },
  "expect-text": { en: () => "non-empty text", vi: () => "một đoạn văn bản không rỗng" },
  "expect-time-driven": { en: () => '"time-driven"', vi: () => 'giá trị "time-driven"' },
  "expect-useful-life": { en: () => "a useful life in whole years, from 1 to 100", vi: () => "thời gian sử dụng là số năm nguyên, từ 1 đến 100" },
  "expect-valid-value": { en: () => "a valid value", vi: () => "một giá trị hợp lệ" },
  "expect-weight": { en: () => "a relative weight greater than 0, such as 1 or 2.5", vi: () => "trọng số tương đối lớn hơn 0, ví dụ 1 hoặc 2.5" },
  "expect-year": { en: () => "a year as a whole number, such as 2021", vi: () => "một năm là số nguyên, ví dụ 2021" },
  "expect-year-key": { en: () => 'a year such as "2021" as the key', vi: () => 'khóa là một năm, ví dụ "2021"' },
  "expect-year-month": {
    en: () => 'a month "YYYY-MM" or a date "YYYY-MM-DD", such as "2021-07"',
    vi: () => 'một tháng "YYYY-MM" hoặc ngày "YYYY-MM-DD", ví dụ "2021-07"',
  },
  "expect-local-text": {
    en: () => 'non-empty text, or { "en": ..., "vi": ... } with the text in English, Vietnamese or both',
    vi: () => 'một đoạn văn bản không rỗng, hoặc { "en": ..., "vi": ... } với văn bản tiếng Anh, tiếng Việt hoặc cả hai',
  },
  "expect-analysis-path": {
    en: () => "a path into the model such as programme.discountRate or costItems[category=maintenance].amountPerYear",
    vi: () => "một đường dẫn trong mô hình như programme.discountRate hoặc costItems[category=maintenance].amountPerYear",
  },
  "expect-output-path": {
    en: () => "a figure of the result such as summary.totalCost or payers.byYear.2025.fund",
    vi: () => "một số liệu của kết quả như summary.totalCost hoặc payers.byYear.2025.fund",
  },
  "expect-finite": { en: () => "a finite number, such as -0.2", vi: () => "một số hữu hạn, ví dụ -0.2" },
  "expect-analysis-basis": { en: () => '"relative" or "absolute"', vi: () => '"relative" (tương đối) hoặc "absolute" (tuyệt đối)' },
  "expect-distribution": { en: () => '"type": "triangular", "pert", "uniform" or "normal"', vi: () => '"type": "triangular", "pert", "uniform" hoặc "normal"' },
  "expect-rank": { en: () => "a rank correlation from -1 to 1, such as 0.6", vi: () => "hệ số tương quan hạng từ -1 đến 1, ví dụ 0.6" },
  "expect-steps": { en: () => "a whole number of steps from 2 to 101", vi: () => "số bước là số nguyên từ 2 đến 101" },
  "expect-draws": { en: () => "a whole number of draws from 1 to 1000000", vi: () => "số lần rút là số nguyên từ 1 đến 1000000" },
  "expect-seed": { en: () => "a whole-number seed from 0 to 2147483647", vi: () => "hạt giống là số nguyên từ 0 đến 2147483647" },
  "expect-percentile": { en: () => "a percentile from 0 to 100, such as 95", vi: () => "một phân vị từ 0 đến 100, ví dụ 95" },
} satisfies Record<string, Message>;
