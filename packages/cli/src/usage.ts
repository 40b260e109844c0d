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
  generate --out THƯ_MỤC [--size small|province|national] [--format json|csv|parquet] [--facilities N] [--centres N]
           [--support-centres N] [--services N] [--years N] [--seed S] [--method M]
                       Ghi một mô hình tổng hợp hợp lệ vào THƯ_MỤC/model.json (số liệu giả định)
  sensitivity [MÔ_HÌNH] [--vary ĐƯỜNG_DẪN=-20%..+20% ...] [--on KẾT_QUẢ ...] [--steps N]
                       Độ nhạy từng đầu vào một: lốc xoáy xếp theo chênh lệch và bảng mạng nhện
  simulate [MÔ_HÌNH] --draws N --seed S [--lhs] [--vary ĐƯỜNG_DẪN=triangular(-10%,0%,+30%) ...]
           [--correlate ĐƯỜNG_DẪN_A,ĐƯỜNG_DẪN_B=0.6 ...] [--on KẾT_QUẢ ...] [--percentiles 5,50,95] [--threads N]
                       Monte Carlo: trung bình, độ lệch chuẩn, phân vị, kiểm tra hội tụ
  report [MÔ_HÌNH] --html TỆP.html [--scenario TÊN] [--draws N --seed S [--correlate ...] [--threads N]]
                       Báo cáo HTML độc lập cho hội đồng (biểu đồ, kịch bản, độ nhạy; in được khổ A4)
  compare [MÔ_HÌNH] [KỊCH_BẢN...] [--format table|csv|markdown]
                       Đặt phương án cơ sở và các kịch bản (mặc định: tất cả) cạnh nhau, theo cơ sở và theo hạng
  help                 Hiện trợ giúp này

Tùy chọn:
  --scenario TÊN       Áp dụng một kịch bản của mô hình (chỉ một lần; nhiều kịch bản: compare)
  --json               In toàn bộ kết quả dạng JSON
  --xlsx TỆP.xlsx      (run) Ghi sổ tính mô hình và kết quả, có công thức
  --out THƯ_MỤC        (run) Ghi chi tiết theo dịch vụ ra bảng CSV và Parquet, kèm manifest.json
  --detail             (run --json) Luôn đưa giá từng dịch vụ (prices) vào JSON
  --no-detail          (run --json) Không đưa prices vào JSON (mặc định: có khi ≤ 20.000 dịch vụ)
  --threads N          (run, simulate, report) Tính song song trên N luồng (mặc định: 1); kết quả giống hệt nhau từng byte với mọi N
  --quiet, -q          Không hiện tiến trình trên stderr
  --lang vi|en         Ngôn ngữ hiển thị
  --explain TRUNG_TÂM  (allocate) Giải trình nguồn gốc chi phí của một trung tâm
  --debug              Hiện chi tiết kỹ thuật khi có lỗi
  --version, -v        In phiên bản

Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai cú pháp lệnh.`;
  }
  return `Usage: costplan <command> [options]

Commands:
  run [MODEL]          MODEL: .json or a filled .xlsx. Budget, depreciation and cost by year (default: the built-in Bac Ninh model)
  validate [MODEL]     Check a model file; one line per problem, naming where it is
  allocate PROBLEM     Allocate costs: direct, step-down, reciprocal, time-driven (.json)
  template FILE.xlsx [MODEL]  Write the input workbook (blank, or filled from a model)
  generate --out DIR [--size small|province|national] [--format json|csv|parquet] [--facilities N] [--centres N]
           [--support-centres N] [--services N] [--years N] [--seed S] [--method M]
                       Write a valid synthetic model to DIR/model.json (every figure an assumption)
  sensitivity [MODEL] [--vary PATH=-20%..+20% ...] [--on OUTPUT ...] [--steps N]
                       One-at-a-time sensitivity: tornado ranked by swing and a spider table
  simulate [MODEL] --draws N --seed S [--lhs] [--vary PATH=triangular(-10%,0%,+30%) ...]
           [--correlate PATH_A,PATH_B=0.6 ...] [--on OUTPUT ...] [--percentiles 5,50,95] [--threads N]
                       Monte Carlo: mean, standard deviation, percentiles, convergence check
  report [MODEL] --html FILE.html [--scenario NAME] [--draws N --seed S [--correlate ...] [--threads N]]
                       A self-contained HTML report for a committee (charts, scenarios, sensitivity; prints to A4)
  compare [MODEL] [SCENARIO...] [--format table|csv|markdown]
                       The base and its scenarios (default: all) side by side, per facility and per class
  help                 Show this help

Options:
  --scenario NAME      Apply one of the model's scenarios (once; several side by side: compare)
  --json               Print the whole result as JSON
  --xlsx FILE.xlsx     (run) Write the model-and-results workbook with live formulas
  --out DIR            (run) Write the per-service detail as CSV and Parquet tables with a manifest.json
  --detail             (run --json) Always include the per-service prices in the JSON
  --no-detail          (run --json) Leave prices out of the JSON (default: in while ≤ 20,000 service entries)
  --threads N          (run, simulate, report) Run on N worker threads (default: 1); the output is byte-identical whatever N
  --quiet, -q          Show no progress on stderr
  --lang vi|en         Language of the output
  --explain CENTRE     (allocate) Trace where one centre's cost comes from
  --debug              Show technical detail on errors
  --version, -v        Print the version

Exit codes: 0 ok, 1 invalid input, 2 usage error.`;
}
