import type { Language } from "@costplan/core";

/** Text in both languages. */
export type Bilingual = Readonly<Record<Language, string>>;

/** The stable key of an input sheet: its layout name, which was also its name in workbooks made before sheets had names in vi and en. */
export type SheetKey =
  | "Programme"
  | "PriceIndex"
  | "FundingSources"
  | "Facilities"
  | "Pools"
  | "CostItems"
  | "FundingShares"
  | "Savings"
  | "CentreSettings"
  | "CostCentres"
  | "Usage"
  | "ServiceLists"
  | "Services"
  | "Pricing"
  | "Scenarios"
  | "Analysis";

/**
 * The name of each input sheet on its tab, by language. The English names stay the
 * names workbooks have always had (`CostItems`), so formulas and filled templates made
 * before keep working; the Vietnamese ones are what a finance officer reads. Excel limits a sheet name to 31
 * characters without []:*?/\ and compares names without case; a test holds them to that,
 * and keeps them apart from each other and from the result sheets' names.
 */
export const SHEET_NAMES: Readonly<Record<SheetKey, Bilingual>> = {
  Programme: { en: "Programme", vi: "Chương trình" },
  PriceIndex: { en: "PriceIndex", vi: "Chỉ số giá" },
  FundingSources: { en: "FundingSources", vi: "Nguồn vốn" },
  Facilities: { en: "Facilities", vi: "Cơ sở y tế" },
  Pools: { en: "Pools", vi: "Hạng mục dùng chung" },
  CostItems: { en: "CostItems", vi: "Khoản chi phí" },
  FundingShares: { en: "FundingShares", vi: "Tỷ lệ nguồn vốn" },
  Savings: { en: "Savings", vi: "Khoản tiết kiệm" },
  CentreSettings: { en: "CentreSettings", vi: "Thiết lập trung tâm" },
  CostCentres: { en: "CostCentres", vi: "Trung tâm chi phí" },
  Usage: { en: "Usage", vi: "Tiêu thức phân bổ" },
  ServiceLists: { en: "ServiceLists", vi: "Danh sách bảng giá" },
  Services: { en: "Services", vi: "Dịch vụ" },
  Pricing: { en: "Pricing", vi: "Tùy chọn tính giá" },
  Scenarios: { en: "Scenarios", vi: "Kịch bản" },
  Analysis: { en: "Analysis", vi: "Thiết lập phân tích" },
};

/** The name of an input sheet's tab in a language. */
export function sheetName(key: string, language: Language): string {
  const names = SHEET_NAMES[key as SheetKey] as Bilingual | undefined;
  if (names === undefined) throw new Error(`no input sheet ${key}`);
  return names[language];
}

/**
 * Every name an input sheet's tab may have, in the template's order: each sheet's English
 * name (also its name in workbooks made before tabs had labels), then its Vietnamese one.
 * The Excel add-in finds its input sheets by these names, whichever language the workbook
 * was made in (Excel compares sheet names without case).
 */
export const INPUT_SHEET_NAMES: readonly string[] = Object.values(SHEET_NAMES).flatMap((names) => [names.en, names.vi]);
