import {
  ALLOCATION_METHOD_LABELS,
  ANALYSIS_KIND_LABELS,
  CATEGORY_LABELS,
  CENTRE_KIND_LABELS,
  COST_BASIS_LABELS,
  DEPRECIATION_METHOD_LABELS,
  DISTRIBUTION_LABELS,
  FACILITY_KIND_LABELS,
  FUNDING_KIND_LABELS,
  LANGUAGE_LABELS,
  NATURE_LABELS,
  OWNERSHIP_LABELS,
  PRICE_BASIS_LABELS,
  RANGE_BASIS_LABELS,
  ROUNDING_LABELS,
  SAVING_KIND_LABELS,
  SERVICE_CATEGORY_LABELS,
} from "@costplan/core";
import type { Column } from "../layout.js";
import type { Bilingual } from "./sheet-names.js";

/** A closed list of a column: its drop-down. */
export type ChoiceList = Exclude<NonNullable<Column["choices"]>, "escalation" | "class">;

/**
 * What a drop-down shows for each of the model's codes, by language: core's vocabulary, the
 * words reports and the add-in use too. The codes stay the model's values; the labels are only
 * how a workbook shows them. The drop-downs list them from cells of the hidden Lists sheet
 * (template/choice-lists.ts), so a label may hold commas. The reader takes the label in either
 * language or the code.
 */
export const CHOICE_LABELS: Readonly<Record<ChoiceList, Readonly<Record<string, Bilingual>>>> = {
  facilityKind: FACILITY_KIND_LABELS,
  ownership: OWNERSHIP_LABELS,
  category: CATEGORY_LABELS,
  nature: NATURE_LABELS,
  method: DEPRECIATION_METHOD_LABELS,
  fundingKind: FUNDING_KIND_LABELS,
  savingKind: SAVING_KIND_LABELS,
  centreKind: CENTRE_KIND_LABELS,
  allocationMethod: ALLOCATION_METHOD_LABELS,
  serviceCategory: SERVICE_CATEGORY_LABELS,
  analysisKind: ANALYSIS_KIND_LABELS,
  rangeBasis: RANGE_BASIS_LABELS,
  distribution: DISTRIBUTION_LABELS,
  costBasis: COST_BASIS_LABELS,
  rounding: ROUNDING_LABELS,
  priceBasis: PRICE_BASIS_LABELS,
  language: LANGUAGE_LABELS,
};

/**
 * The short labels that templates wrote before their drop-downs listed core's words from
 * cells (an inline list holds no commas). Read only, never written: a workbook filled in with
 * them still reads.
 */
export const EARLIER_LABELS: Readonly<Partial<Record<ChoiceList, Readonly<Record<string, Bilingual>>>>> = {
  facilityKind: {
    cdc: { en: "CDC", vi: "Trung tâm KSBT" },
    "provincial-pool": { en: "Provincial pool", vi: "Dùng chung cấp tỉnh" },
  },
  category: {
    maintenance: { en: "Maintenance", vi: "Bảo trì hỗ trợ" },
    infrastructure: { en: "Infrastructure", vi: "Hạ tầng" },
    connectivity: { en: "Connectivity", vi: "Kết nối liên thông" },
    hosting: { en: "Hosting", vi: "Thuê hạ tầng" },
  },
  method: {
    "straight-line": { en: "Straight line", vi: "Khấu hao đường thẳng" },
    "declining-balance": { en: "Declining balance", vi: "Số dư giảm dần" },
    "double-declining": { en: "Double declining", vi: "Số dư giảm dần kép" },
    "sum-of-years": { en: "Sum of years", vi: "Tổng số năm" },
  },
  fundingKind: {
    "own-revenue": { en: "Own revenue", vi: "Nguồn thu của đơn vị" },
    "insurance-prices": { en: "Insurance prices", vi: "Giá dịch vụ BHYT" },
    donor: { en: "Donor", vi: "Tài trợ" },
  },
  savingKind: {
    "imaging-film": { en: "Imaging film", vi: "Phim chụp" },
    "printed-results": { en: "Printed results", vi: "Phiếu kết quả in" },
    other: { en: "Other", vi: "Khác" },
  },
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
