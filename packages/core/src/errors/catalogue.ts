/**
 * Every message costplan shows a person, in English and Vietnamese, in one place.
 *
 * Messages are written for the finance officer who reads them: what is wrong, what is
 * expected, and the value that was found. Each message is a function of named parameters
 * so that the same problem reads the same everywhere (command line, workbook, add-in).
 */
import { knownEn, knownVi, s, type Message, type MessageParams } from "./message-text.js";
import { ADDIN_MESSAGES } from "./messages/addin.js";
import { ANALYSIS_DETAILS, analysisDetail } from "./messages/analysis.js";
import { CLI_MESSAGES } from "./messages/cli.js";
import { EXPECTED_MESSAGES } from "./messages/expected.js";
import { FINANCE_MESSAGES } from "./messages/finance.js";
import { INPUT_MESSAGES } from "./messages/input.js";
import { LIBRARY_MESSAGES } from "./messages/library.js";
import { MONEY_MESSAGES } from "./messages/money.js";
import { NOUN_MESSAGES, noun } from "./messages/nouns.js";
import { WORKBOOK_MESSAGES } from "./messages/workbook.js";

export type Language = "en" | "vi";

/** The languages costplan writes, in a stable order. */
export const LANGUAGES: readonly Language[] = ["en", "vi"];

export type { MessageParams } from "./message-text.js";

const CATALOGUE = {
  "json-syntax": {
    en: (p) => `the file is not valid JSON: ${s(p, "detail")}`,
    vi: (p) => `tệp không phải JSON hợp lệ: ${s(p, "detailVi")}`,
  },
  "table-unreadable": {
    en: (p) => `the table cannot be read as ${s(p, "format")}: ${s(p, "detail")}`,
    vi: (p) => `không đọc được bảng dạng ${s(p, "format")}: ${s(p, "detailVi")}`,
  },
  "table-missing-column": {
    en: (p) => `the table has no column "${s(p, "column")}"; its header needs ${s(p, "required")}`,
    vi: (p) => `bảng thiếu cột "${s(p, "column")}"; dòng tiêu đề cần ${s(p, "required")}`,
  },
  "table-reference": {
    en: () => `expected a list, or a table file as { "file": "NAME.csv" } or { "file": "NAME.parquet" }`,
    vi: () => `cần một danh sách, hoặc một tệp bảng dạng { "file": "TÊN.csv" } hoặc { "file": "TÊN.parquet" }`,
  },
  "table-not-read": {
    en: (p) =>
      `the table file "${s(p, "file")}" is not read here; expected the rows themselves, or the model read by the costplan command line, which reads ` +
      `table files`,
    vi: (p) => `tệp bảng "${s(p, "file")}" không được đọc ở đây; cần chính các dòng, hoặc đọc mô hình bằng dòng lệnh costplan, vốn đọc được tệp bảng`,
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
  "invalid-format": {
    en: (p) => `expected ${s(p, "expected")}, got ${s(p, "received")}`,
    vi: (p) => `cần ${s(p, "expectedVi")}, nhận được ${s(p, "received")}`,
  },
  "reserved-key": {
    en: (p) => `the name "${s(p, "key")}" cannot be used: JavaScript reserves it and its value would be lost; use an id that starts with a letter or digit`,
    vi: (p) => `không dùng được tên "${s(p, "key")}": JavaScript dành riêng tên này và giá trị của nó sẽ bị mất; hãy dùng mã bắt đầu bằng chữ cái hoặc chữ số`,
  },
  "duplicate-id": {
    en: (p) => `duplicate id "${s(p, "id")}": it is already used at ${s(p, "first")}; ids must be unique`,
    vi: (p) => `mã "${s(p, "id")}" bị trùng: đã dùng tại ${s(p, "first")}; mỗi mã phải là duy nhất`,
  },
  "unknown-reference": {
    en: (p) => `unknown ${noun(p, "what", "en")} "${s(p, "id")}"; expected one of ${knownEn(p)}`,
    vi: (p) => `không có ${noun(p, "what", "vi")} "${s(p, "id")}"; cần một trong ${knownVi(p)}`,
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
  // A workbook gives an item's funding either in its cell on the cost items sheet or as rows of the funding shares sheet.
  "funding-in-two-places": {
    en: (p) =>
      `cost item "${s(p, "item")}" has a funding source in this cell and funding shares at ${s(p, "shares")}; expected one of them: a single source ` +
      `id here, or the shares there with this cell left empty`,
    vi: (p) =>
      `khoản chi phí "${s(p, "item")}" vừa có nguồn vốn ở ô này vừa có tỷ lệ nguồn vốn tại ${s(p, "shares")}; chỉ ghi một trong hai: một mã nguồn ` +
      `vốn ở đây, hoặc các tỷ lệ ở đó và để trống ô này`,
  },
  "salvage-above-cost": {
    en: (p) => `salvage value ${s(p, "salvage")} is greater than the cost ${s(p, "cost")}; expected at most the cost`,
    vi: (p) => `giá trị thu hồi ${s(p, "salvage")} lớn hơn nguyên giá ${s(p, "cost")}; cần nhỏ hơn hoặc bằng nguyên giá`,
  },
  "unknown-scenario": {
    // A model with no scenarios says so, in each language, rather than listing "(none)".
    en: (p) => `no scenario named "${s(p, "name")}"; ${s(p, "known") === "" ? "the model has no scenarios" : `expected one of ${knownEn(p)}`}`,
    vi: (p) => `không có kịch bản tên "${s(p, "name")}"; ${s(p, "known") === "" ? "mô hình không có kịch bản nào" : `cần một trong ${knownVi(p)}`}`,
  },
  "invalid-override": {
    en: (p) => `scenario override "${s(p, "target")}" cannot be applied: ${s(p, "detail")}`,
    vi: (p) => `không áp dụng được thay đổi "${s(p, "target")}" của kịch bản: ${s(p, "detailVi")}`,
  },
  // The details of "invalid-override".
  "override-bad-path": {
    en: () => "expected a path such as programme.discountRate or costItems[ID].usefulLife",
    vi: () => "cần một đường dẫn như programme.discountRate hoặc costItems[MÃ].usefulLife",
  },
  "override-not-found": {
    en: (p) => `the model has no "${s(p, "name")}" there`,
    vi: (p) => `mô hình không có "${s(p, "name")}" tại vị trí này`,
  },
  // A table holds the rows the override counts into, so the officer is told how many there are.
  "override-row-beyond-table": {
    en: (p) =>
      `the price list "${s(p, "list")}" has ${s(p, "rows")} services in its table "${s(p, "file")}", so "[${s(p, "row")}]" is beyond them; ` +
      `expected a row from 0 to ${s(p, "last")}`,
    vi: (p) =>
      `bảng giá "${s(p, "list")}" có ${s(p, "rows")} dịch vụ trong tệp bảng "${s(p, "file")}", nên "[${s(p, "row")}]" vượt quá số dòng; ` +
      `cần một dòng từ 0 đến ${s(p, "last")}`,
  },
  "allocate-no-weight": {
    en: (p) => `cannot split ${s(p, "total")}: every weight is 0; expected at least one weight greater than 0`,
    vi: (p) => `không thể phân bổ ${s(p, "total")}: mọi trọng số đều bằng 0; cần ít nhất một trọng số lớn hơn 0`,
  },
  "allocate-bad-weight": {
    en: (p) => `weight ${s(p, "index")} is ${s(p, "received")}; expected a finite number at least 0`,
    vi: (p) => `trọng số ${s(p, "index")} là ${s(p, "received")}; cần một số hữu hạn lớn hơn hoặc bằng 0`,
  },
  "alloc-unknown-centre": {
    en: (p) => `${noun(p, "where", "en")} names centre "${s(p, "id")}", which is not one of the centres; expected one of ${knownEn(p)}`,
    vi: (p) => `${noun(p, "where", "vi")} có trung tâm "${s(p, "id")}" không nằm trong danh sách trung tâm; cần một trong ${knownVi(p)}`,
  },
  "alloc-usage-from-operating": {
    en: (p) => `"${s(p, "id")}" is an operating centre: only support centres allocate their cost, so it cannot have a usage row`,
    vi: (p) => `"${s(p, "id")}" là trung tâm trực tiếp: chỉ trung tâm hỗ trợ mới phân bổ chi phí, nên không được có dòng tiêu thức phân bổ`,
  },
  "alloc-bad-usage": {
    en: (p) => `usage of support centre "${s(p, "support")}" by "${s(p, "receiver")}" is ${s(p, "received")}; expected a number ≥ 0`,
    vi: (p) => `tiêu thức của trung tâm hỗ trợ "${s(p, "support")}" cho "${s(p, "receiver")}" là ${s(p, "received")}; cần một số ≥ 0`,
  },
  "alloc-no-receiver": {
    en: (p) =>
      `support centre "${s(p, "id")}" has no eligible receiver for the ${s(p, "method")} method; expected usage greater than 0 by at least ` +
      `one ${noun(p, "what", "en")}`,
    vi: (p) =>
      `trung tâm hỗ trợ "${s(p, "id")}" không có nơi nhận hợp lệ theo phương pháp ${s(p, "method")}; cần tiêu thức lớn hơn 0 cho ít ` +
      `nhất một ${noun(p, "what", "vi")}`,
  },
  "alloc-no-operating": {
    en: () => 'there is no operating centre; expected at least one centre with "kind": "operating" to receive the costs',
    vi: () => 'không có trung tâm trực tiếp nào; cần ít nhất một trung tâm có "kind": "operating" để nhận chi phí',
  },
  "alloc-order-missing": {
    en: (p) => `the step-down order leaves out support centre(s) ${s(p, "ids")}; expected every support centre exactly once`,
    vi: (p) => `thứ tự phân bổ bậc thang thiếu trung tâm hỗ trợ ${s(p, "ids")}; cần mỗi trung tâm hỗ trợ đúng một lần`,
  },
  "alloc-order-repeated": {
    en: (p) => `the step-down order names "${s(p, "id")}" more than once; expected every support centre exactly once`,
    vi: (p) => `thứ tự phân bổ bậc thang có "${s(p, "id")}" nhiều lần; cần mỗi trung tâm hỗ trợ đúng một lần`,
  },
  "alloc-order-not-support": {
    en: (p) => `the step-down order names "${s(p, "id")}", which is an operating centre; expected support centres only`,
    vi: (p) => `thứ tự phân bổ bậc thang có "${s(p, "id")}" là trung tâm trực tiếp; chỉ được gồm các trung tâm hỗ trợ`,
  },
  "alloc-singular": {
    en: (p) =>
      `support centres ${s(p, "ids")} only serve each other, so their cost never reaches an operating centre and the reciprocal equations cannot be ` +
      `solved; expected at least one of them to record usage by an operating centre`,
    vi: (p) =>
      `các trung tâm hỗ trợ ${s(p, "ids")} chỉ phục vụ lẫn nhau nên chi phí không đến được trung tâm trực tiếp nào, hệ phương trình phân bổ qua lại ` +
      `không giải được; cần ít nhất một trung tâm trong số đó có tiêu thức cho một trung tâm trực tiếp`,
  },
  "amount-precision": {
    en: (p) => `expected an amount with at most ${s(p, "places")} decimal places in ${s(p, "currency")}, got ${s(p, "received")}`,
    vi: (p) => `cần số tiền có tối đa ${s(p, "places")} chữ số thập phân theo ${s(p, "currency")}, nhận được ${s(p, "received")}`,
  },
  "alloc-unbounded": {
    en: (p) =>
      `support centre "${s(p, "id")}" would allocate more than any amount can hold: nearly all of its services to other support centres come back ` +
      `to it (all but a share too small to compute), so check its usage figures`,
    vi: (p) =>
      `trung tâm hỗ trợ "${s(p, "id")}" sẽ phân bổ một số tiền lớn hơn mọi số tính được: gần như toàn bộ dịch vụ của nó cho các trung tâm hỗ trợ ` +
      `khác quay lại chính nó (phần còn lại nhỏ đến mức không tính được), hãy kiểm tra tiêu thức phân bổ`,
  },
  "alloc-too-large": {
    en: (p) =>
      `support centre "${s(p, "id")}" would allocate ${s(p, "amount")} minor units, beyond the largest exact amount (9,007,199,254,740,991); its ` +
      `services to other support centres nearly all come back to it, so check its usage figures`,
    vi: (p) =>
      `trung tâm hỗ trợ "${s(p, "id")}" sẽ phân bổ ${s(p, "amount")} đơn vị tiền, vượt quá số lớn nhất tính chính xác được (9.007.199.254.740.991); ` +
      `dịch vụ của nó cho các trung tâm hỗ trợ khác gần như quay lại chính nó, hãy kiểm tra tiêu thức phân bổ`,
  },
  "revenue-too-large": {
    en: (p) =>
      `facility "${s(p, "facility")}", service "${s(p, "service")}", ${s(p, "year")}: the price increase x volume is ${s(p, "amount")} minor units, ` +
      `beyond the largest exact amount (9,007,199,254,740,991); check the service's volume and prices`,
    vi: (p) =>
      `cơ sở "${s(p, "facility")}", dịch vụ "${s(p, "service")}", năm ${s(p, "year")}: mức tăng giá x số lượt là ${s(p, "amount")} đơn vị tiền, ` +
      `vượt quá số lớn nhất tính chính xác được (9.007.199.254.740.991); hãy kiểm tra số lượt và giá của dịch vụ`,
  },
  "tdabc-unknown-resource": {
    en: (p) => `service "${s(p, "service")}" uses resource "${s(p, "id")}", which is not one of the resources; expected one of ${knownEn(p)}`,
    vi: (p) => `dịch vụ "${s(p, "service")}" dùng nguồn lực "${s(p, "id")}" không có trong danh sách nguồn lực; cần một trong ${knownVi(p)}`,
  },
  "no-cost-centres": {
    en: (p) => `facility "${s(p, "id")}" declares no cost centres; expected "costCentres" on the facility before a cost item names a centre`,
    vi: (p) => `cơ sở "${s(p, "id")}" chưa khai báo trung tâm chi phí; cần "costCentres" cho cơ sở trước khi khoản chi phí chỉ định trung tâm`,
  },
  "list-target": {
    en: () => `a price list applies either to one facility ("facility") or to a hospital class ("class"); expected exactly one of them`,
    vi: () => `bảng giá áp dụng cho một cơ sở ("facility") hoặc cho một hạng bệnh viện ("class"); cần đúng một trong hai`,
  },
  "duplicate-list": {
    en: (p) => `${s(p, "target")} already has a price list at ${s(p, "first")}; expected one list per facility and per class`,
    vi: (p) => `${s(p, "target")} đã có bảng giá tại ${s(p, "first")}; mỗi cơ sở và mỗi hạng chỉ có một bảng giá`,
  },
  "volume-choice": {
    en: () => `expected exactly one of "volume" (services a year) and "volumePerBed"`,
    vi: () => `cần đúng một trong hai: "volume" (số lượt mỗi năm) hoặc "volumePerBed"`,
  },
  "no-beds": {
    en: (p) => `service "${s(p, "code")}" gives its volume per bed, but facility "${s(p, "id")}" has no beds; expected "beds" on the facility or a "volume"`,
    vi: (p) =>
      `dịch vụ "${s(p, "code")}" tính số lượt theo giường nhưng cơ sở "${s(p, "id")}" không có giường; cần khai báo "beds" cho cơ sở hoặc dùng "volume"`,
  },
  "service-centre": {
    en: (p) => `service "${s(p, "code")}" at facility "${s(p, "id")}" ${s(p, "problem")}; expected one of the facility's operating centres: ${knownEn(p)}`,
    vi: (p) => `dịch vụ "${s(p, "code")}" tại cơ sở "${s(p, "id")}" ${s(p, "problemVi")}; cần một trong các khoa trực tiếp của cơ sở: ${knownVi(p)}`,
  },
  "unknown-centre": {
    en: (p) => `no centre "${s(p, "id")}"; expected one of ${knownEn(p)}`,
    vi: (p) => `không có trung tâm "${s(p, "id")}"; cần một trong ${knownVi(p)}`,
  },
  "analysis-no-input": {
    en: (p) =>
      `${s(p, "where")}: the path "${s(p, "path")}" reaches no number in the model; expected a path such as programme.discountRate, ` +
      `costItems[PH01-SW].usefulLife or costItems[category=maintenance].amountPerYear`,
    vi: (p) =>
      `${s(p, "where")}: đường dẫn "${s(p, "path")}" không trỏ tới số nào trong mô hình; cần một đường dẫn như programme.discountRate, ` +
      `costItems[PH01-SW].usefulLife hoặc costItems[category=maintenance].amountPerYear`,
  },
  "analysis-not-number": {
    en: (p) => `${s(p, "where")}: "${s(p, "path")}" is not a number (found ${s(p, "found")}); only numbers can be varied or read`,
    vi: (p) => `${s(p, "where")}: "${s(p, "path")}" không phải là số (tìm thấy ${s(p, "found")}); chỉ có thể thay đổi hoặc đọc các giá trị số`,
  },
  "analysis-unknown-output": {
    en: (p) =>
      `${s(p, "where")}: the result has no figure "${s(p, "path")}"; expected a number of the result such as summary.totalCost, ` +
      `summary.presentValue or payers.byYear.2025.fund`,
    vi: (p) =>
      `${s(p, "where")}: kết quả không có số liệu "${s(p, "path")}"; cần một số của kết quả như summary.totalCost, summary.presentValue hoặc ` +
      `payers.byYear.2025.fund`,
  },
  "analysis-bad-range": {
    en: (p) => `${s(p, "where")}: ${analysisDetail(p, "en")}`,
    vi: (p) => `${s(p, "where")}: ${analysisDetail(p, "vi")}`,
  },
  "analysis-invalid-variation": {
    en: (p) => `${s(p, "where")}: with "${s(p, "path")}" at ${s(p, "value")} the model is no longer valid: ${s(p, "detail")}`,
    vi: (p) => `${s(p, "where")}: khi "${s(p, "path")}" bằng ${s(p, "value")} mô hình không còn hợp lệ: ${s(p, "detailVi")}`,
  },
  // The model's own analysis set-up (model/analysis-setup-check.ts), found when the model is read.
  "analysis-setup-path": {
    en: (p) =>
      `the path "${s(p, "path")}" reaches no number in the model; expected a path such as programme.discountRate, costItems[PH01-SW].usefulLife or ` +
      `costItems[category=maintenance].amountPerYear`,
    vi: (p) =>
      `đường dẫn "${s(p, "path")}" không trỏ tới số nào trong mô hình; cần một đường dẫn như programme.discountRate, costItems[PH01-SW].usefulLife ` +
      `hoặc costItems[category=maintenance].amountPerYear`,
  },
  "analysis-setup-not-number": {
    en: (p) => `"${s(p, "path")}" is not a number (found ${s(p, "found")}); only numbers can be varied`,
    vi: (p) => `"${s(p, "path")}" không phải là số (tìm thấy ${s(p, "found")}); chỉ có thể thay đổi các giá trị số`,
  },
  "analysis-setup-order": {
    en: (p) => `expected ${s(p, "expected")}, got ${s(p, "found")}`,
    vi: (p) => `cần ${s(p, "expected")}, nhận được ${s(p, "found")}`,
  },
  "analysis-setup-correlation": {
    en: (p) => `"${s(p, "path")}" is not one of the simulation's inputs; expected one of ${s(p, "known")}`,
    vi: (p) => `"${s(p, "path")}" không phải một đầu vào của mô phỏng; cần một trong ${s(p, "known")}`,
  },
  "analysis-setup-output": {
    en: (p) =>
      `"${s(p, "path")}" is not one figure of the result; expected a path such as summary.totalCost or payers.byYear.2025.fund, without [*] or [field=value]`,
    vi: (p) =>
      `"${s(p, "path")}" không phải một số liệu của kết quả; cần một đường dẫn như summary.totalCost hoặc payers.byYear.2025.fund, không có [*] hay ` +
      `[trường=giá trị]`,
  },
  "usage-repeated-option": {
    en: (p) =>
      `--${s(p, "option")} is given ${s(p, "count")} times; give it once (a run applies one scenario; to set scenarios side by side: costplan ` +
      `compare [MODEL] SCENARIO...)`,
    vi: (p) =>
      `--${s(p, "option")} được nhập ${s(p, "count")} lần; chỉ nhập một lần (mỗi lần chạy áp dụng một kịch bản; để đặt các kịch bản cạnh nhau: ` +
      `costplan compare [MÔ_HÌNH] KỊCH_BẢN...)`,
  },
  "usage-expected-one-of": {
    en: (p) => `--${s(p, "option")} expects one of ${s(p, "expected")}, got "${s(p, "received")}"`,
    vi: (p) => `--${s(p, "option")} cần một trong các giá trị ${s(p, "expected")}, nhận được "${s(p, "received")}"`,
  },
  "run-threads-fallback": {
    en: (p) => `the worker threads stopped (${s(p, "detail")}); the facilities were run again in one thread`,
    vi: (p) => `các luồng xử lý song song đã dừng (${s(p, "detail")}); các cơ sở đã được tính lại trong một luồng`,
  },
  "usage-option-with": {
    en: (p) => `--${s(p, "option")} goes with ${s(p, "commands")}`,
    vi: (p) => `--${s(p, "option")} chỉ dùng với ${s(p, "commands")}`,
  },
  "usage-compare-arguments": {
    en: (p) =>
      `compare takes an optional model file (.json, .yaml, .yml or .xlsx) and then scenario names; "${s(p, "received")}" looks like a second model file`,
    vi: (p) =>
      `compare nhận một tệp mô hình (.json, .yaml, .yml hoặc .xlsx, không bắt buộc) rồi đến tên các kịch bản; "${s(p, "received")}" trông như một ` +
      `tệp mô hình thứ hai`,
  },
  "too-deep": {
    en: (p) => `the document is nested more than ${s(p, "limit")} levels deep here; expected a model (its deepest part is about 8 levels)`,
    vi: (p) => `tài liệu lồng nhau quá ${s(p, "limit")} cấp tại đây; cần một mô hình (phần sâu nhất của nó khoảng 8 cấp)`,
  },
  // Workbooks are inspected in their zip before exceljs expands them (README, "Limits").
  "workbook-file-too-large": {
    en: (p) => `the workbook is larger than the limit of ${s(p, "limit")}; expected a smaller .xlsx file (large tables go in CSV or Parquet files)`,
    vi: (p) => `sổ tính lớn hơn giới hạn ${s(p, "limit")}; cần tệp .xlsx nhỏ hơn (bảng lớn đặt trong tệp CSV hoặc Parquet)`,
  },
  "workbook-too-many-parts": {
    en: (p) => `the workbook has more than ${s(p, "limit")} parts (zip entries); expected an .xlsx file as Excel, LibreOffice or costplan saves it`,
    vi: (p) => `sổ tính có hơn ${s(p, "limit")} thành phần (mục zip); cần tệp .xlsx như Excel, LibreOffice hoặc costplan lưu`,
  },
  "workbook-part-too-large": {
    en: (p) => `the workbook part "${s(p, "part")}" expands to more than the limit of ${s(p, "limit")}; expected a smaller workbook`,
    vi: (p) => `thành phần "${s(p, "part")}" của sổ tính giải nén ra hơn giới hạn ${s(p, "limit")}; cần sổ tính nhỏ hơn`,
  },
  "workbook-inflates-too-much": {
    en: (p) =>
      `the workbook expands to more than ${s(p, "limit")} (at "${s(p, "part")}"), far more than its ${s(p, "size")} hold in a real workbook; ` +
      `expected an .xlsx file, not a zip bomb`,
    vi: (p) =>
      `sổ tính giải nén ra hơn ${s(p, "limit")} (tại "${s(p, "part")}"), quá xa so với ${s(p, "size")} của tệp; cần tệp .xlsx thật, không phải bom zip`,
  },
  "workbook-too-many-rows": {
    en: (p) =>
      `sheet "${s(p, "sheet")}" reaches row ${s(p, "row")} (${s(p, "found")}); the limit is ${s(p, "limit")} rows a sheet; expected the records ` +
      `only, with no cell far below them`,
    vi: (p) =>
      `trang "${s(p, "sheet")}" dùng tới hàng ${s(p, "row")} (${s(p, "foundVi")}); giới hạn là ${s(p, "limit")} hàng mỗi trang; chỉ để các bản ghi, ` +
      `không có ô nào ở xa bên dưới`,
  },
  "workbook-too-many-columns": {
    en: (p) =>
      `sheet "${s(p, "sheet")}" reaches column ${s(p, "column")} (${s(p, "found")}); the limit is ${s(p, "limit")} columns a sheet; expected the ` +
      `template's columns only`,
    vi: (p) =>
      `trang "${s(p, "sheet")}" dùng tới cột ${s(p, "column")} (${s(p, "foundVi")}); giới hạn là ${s(p, "limit")} cột mỗi trang; chỉ để các cột của mẫu`,
  },
  "workbook-too-many-cells": {
    en: (p) => `the workbook holds more than ${s(p, "limit")} cells; expected a smaller workbook (large tables go in CSV or Parquet files)`,
    vi: (p) => `sổ tính có hơn ${s(p, "limit")} ô; cần sổ tính nhỏ hơn (bảng lớn đặt trong tệp CSV hoặc Parquet)`,
  },
  "merged-cells": {
    en: (p) =>
      `merged cells ${s(p, "range")}: a merged range keeps one value for all its cells, so a row could take another row's value; expected the cells ` +
      `unmerged, each with its own value`,
    vi: (p) =>
      `các ô gộp ${s(p, "range")}: vùng gộp chỉ giữ một giá trị cho mọi ô, nên một hàng có thể nhận giá trị của hàng khác; cần bỏ gộp ô và điền giá ` +
      `trị cho từng ô`,
  },
  // Writing outputs: one line naming the file, never a stack trace.
  "write-no-space": {
    en: () => "cannot write the file: the disk is full; nothing was written (free some space and run again)",
    vi: () => "không ghi được tệp: ổ đĩa đã đầy; chưa ghi gì (giải phóng dung lượng rồi chạy lại)",
  },
  "write-read-only": {
    en: () => "cannot write the file: the folder is read-only or not writable; nothing was written (choose a writable folder)",
    vi: () => "không ghi được tệp: thư mục chỉ đọc hoặc không cho phép ghi; chưa ghi gì (chọn thư mục cho phép ghi)",
  },
  "write-no-folder": {
    en: () => "cannot write the file: its folder does not exist or is not a folder; nothing was written",
    vi: () => "không ghi được tệp: thư mục chứa nó không tồn tại hoặc không phải thư mục; chưa ghi gì",
  },
  "output-failed": {
    en: (p) => `cannot write the output (${s(p, "reason")}): the disk is full or the file behind it was closed; the output is incomplete`,
    vi: (p) => `không ghi được kết quả (${s(p, "reason")}): ổ đĩa đầy hoặc tệp nhận kết quả đã đóng; kết quả chưa đầy đủ`,
  },
  // The command line's last resort: an amount past the safe range that no step caught with its place,
  // and a failure that is costplan's own bug (kept as it is, so the report can be acted on).
  "amount-beyond-exact-range": {
    en: (p) => `an amount is beyond the exact range: ${s(p, "detail")}`,
    vi: (p) => `số tiền vượt quá phạm vi tính chính xác: ${s(p, "detail")}`,
  },
  "internal-error": {
    en: (p) => `internal error: ${s(p, "detail")}. Please report it with the model file; run again with --debug for details.`,
    vi: (p) => `lỗi nội bộ: ${s(p, "detail")}. Hãy báo lỗi này kèm tệp mô hình; chạy lại với --debug để xem chi tiết.`,
  },
  "write-failed": {
    en: (p) => `cannot write the file (${s(p, "reason")}); nothing was written`,
    vi: (p) => `không ghi được tệp (${s(p, "reason")}); chưa ghi gì`,
  },
  // Groups kept in files of their own (errors/messages/), each sorted as this file is.
  ...EXPECTED_MESSAGES,
  ...FINANCE_MESSAGES,
  ...MONEY_MESSAGES,
  ...INPUT_MESSAGES,
  ...LIBRARY_MESSAGES,
  ...CLI_MESSAGES,
  ...ADDIN_MESSAGES,
  ...NOUN_MESSAGES,
  ...ANALYSIS_DETAILS,
  ...WORKBOOK_MESSAGES,
} satisfies Record<string, Message>;

/** A code naming one kind of problem; each has an English and a Vietnamese message. */
export type MessageCode = keyof typeof CATALOGUE;

/** Every code of the catalogue, in its order: for tests that walk it and tools that list it. */
export const MESSAGE_CODES: readonly MessageCode[] = Object.keys(CATALOGUE) as MessageCode[];

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
