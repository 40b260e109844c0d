import { COST_BASIS_LABELS, LANGUAGE_LABELS, PRICE_BASIS_LABELS, ROUNDING_LABELS } from "@costplan/core";
import type { Column } from "../layout.js";
import type { Bilingual } from "./sheet-names.js";

/** A closed list of a column: its drop-down. */
export type ChoiceList = Exclude<NonNullable<Column["choices"]>, "escalation" | "class">;

/**
 * What a drop-down shows for each of the model's codes, by language. The codes stay the
 * model's values (core's vocabulary); these are only how a workbook shows them. Excel's
 * inline lists hold no commas and at most 255 characters, so the labels are short and
 * comma-free (a test checks every list fits). The reader takes the label in either
 * language or the code.
 */
export const CHOICE_LABELS: Readonly<Record<ChoiceList, Readonly<Record<string, Bilingual>>>> = {
  facilityKind: {
    "public-hospital": { en: "Public hospital", vi: "Bệnh viện công lập" },
    "medical-centre": { en: "Medical centre", vi: "Trung tâm y tế" },
    "private-hospital": { en: "Private hospital", vi: "Bệnh viện tư nhân" },
    cdc: { en: "CDC", vi: "Trung tâm KSBT" },
    "commune-station": { en: "Commune health station", vi: "Trạm y tế xã" },
    "provincial-pool": { en: "Provincial pool", vi: "Dùng chung cấp tỉnh" },
    other: { en: "Other", vi: "Khác" },
  },
  ownership: {
    public: { en: "Public", vi: "Công lập" },
    private: { en: "Private", vi: "Tư nhân" },
  },
  category: {
    "software-licence": { en: "Software licence", vi: "Bản quyền phần mềm" },
    "software-deployment": { en: "Software deployment", vi: "Triển khai phần mềm" },
    maintenance: { en: "Maintenance", vi: "Bảo trì hỗ trợ" },
    infrastructure: { en: "Infrastructure", vi: "Hạ tầng" },
    "digital-signatures": { en: "Digital signatures", vi: "Chữ ký số" },
    training: { en: "Training", vi: "Đào tạo" },
    "it-staff": { en: "IT staff", vi: "Nhân lực CNTT" },
    connectivity: { en: "Connectivity", vi: "Kết nối liên thông" },
    hosting: { en: "Hosting", vi: "Thuê hạ tầng" },
    other: { en: "Other", vi: "Khác" },
  },
  nature: {
    capital: { en: "Capital", vi: "Tài sản" },
    recurring: { en: "Recurring", vi: "Thường xuyên" },
    "one-off": { en: "One-off", vi: "Một lần" },
  },
  method: {
    "straight-line": { en: "Straight line", vi: "Khấu hao đường thẳng" },
    "declining-balance": { en: "Declining balance", vi: "Số dư giảm dần" },
    "double-declining": { en: "Double declining", vi: "Số dư giảm dần kép" },
    "sum-of-years": { en: "Sum of years", vi: "Tổng số năm" },
  },
  fundingKind: {
    "state-budget": { en: "State budget", vi: "Ngân sách nhà nước" },
    "own-revenue": { en: "Own revenue", vi: "Nguồn thu của đơn vị" },
    "insurance-prices": { en: "Insurance prices", vi: "Giá dịch vụ BHYT" },
    "private-capital": { en: "Private capital", vi: "Vốn tư nhân" },
    loan: { en: "Loan", vi: "Vốn vay" },
    donor: { en: "Donor", vi: "Tài trợ" },
  },
  savingKind: {
    "imaging-film": { en: "Imaging film", vi: "Phim chụp" },
    "printed-results": { en: "Printed results", vi: "Phiếu kết quả in" },
    "paper-storage": { en: "Paper storage", vi: "Lưu trữ hồ sơ giấy" },
    other: { en: "Other", vi: "Khác" },
  },
  centreKind: {
    support: { en: "Support", vi: "Hỗ trợ" },
    operating: { en: "Operating", vi: "Chuyên môn" },
  },
  allocationMethod: {
    direct: { en: "Direct", vi: "Phân bổ trực tiếp" },
    "step-down": { en: "Step-down", vi: "Phân bổ bậc thang" },
    reciprocal: { en: "Reciprocal", vi: "Phân bổ đồng thời" },
  },
  serviceCategory: {
    examination: { en: "Examination", vi: "Khám bệnh" },
    "bed-day": { en: "Bed-day", vi: "Ngày giường" },
    technical: { en: "Technical service", vi: "Dịch vụ kỹ thuật" },
    test: { en: "Test", vi: "Xét nghiệm" },
  },
  analysisKind: {
    output: { en: "Output", vi: "Kết quả" },
    sensitivity: { en: "Sensitivity", vi: "Độ nhạy" },
    simulation: { en: "Simulation", vi: "Mô phỏng" },
    correlation: { en: "Correlation", vi: "Tương quan" },
    setting: { en: "Setting", vi: "Thiết lập" },
  },
  rangeBasis: {
    relative: { en: "Relative", vi: "Tương đối" },
    absolute: { en: "Absolute", vi: "Tuyệt đối" },
  },
  distribution: {
    triangular: { en: "Triangular", vi: "Tam giác" },
    pert: { en: "PERT", vi: "PERT" },
    uniform: { en: "Uniform", vi: "Đều" },
    normal: { en: "Normal", vi: "Chuẩn" },
  },
  costBasis: COST_BASIS_LABELS,
  rounding: ROUNDING_LABELS,
  priceBasis: PRICE_BASIS_LABELS,
  language: LANGUAGE_LABELS,
};

/** Yes and no, as a boolean cell shows them; TRUE/FALSE and 1/0 read as well. */
export const BOOLEAN_LABELS: Readonly<Record<"true" | "false", Bilingual>> = {
  true: { en: "Yes", vi: "Có" },
  false: { en: "No", vi: "Không" },
};

/** Whether a column's drop-down has labels (hospital classes are the model's own words; escalation is a rate). */
export function isChoiceList(choice: Column["choices"]): choice is ChoiceList {
  return choice !== undefined && choice !== "escalation" && choice !== "class";
}
