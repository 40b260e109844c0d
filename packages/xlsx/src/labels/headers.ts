import type { TABLES } from "../layout.js";
import type { Bilingual } from "./sheet-names.js";

type Keys<S> = S extends { readonly columns: readonly { readonly key: infer K }[] }
  ? K
  : S extends { readonly fields: readonly { readonly key: infer K }[] }
    ? K
    : never;
type HeaderTable = { readonly [T in keyof typeof TABLES as (typeof TABLES)[T]["name"]]: Readonly<Record<Keys<(typeof TABLES)[T]>, Bilingual>> } & {
  readonly Programme: Readonly<Record<string, Bilingual>>;
  readonly Pricing: Readonly<Record<string, Bilingual>>;
};

const provenance = { source: { en: "Source", vi: "Nguồn" }, assumption: { en: "Assumption", vi: "Giả định" } } as const;
const id = { en: "Id", vi: "Mã" } as const;
const name = { en: "Name", vi: "Tên" } as const;
const facility = { en: "Facility", vi: "Cơ sở" } as const;

/**
 * The short header of each column (table sheets, row 2) and the label of each field
 * (key/value sheets, column A), by sheet and key. The long explanation stays in the
 * layout (the header's note, column C). The reader takes a header in either language or
 * the field key itself, so workbooks in vi, in en and from before labels all read.
 */
export const HEADERS: HeaderTable = {
  Programme: {
    id: { en: "Programme id", vi: "Mã chương trình" },
    name: { en: "Programme name", vi: "Tên chương trình" },
    currency: { en: "Currency", vi: "Tiền tệ" },
    firstYear: { en: "First year", vi: "Năm đầu" },
    lastYear: { en: "Last year", vi: "Năm cuối" },
    baseYear: { en: "Base year", vi: "Năm gốc" },
    discountRate: { en: "Discount rate", vi: "Tỷ lệ chiết khấu" },
    language: { en: "Language", vi: "Ngôn ngữ" },
    prorateFirstYear: { en: "Prorate first year", vi: "Khấu hao năm đầu theo tháng" },
    hospitalClasses: { en: "Hospital classes", vi: "Các hạng bệnh viện" },
    "target.units": { en: "Target: units", vi: "Chỉ tiêu: số đơn vị" },
    "target.description": { en: "Target: description", vi: "Chỉ tiêu: mô tả" },
    "target.source": { en: "Target: source", vi: "Chỉ tiêu: nguồn" },
    "target.assumption": { en: "Target: assumption", vi: "Chỉ tiêu: giả định" },
    "reported.totalCost": { en: "Reported total cost", vi: "Tổng chi phí theo nguồn" },
    "reported.units": { en: "Reported units", vi: "Số đơn vị theo nguồn" },
    "reported.byOwnership.public": { en: "Reported cost, public", vi: "Chi phí công lập theo nguồn" },
    "reported.byOwnership.private": { en: "Reported cost, private", vi: "Chi phí tư nhân theo nguồn" },
    "reported.source": { en: "Reported: source", vi: "Số liệu báo cáo: nguồn" },
    "reported.assumption": { en: "Reported: assumption", vi: "Số liệu báo cáo: giả định" },
    ...provenance,
  },
  Pricing: {
    costBasis: { en: "Cost basis", vi: "Cơ sở tính chi phí" },
    recoveryYears: { en: "Recovery years", vi: "Số năm thu hồi" },
    offsetSavings: { en: "Net savings", vi: "Trừ khoản tiết kiệm" },
    excludeStateBudget: { en: "Exclude state budget", vi: "Loại trừ NSNN" },
    phaseIn: { en: "Phase-in share", vi: "Tỷ lệ đưa vào giá" },
    priceStep: { en: "Price step", vi: "Bước làm tròn giá" },
    rounding: { en: "Rounding", vi: "Cách làm tròn" },
    capAtMaximum: { en: "Cap at maximum", vi: "Giới hạn ở giá tối đa" },
    year: { en: "Price year", vi: "Năm bảng giá" },
    ...provenance,
    basis: { en: "Price basis", vi: "Cơ sở tính giá" },
    phaseInYears: { en: "Phase-in years", vi: "Số năm đưa dần vào giá" },
    includeCategories: { en: "Recovered categories", vi: "Nhóm chi phí thu hồi" },
  },
  PriceIndex: { year: { en: "Year", vi: "Năm" }, value: { en: "Index", vi: "Chỉ số" } },
  FundingSources: { id, name, kind: { en: "Kind", vi: "Loại nguồn" }, ...provenance },
  Facilities: {
    id,
    name,
    kind: { en: "Kind", vi: "Loại cơ sở" },
    ownership: { en: "Ownership", vi: "Sở hữu" },
    class: { en: "Class", vi: "Hạng" },
    beds: { en: "Beds", vi: "Số giường" },
    goLive: { en: "Go-live", vi: "Tháng vận hành" },
    ...provenance,
  },
  Pools: { id, name, ownership: { en: "Ownership", vi: "Sở hữu" }, ...provenance },
  FundingShares: {
    item: { en: "Cost item", vi: "Khoản chi phí" },
    source: { en: "Funding source", vi: "Nguồn vốn" },
    share: { en: "Share", vi: "Tỷ lệ" },
  },
  Analysis: {
    kind: { en: "Kind", vi: "Loại" },
    path: { en: "Input path", vi: "Đường dẫn đầu vào" },
    basis: { en: "Basis", vi: "Cách tính khoảng" },
    low: { en: "Low", vi: "Mức thấp" },
    high: { en: "High", vi: "Mức cao" },
    distribution: { en: "Distribution", vi: "Phân phối" },
    min: { en: "Minimum", vi: "Nhỏ nhất" },
    mode: { en: "Most likely", vi: "Khả dĩ nhất" },
    max: { en: "Maximum", vi: "Lớn nhất" },
    mean: { en: "Mean", vi: "Trung bình" },
    sd: { en: "Standard deviation", vi: "Độ lệch chuẩn" },
    with: { en: "Correlated with", vi: "Tương quan với" },
    rank: { en: "Rank correlation", vi: "Hệ số tương quan hạng" },
    value: { en: "Value", vi: "Giá trị" },
    assumption: { en: "Assumption", vi: "Giả định" },
    assumptionEn: { en: "Assumption (English)", vi: "Giả định (tiếng Anh)" },
    assumptionVi: { en: "Assumption (Vietnamese)", vi: "Giả định (tiếng Việt)" },
  },
  CostItems: {
    id,
    name,
    facility: { en: "Facility or pool", vi: "Cơ sở / dùng chung" },
    centre: { en: "Cost centre", vi: "Trung tâm chi phí" },
    category: { en: "Category", vi: "Nhóm chi phí" },
    nature: { en: "Nature", vi: "Tính chất" },
    funding: { en: "Funding", vi: "Nguồn vốn" },
    cost: { en: "Cost", vi: "Nguyên giá" },
    salvage: { en: "Salvage", vi: "Giá trị thu hồi" },
    inService: { en: "In service", vi: "Đưa vào sử dụng" },
    usefulLife: { en: "Useful life", vi: "Thời gian sử dụng" },
    method: { en: "Method", vi: "Phương pháp khấu hao" },
    factor: { en: "DDB factor", vi: "Hệ số DDB" },
    paidYear: { en: "Year paid", vi: "Năm chi" },
    prorateFirstYear: { en: "Prorate first year", vi: "Khấu hao năm đầu theo tháng" },
    amountPerYear: { en: "Amount per year", vi: "Số tiền mỗi năm" },
    firstYear: { en: "First year", vi: "Năm đầu" },
    lastYear: { en: "Last year", vi: "Năm cuối" },
    escalation: { en: "Escalation", vi: "Tỷ lệ tăng" },
    amount: { en: "One-off amount", vi: "Số tiền một lần" },
    year: { en: "One-off year", vi: "Năm chi một lần" },
    ...provenance,
  },
  Savings: {
    id,
    facility,
    kind: { en: "Kind", vi: "Loại tiết kiệm" },
    name,
    amountPerYear: { en: "Amount per year", vi: "Số tiền mỗi năm" },
    firstYear: { en: "First year", vi: "Năm đầu" },
    lastYear: { en: "Last year", vi: "Năm cuối" },
    ...provenance,
  },
  CentreSettings: {
    facility,
    method: { en: "Allocation method", vi: "Phương pháp phân bổ" },
    order: { en: "Step-down order", vi: "Thứ tự bậc thang" },
    emrCentre: { en: "EMR centre", vi: "Trung tâm nhận BAĐT" },
    bases: { en: "Bases", vi: "Tiêu thức" },
    ...provenance,
  },
  CostCentres: {
    facility,
    id: { en: "Centre id", vi: "Mã trung tâm" },
    name,
    kind: { en: "Kind", vi: "Loại trung tâm" },
    directCost: { en: "Direct cost", vi: "Chi phí trực tiếp" },
    ...provenance,
  },
  Usage: {
    facility,
    support: { en: "Support centre", vi: "Trung tâm hỗ trợ" },
    receiver: { en: "Receiving centre", vi: "Trung tâm nhận" },
    value: { en: "Usage", vi: "Lượng sử dụng" },
  },
  ServiceLists: {
    id: { en: "List id", vi: "Mã bảng giá" },
    facility,
    class: { en: "Class", vi: "Hạng" },
    insuredShare: { en: "Insured share", vi: "Tỷ lệ có BHYT" },
    coverage: { en: "Coverage", vi: "Mức hưởng" },
    ...provenance,
  },
  Services: {
    list: { en: "Price list", vi: "Bảng giá" },
    code: { en: "Code", vi: "Mã dịch vụ" },
    name,
    category: { en: "Category", vi: "Loại dịch vụ" },
    bedType: { en: "Bed type", vi: "Loại giường" },
    centre: { en: "Operating centre", vi: "Khoa" },
    volume: { en: "Volume", vi: "Số lượt" },
    volumePerBed: { en: "Volume per bed", vi: "Số lượt mỗi giường" },
    weight: { en: "Weight", vi: "Trọng số" },
    currentPrice: { en: "Current price", vi: "Giá hiện hành" },
    maxPrice: { en: "Maximum price", vi: "Giá tối đa" },
    insuredShare: { en: "Insured share", vi: "Tỷ lệ có BHYT" },
    coverage: { en: "Coverage", vi: "Mức hưởng" },
    personnel: { en: "Personnel", vi: "Nhân lực" },
    direct: { en: "Direct costs", vi: "Chi phí trực tiếp" },
    depreciation: { en: "Depreciation", vi: "Khấu hao" },
    generalAdministrative: { en: "General & admin", vi: "Quản lý chung" },
    accumulation: { en: "Accumulation", vi: "Tích lũy" },
    ...provenance,
  },
  Scenarios: {
    name: { en: "Scenario", vi: "Tên kịch bản" },
    description: { en: "Description", vi: "Mô tả" },
    path: { en: "Path", vi: "Đường dẫn" },
    value: { en: "Value", vi: "Giá trị" },
    descriptionEn: { en: "Description (en)", vi: "Mô tả (tiếng Anh)" },
    descriptionVi: { en: "Description (vi)", vi: "Mô tả (tiếng Việt)" },
    reason: { en: "Reason", vi: "Lý do" },
  },
};

/** The header (or field label) of a column on a sheet. */
export function headerOf(sheet: string, key: string): Bilingual {
  const label = (HEADERS as unknown as Readonly<Record<string, Readonly<Record<string, Bilingual>>>>)[sheet]?.[key];
  if (label === undefined) throw new Error(`no header for ${sheet}.${key}`);
  return label;
}
