/**
 * Closed lists of the model's words, with their labels in both languages.
 * Kept apart from the zod schemas so that reports, workbooks and the add-in label
 * things the same way.
 */
import type { Language } from "../errors/catalogue.js";

type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Language, string>>>>;

function keysOf<K extends string>(labels: Labels<K>): readonly [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

/** Kinds of facility in a programme. */
export const FACILITY_KIND_LABELS = {
  "public-hospital": { en: "Public hospital", vi: "Bệnh viện công lập" },
  "medical-centre": { en: "Medical centre", vi: "Trung tâm y tế" },
  "private-hospital": { en: "Private hospital", vi: "Bệnh viện tư nhân" },
  cdc: { en: "Centre for disease control", vi: "Trung tâm kiểm soát bệnh tật" },
  "commune-station": { en: "Commune health station", vi: "Trạm y tế xã" },
  "provincial-pool": { en: "Provincial shared pool", vi: "Hạng mục dùng chung cấp tỉnh" },
  other: { en: "Other", vi: "Khác" },
} as const satisfies Labels<string>;
export type FacilityKind = keyof typeof FACILITY_KIND_LABELS;
export const FACILITY_KINDS = keysOf(FACILITY_KIND_LABELS);

/** Public or private ownership: it decides whether state-budget rules apply. */
export const OWNERSHIP_LABELS = {
  public: { en: "Public", vi: "Công lập" },
  private: { en: "Private", vi: "Tư nhân" },
} as const satisfies Labels<string>;
export type Ownership = keyof typeof OWNERSHIP_LABELS;
export const OWNERSHIPS = keysOf(OWNERSHIP_LABELS);

/** Categories of EMR programme cost. */
export const CATEGORY_LABELS = {
  "software-licence": { en: "Software licence", vi: "Bản quyền phần mềm" },
  "software-deployment": { en: "Software deployment", vi: "Triển khai phần mềm" },
  maintenance: { en: "Maintenance & support", vi: "Bảo trì, hỗ trợ" },
  infrastructure: { en: "Infrastructure (servers, network, workstations)", vi: "Hạ tầng (máy chủ, mạng, máy trạm)" },
  "digital-signatures": { en: "Digital signatures", vi: "Chữ ký số" },
  training: { en: "Training", vi: "Đào tạo" },
  "it-staff": { en: "IT staff", vi: "Nhân lực CNTT" },
  connectivity: { en: "Connectivity & data exchange", vi: "Kết nối, liên thông dữ liệu" },
  hosting: { en: "Hosting / cloud rental", vi: "Thuê hạ tầng, điện toán đám mây" },
  other: { en: "Other", vi: "Khác" },
} as const satisfies Labels<string>;
export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = keysOf(CATEGORY_LABELS);

/** Kinds of funding source; Circular 21/2024/TT-BYT keeps state-budget-funded costs out of prices. */
export const FUNDING_KIND_LABELS = {
  "state-budget": { en: "State budget", vi: "Ngân sách nhà nước" },
  "own-revenue": { en: "Unit's own revenue", vi: "Nguồn thu của đơn vị" },
  "insurance-prices": { en: "Health-insurance-funded prices", vi: "Giá dịch vụ BHYT chi trả" },
  "private-capital": { en: "Private capital", vi: "Vốn tư nhân" },
  loan: { en: "Loan", vi: "Vốn vay" },
  donor: { en: "Donor / sponsor", vi: "Tài trợ, viện trợ" },
} as const satisfies Labels<string>;
export type FundingKind = keyof typeof FUNDING_KIND_LABELS;
export const FUNDING_KINDS = keysOf(FUNDING_KIND_LABELS);

/** How a capital item loses value over its useful life. */
export const DEPRECIATION_METHOD_LABELS = {
  "straight-line": { en: "Straight line", vi: "Đường thẳng" },
  "declining-balance": { en: "Declining balance (Excel DB)", vi: "Số dư giảm dần (DB)" },
  "double-declining": { en: "Double declining balance (Excel DDB)", vi: "Số dư giảm dần kép (DDB)" },
  "sum-of-years": { en: "Sum of years' digits (Excel SYD)", vi: "Tổng số năm (SYD)" },
} as const satisfies Labels<string>;
export type DepreciationMethod = keyof typeof DEPRECIATION_METHOD_LABELS;
export const DEPRECIATION_METHODS = keysOf(DEPRECIATION_METHOD_LABELS);

/** What EMR saves, as the source case names it. */
export const SAVING_KIND_LABELS = {
  "imaging-film": { en: "Imaging film no longer printed", vi: "Không in phim chụp" },
  "printed-results": { en: "Test result sheets no longer printed", vi: "Không in phiếu kết quả xét nghiệm" },
  "paper-storage": { en: "Paper record storage", vi: "Lưu trữ hồ sơ giấy" },
  other: { en: "Other saving", vi: "Tiết kiệm khác" },
} as const satisfies Labels<string>;
export type SavingKind = keyof typeof SAVING_KIND_LABELS;
export const SAVING_KINDS = keysOf(SAVING_KIND_LABELS);

/** The nature of a cost item: an asset depreciated over its life, a cost every year, or a cost paid once. */
export const NATURE_LABELS = {
  capital: { en: "Capital", vi: "Tài sản" },
  recurring: { en: "Recurring", vi: "Thường xuyên" },
  "one-off": { en: "One-off", vi: "Một lần" },
} as const satisfies Labels<string>;

/** Kinds of cost centre: support centres (administration, IT...) allocate to operating ones (wards, lab...). */
export const CENTRE_KIND_LABELS = {
  support: { en: "Support", vi: "Hỗ trợ" },
  operating: { en: "Operating", vi: "Chuyên môn" },
} as const satisfies Labels<string>;

/** How support centres' costs reach the operating centres. */
export const ALLOCATION_METHOD_LABELS = {
  direct: { en: "Direct", vi: "Phân bổ trực tiếp" },
  "step-down": { en: "Step-down", vi: "Phân bổ bậc thang" },
  reciprocal: { en: "Reciprocal", vi: "Phân bổ đồng thời" },
} as const satisfies Labels<string>;

/** Categories of a price list's services. */
export const SERVICE_CATEGORY_LABELS = {
  examination: { en: "Examination", vi: "Khám bệnh" },
  "bed-day": { en: "Bed-day", vi: "Ngày giường" },
  technical: { en: "Technical service", vi: "Dịch vụ kỹ thuật" },
  test: { en: "Test", vi: "Xét nghiệm" },
} as const satisfies Labels<string>;

/** Kinds of a row of a model's sensitivity and Monte Carlo set-up. */
export const ANALYSIS_KIND_LABELS = {
  output: { en: "Output", vi: "Kết quả" },
  sensitivity: { en: "Sensitivity", vi: "Độ nhạy" },
  simulation: { en: "Simulation", vi: "Mô phỏng" },
  correlation: { en: "Correlation", vi: "Tương quan" },
  setting: { en: "Setting", vi: "Thiết lập" },
} as const satisfies Labels<string>;

/** Whether a sensitivity range is a share of the model's value or the value itself. */
export const RANGE_BASIS_LABELS = {
  relative: { en: "Relative", vi: "Tương đối" },
  absolute: { en: "Absolute", vi: "Tuyệt đối" },
} as const satisfies Labels<string>;

/** Distributions of a Monte Carlo input. */
export const DISTRIBUTION_LABELS = {
  triangular: { en: "Triangular", vi: "Tam giác" },
  pert: { en: "PERT", vi: "PERT" },
  uniform: { en: "Uniform", vi: "Đều" },
  normal: { en: "Normal", vi: "Chuẩn" },
} as const satisfies Labels<string>;

/** What the annual cost of a capital item is, for prices (the pricing option `costBasis`). */
export const COST_BASIS_LABELS = {
  depreciation: { en: "Depreciation", vi: "Khấu hao" },
  "equivalent-annual-cost": { en: "Equivalent annual cost", vi: "Chi phí tương đương hằng năm" },
} as const satisfies Labels<string>;
export type CostBasis = keyof typeof COST_BASIS_LABELS;

/** How a proposed price is rounded to the price step (the pricing option `rounding`); half up is Excel's ROUND. */
export const ROUNDING_LABELS = {
  "half-up": { en: "Round half up", vi: "Làm tròn thông thường" },
  "half-even": { en: "Round half to even", vi: "Làm tròn về số chẵn" },
  down: { en: "Round down", vi: "Làm tròn xuống" },
  up: { en: "Round up", vi: "Làm tròn lên" },
} as const satisfies Labels<string>;
export type Rounding = keyof typeof ROUNDING_LABELS;

/** Whose cost a price recovers (the pricing option `basis`): each facility's own, or one price per hospital class (Circular 22/2023/TT-BYT). */
export const PRICE_BASIS_LABELS = {
  facility: { en: "By facility", vi: "Theo từng cơ sở" },
  class: { en: "By hospital class", vi: "Theo hạng bệnh viện" },
} as const satisfies Labels<string>;
export type PriceBasis = keyof typeof PRICE_BASIS_LABELS;

/** The languages of a programme's reports and workbooks, each named in both. */
export const LANGUAGE_LABELS = {
  vi: { en: "Vietnamese", vi: "Tiếng Việt" },
  en: { en: "English", vi: "Tiếng Anh" },
} as const satisfies Labels<Language>;

/** Hospital classes of Vietnam's hospital grading; a model may declare its own list. */
export const DEFAULT_HOSPITAL_CLASSES: readonly string[] = ["special", "I", "II", "III", "IV", "unclassified"];
