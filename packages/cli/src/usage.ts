import type { Language } from "@costplan/core";

/** The help text. */
export function usage(lang: Language): string {
  if (lang === "vi") {
    return `Cách dùng: costplan <lệnh> [tùy chọn]

Lệnh:
  run [MÔ_HÌNH]        Tính ngân sách, khấu hao, chi phí theo năm (mặc định: mô hình Bắc Ninh có sẵn)
  validate [MÔ_HÌNH]   Kiểm tra tệp mô hình; mỗi lỗi một dòng, chỉ rõ vị trí
  allocate BÀI_TOÁN    Phân bổ chi phí: trực tiếp, bậc thang, qua lại, TDABC (tệp .json)
  template TỆP.xlsx [MÔ_HÌNH]  Ghi sổ tính nhập liệu (trống, hoặc từ một mô hình)
  generate --out THƯ_MỤC [--size small|province] [--facilities N] [--centres N]
           [--support-centres N] [--services N] [--years N] [--seed S] [--method M]
                       Ghi một mô hình tổng hợp hợp lệ vào THƯ_MỤC/model.json (số liệu giả định)
  help                 Hiện trợ giúp này

Tùy chọn:
  --scenario TÊN       Áp dụng một kịch bản của mô hình
  --json               In toàn bộ kết quả dạng JSON
  --xlsx TỆP.xlsx      (run) Ghi sổ tính mô hình và kết quả, có công thức
  --lang vi|en         Ngôn ngữ hiển thị
  --explain TRUNG_TÂM  (allocate) Giải trình nguồn gốc chi phí của một trung tâm
  --debug              Hiện chi tiết kỹ thuật khi có lỗi

Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai cú pháp lệnh.`;
  }
  return `Usage: costplan <command> [options]

Commands:
  run [MODEL]          MODEL: .json or a filled .xlsx. Budget, depreciation and cost by year (default: the built-in Bac Ninh model)
  validate [MODEL]     Check a model file; one line per problem, naming where it is
  allocate PROBLEM     Allocate costs: direct, step-down, reciprocal, time-driven (.json)
  template FILE.xlsx [MODEL]  Write the input workbook (blank, or filled from a model)
  generate --out DIR [--size small|province] [--facilities N] [--centres N]
           [--support-centres N] [--services N] [--years N] [--seed S] [--method M]
                       Write a valid synthetic model to DIR/model.json (every figure an assumption)
  help                 Show this help

Options:
  --scenario NAME      Apply one of the model's scenarios
  --json               Print the whole result as JSON
  --xlsx FILE.xlsx     (run) Write the model-and-results workbook with live formulas
  --lang vi|en         Language of the output
  --explain CENTRE     (allocate) Trace where one centre's cost comes from
  --debug              Show technical detail on errors

Exit codes: 0 ok, 1 invalid input, 2 usage error.`;
}
