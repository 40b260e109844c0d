import type { Language } from "@costplan/core";

/** The result sheets a workbook may hold, by a key that does not change with the language. */
export type ResultSheet = "cover" | "depreciation" | "flows" | "budget" | "allocation" | "priceBasis" | "prices" | "scenarios" | "charts" | "audit";

/**
 * The tab name of every result sheet in each language: the one place they are spelt, so a
 * formula that points at another result sheet, the Audit sheet's list and the tests all use
 * the name the tab shows. Excel allows at most 31 characters and none of []:*?/\ in a name.
 * The Vietnamese names are those of a provincial finance office's workbook; "Giải trình"
 * (explanation) rather than "Kiểm toán" (audit, the State Audit's work) for the sheet that
 * says why a range holds values.
 */
export const RESULT_SHEET_NAMES: Readonly<Record<ResultSheet, Readonly<Record<Language, string>>>> = {
  cover: { en: "Cover", vi: "Tổng quan" },
  depreciation: { en: "Depreciation", vi: "Khấu hao" },
  flows: { en: "Flows", vi: "Dòng chi phí" },
  budget: { en: "Budget", vi: "Ngân sách" },
  allocation: { en: "Allocation", vi: "Phân bổ" },
  priceBasis: { en: "PriceBasis", vi: "Cơ sở giá" },
  prices: { en: "Prices", vi: "Giá dịch vụ" },
  scenarios: { en: "ScenarioResults", vi: "Kết quả kịch bản" },
  charts: { en: "Charts", vi: "Biểu đồ" },
  audit: { en: "Audit", vi: "Giải trình" },
};

/**
 * A result sheet's tab name in a workbook's language.
 *
 * @example resultSheetName("budget", "vi") // "Ngân sách"
 */
export function resultSheetName(sheet: ResultSheet, lang: Language): string {
  return RESULT_SHEET_NAMES[sheet][lang];
}
