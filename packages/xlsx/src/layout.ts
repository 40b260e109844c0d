/**
 * The layout of the input sheets: the contract between the template costplan writes and
 * the reader that turns a filled workbook back into a model. Each table sheet has a title
 * row (row 1, in the user's language), a header row of field keys (row 2, an Excel Table
 * with filters) and one record per row from row 3. Key/value sheets hold one field per row:
 * key in column A, value in column B, explanation in column C.
 */

/** A column of a table sheet: its field key and what it holds. */
export interface Column {
  /** Header text and field key. */
  readonly key: string;
  readonly kind: "text" | "id" | "amount" | "number" | "integer" | "year" | "month" | "boolean" | "list" | "json";
  /** Drop-down choices (data validation), when the field takes one of a closed list. */
  readonly choices?:
    | "facilityKind"
    | "ownership"
    | "category"
    | "nature"
    | "method"
    | "fundingKind"
    | "savingKind"
    | "class"
    | "centreKind"
    | "allocationMethod"
    | "serviceCategory"
    | "analysisKind"
    | "rangeBasis"
    | "distribution"
    | "costBasis"
    | "rounding"
    | "priceBasis"
    | "language"
    | "escalation";
  readonly required?: boolean;
  /**
   * The table whose ids this column names: its drop-down lists that table's id column
   * (`facilityOrPool`: the ids of Facilities and of Pools, in one list).
   */
  readonly refers?: "facilities" | "facilityOrPool" | "fundingSources" | "costItems" | "serviceLists" | "centres";
  /** A share or rate (0.9), shown as a percentage (90%); the cell still holds the number. */
  readonly percent?: boolean;
  /** A key/value field added after workbooks were filled in: a sheet without its row still reads (as the field left empty). */
  readonly mayBeAbsent?: boolean;
  readonly en: string;
  readonly vi: string;
}

/** A sheet of records. */
export interface TableSheet {
  readonly name: string;
  readonly table: string;
  readonly title: { readonly en: string; readonly vi: string };
  readonly columns: readonly Column[];
}

/** A sheet of single fields. */
export interface KeyValueSheet {
  readonly name: string;
  readonly title: { readonly en: string; readonly vi: string };
  readonly fields: readonly Column[];
}

const c = (
  key: string,
  kind: Column["kind"],
  en: string,
  vi: string,
  extra: Partial<Pick<Column, "choices" | "required" | "percent" | "refers" | "mayBeAbsent">> = {},
): Column => ({ key, kind, en, vi, ...extra });
const provenance = [
  c("source", "text", "Citation of the source (for figures quoted from it)", "Trích dẫn nguồn (với số liệu lấy từ nguồn)"),
  c("assumption", "text", "Reason, when the figure is an assumption", "Lý do, khi số liệu là giả định"),
];

export const PROGRAMME: KeyValueSheet = {
  name: "Programme",
  title: { en: "Programme", vi: "Chương trình" },
  fields: [
    c("id", "id", "Programme id", "Mã chương trình", { required: true }),
    c("name", "text", "Programme name", "Tên chương trình", { required: true }),
    c("currency", "text", "Currency (ISO 4217), e.g. VND", "Tiền tệ (ISO 4217), ví dụ VND", { required: true }),
    c("firstYear", "year", "First fiscal year", "Năm đầu", { required: true }),
    c("lastYear", "year", "Last fiscal year", "Năm cuối", { required: true }),
    c("baseYear", "year", "Base year of constant prices and discounting", "Năm gốc (giá so sánh, chiết khấu)"),
    c("discountRate", "number", "Discount rate, e.g. 8%", "Tỷ lệ chiết khấu, ví dụ 8%", { percent: true }),
    c("language", "text", "Language of reports and workbooks", "Ngôn ngữ của báo cáo và sổ tính", { choices: "language" }),
    c("prorateFirstYear", "boolean", "Prorate the first year of depreciation by months", "Khấu hao năm đầu theo số tháng sử dụng"),
    c("hospitalClasses", "list", "Hospital classes, separated by ;", "Các hạng bệnh viện, cách nhau bởi ;"),
    c("target.units", "integer", "Target: units", "Chỉ tiêu: số đơn vị"),
    c("target.description", "text", "Target: description", "Chỉ tiêu: mô tả"),
    c("target.source", "text", "Target: source", "Chỉ tiêu: nguồn"),
    c("target.assumption", "text", "Target: assumption", "Chỉ tiêu: giả định"),
    c("reported.totalCost", "amount", "Reported total cost", "Tổng chi phí theo nguồn"),
    c("reported.units", "integer", "Reported units", "Số đơn vị theo nguồn"),
    c("reported.byOwnership.public", "amount", "Reported cost, public", "Chi phí công lập theo nguồn"),
    c("reported.byOwnership.private", "amount", "Reported cost, private", "Chi phí tư nhân theo nguồn"),
    c("reported.source", "text", "Reported figures: source", "Số liệu báo cáo: nguồn"),
    c("reported.assumption", "text", "Reported figures: assumption", "Số liệu báo cáo: giả định"),
    ...provenance,
  ],
};

export const PRICING: KeyValueSheet = {
  name: "Pricing",
  title: { en: "Pricing options", vi: "Tùy chọn tính giá" },
  fields: [
    c(
      "costBasis",
      "text",
      "Annual cost of capital items: depreciation, or equivalent annual cost at the discount rate",
      "Chi phí hằng năm của tài sản: khấu hao, hoặc chi phí tương đương hằng năm theo tỷ lệ chiết khấu",
      { choices: "costBasis" },
    ),
    c("recoveryYears", "integer", "Recovery period in years (empty: useful life)", "Thời gian thu hồi (năm); để trống: thời gian sử dụng"),
    c("offsetSavings", "boolean", "Net savings off the cost", "Trừ khoản tiết kiệm"),
    c("excludeStateBudget", "boolean", "Leave out state-budget-funded costs", "Loại trừ chi phí do NSNN chi"),
    c("phaseIn", "number", "Share of EMR cost built into prices, 0% to 100%", "Tỷ lệ chi phí BAĐT đưa vào giá, 0% đến 100%", { percent: true }),
    c("priceStep", "amount", "Price step, e.g. 100", "Bước làm tròn giá, ví dụ 100"),
    c("rounding", "text", "How a proposed price is rounded to the price step", "Cách làm tròn giá đề xuất theo bước làm tròn", { choices: "rounding" }),
    c("capAtMaximum", "boolean", "Cap at the maximum price", "Giới hạn ở giá tối đa"),
    c("year", "year", "Year of the price table", "Năm của bảng giá"),
    ...provenance,
    // After the provenance rows, so the cells of a workbook made before them stay where they were.
    c(
      "basis",
      "text",
      "Price basis: each facility's own cost, or one price per hospital class",
      "Cơ sở tính giá: chi phí của từng cơ sở, hoặc một giá cho mỗi hạng bệnh viện",
      { mayBeAbsent: true, choices: "priceBasis" },
    ),
    c("phaseInYears", "integer", "Phase the cost in over this many years (empty: at once)", "Đưa dần chi phí vào giá trong số năm này (để trống: đưa ngay)", {
      mayBeAbsent: true,
    }),
    c(
      "includeCategories",
      "list",
      "Recover only these categories, separated by ; (empty: every category)",
      "Chỉ thu hồi các nhóm chi phí này, cách nhau bởi ; (để trống: mọi nhóm)",
      { mayBeAbsent: true },
    ),
  ],
};

export const TABLES = {
  priceIndex: {
    name: "PriceIndex",
    table: "PriceIndex",
    title: { en: "Price index by year", vi: "Chỉ số giá theo năm" },
    columns: [c("year", "year", "Year", "Năm", { required: true }), c("value", "number", "Index value", "Giá trị chỉ số", { required: true })],
  },
  fundingSources: {
    name: "FundingSources",
    table: "FundingSources",
    title: { en: "Funding sources", vi: "Nguồn vốn" },
    columns: [
      c("id", "id", "Id", "Mã", { required: true }),
      c("name", "text", "Name", "Tên", { required: true }),
      c("kind", "text", "Kind", "Loại", { required: true, choices: "fundingKind" }),
      ...provenance,
    ],
  },
  facilities: {
    name: "Facilities",
    table: "Facilities",
    title: { en: "Facilities", vi: "Cơ sở y tế" },
    columns: [
      c("id", "id", "Id", "Mã", { required: true }),
      c("name", "text", "Name", "Tên", { required: true }),
      c("kind", "text", "Kind", "Loại", { required: true, choices: "facilityKind" }),
      c("ownership", "text", "Ownership", "Sở hữu", { required: true, choices: "ownership" }),
      c("class", "text", "Hospital class", "Hạng", { choices: "class" }),
      c("beds", "integer", "Beds", "Số giường"),
      c("goLive", "month", "Go-live month (YYYY-MM)", "Tháng vận hành (YYYY-MM)"),
      ...provenance,
    ],
  },
  pools: {
    name: "Pools",
    table: "Pools",
    title: { en: "Shared pools", vi: "Hạng mục dùng chung" },
    columns: [
      c("id", "id", "Id", "Mã", { required: true }),
      c("name", "text", "Name", "Tên", { required: true }),
      c("ownership", "text", "Ownership", "Sở hữu", { required: true, choices: "ownership" }),
      ...provenance,
    ],
  },
  costItems: {
    name: "CostItems",
    table: "CostItems",
    title: { en: "Cost items (amounts in đồng / minor units)", vi: "Khoản chi phí (số tiền theo đồng / đơn vị nhỏ nhất)" },
    columns: [
      c("id", "id", "Id", "Mã", { required: true }),
      c("name", "text", "Name", "Tên", { required: true }),
      c("facility", "id", "Facility or pool", "Cơ sở hoặc hạng mục dùng chung", { required: true, refers: "facilityOrPool" }),
      c("centre", "id", "Cost centre", "Trung tâm chi phí", { refers: "centres" }),
      c("category", "text", "Category", "Nhóm chi phí", { required: true, choices: "category" }),
      c("nature", "text", "Nature", "Tính chất", { required: true, choices: "nature" }),
      // Empty when the item's shares are on FundingShares; still reads the id:share; id:share text of earlier templates.
      c(
        "funding",
        "id",
        "Funding source id; leave empty and give shares on FundingShares when several sources pay",
        "Mã nguồn vốn; để trống và ghi tỷ lệ ở trang Tỷ lệ nguồn vốn khi nhiều nguồn cùng chi",
        { refers: "fundingSources" },
      ),
      c("cost", "amount", "Capital: cost", "Tài sản: nguyên giá"),
      c("salvage", "amount", "Capital: salvage", "Tài sản: giá trị thu hồi"),
      c("inService", "month", "Capital: in service (YYYY-MM)", "Tài sản: đưa vào sử dụng (YYYY-MM)"),
      c("usefulLife", "integer", "Capital: useful life (years)", "Tài sản: thời gian sử dụng (năm)"),
      c("method", "text", "Capital: depreciation method", "Tài sản: phương pháp khấu hao", { choices: "method" }),
      c("factor", "number", "Capital: DDB factor", "Tài sản: hệ số DDB"),
      c("paidYear", "year", "Capital: year paid", "Tài sản: năm chi"),
      c("prorateFirstYear", "boolean", "Capital: prorate first year", "Tài sản: khấu hao năm đầu theo tháng"),
      c("amountPerYear", "amount", "Recurring: amount per year", "Thường xuyên: số tiền mỗi năm"),
      c("firstYear", "year", "Recurring: first year", "Thường xuyên: năm đầu"),
      c("lastYear", "year", "Recurring: last year", "Thường xuyên: năm cuối"),
      c("escalation", "text", "Recurring: growth rate or index", "Thường xuyên: tỷ lệ tăng hoặc index", { choices: "escalation" }),
      c("amount", "amount", "One-off: amount", "Một lần: số tiền"),
      c("year", "year", "One-off: year", "Một lần: năm"),
      ...provenance,
    ],
  },
  fundingShares: {
    name: "FundingShares",
    table: "FundingShares",
    title: { en: "Funding shares: one row per cost item and source", vi: "Tỷ lệ nguồn vốn" },
    columns: [
      c("item", "id", "Cost item", "Khoản chi phí", { required: true, refers: "costItems" }),
      c("source", "id", "Funding source", "Nguồn vốn", { required: true, refers: "fundingSources" }),
      c(
        "share",
        "number",
        "Share of the item's cost, e.g. 60%; an item's shares add up to 100%",
        "Tỷ lệ trong chi phí của khoản, ví dụ 60%; tổng các tỷ lệ của một khoản là 100%",
        { required: true, percent: true },
      ),
    ],
  },
  savings: {
    name: "Savings",
    table: "Savings",
    title: { en: "Savings", vi: "Khoản tiết kiệm" },
    columns: [
      c("id", "id", "Id", "Mã", { required: true }),
      c("facility", "id", "Facility", "Cơ sở", { required: true, refers: "facilities" }),
      c("kind", "text", "Kind", "Loại", { required: true, choices: "savingKind" }),
      c("name", "text", "Name", "Tên"),
      c("amountPerYear", "amount", "Amount per year", "Số tiền mỗi năm", { required: true }),
      c("firstYear", "year", "First year", "Năm đầu", { required: true }),
      c("lastYear", "year", "Last year", "Năm cuối"),
      ...provenance,
    ],
  },
  centreSettings: {
    name: "CentreSettings",
    table: "CentreSettings",
    title: { en: "Cost-centre settings per facility", vi: "Thiết lập trung tâm chi phí theo cơ sở" },
    columns: [
      c("facility", "id", "Facility", "Cơ sở", { required: true, refers: "facilities" }),
      c("method", "text", "Allocation method", "Phương pháp phân bổ", { choices: "allocationMethod" }),
      c("order", "list", "Step-down order, separated by ;", "Thứ tự bậc thang, cách nhau bởi ;"),
      c("emrCentre", "id", "Centre carrying EMR items", "Trung tâm nhận chi phí BAĐT", { required: true, refers: "centres" }),
      c("bases", "text", "Bases: centre=base; centre=base", "Tiêu thức: trung tâm=tiêu thức; ..."),
      ...provenance,
    ],
  },
  centres: {
    name: "CostCentres",
    table: "CostCentres",
    title: { en: "Cost centres", vi: "Trung tâm chi phí" },
    columns: [
      c("facility", "id", "Facility", "Cơ sở", { required: true, refers: "facilities" }),
      c("id", "id", "Centre id", "Mã trung tâm", { required: true }),
      c("name", "text", "Name", "Tên", { required: true }),
      c("kind", "text", "support or operating", "support hoặc operating", { required: true, choices: "centreKind" }),
      c("directCost", "amount", "Yearly direct cost (non-EMR)", "Chi phí trực tiếp hằng năm (ngoài BAĐT)"),
      ...provenance,
    ],
  },
  usage: {
    name: "Usage",
    table: "Usage",
    title: { en: "Allocation bases: usage of each support centre", vi: "Tiêu thức phân bổ của trung tâm hỗ trợ" },
    columns: [
      c("facility", "id", "Facility", "Cơ sở", { required: true, refers: "facilities" }),
      c("support", "id", "Support centre", "Trung tâm hỗ trợ", { required: true, refers: "centres" }),
      c("receiver", "id", "Receiving centre", "Trung tâm nhận", { required: true, refers: "centres" }),
      c("value", "number", "Usage", "Lượng sử dụng", { required: true }),
    ],
  },
  serviceLists: {
    name: "ServiceLists",
    table: "ServiceLists",
    title: { en: "Price lists", vi: "Bảng giá" },
    columns: [
      c("id", "id", "List id", "Mã bảng giá", { required: true }),
      c("facility", "id", "Facility (or leave empty and give a class)", "Cơ sở (hoặc để trống và ghi hạng)", { refers: "facilities" }),
      c("class", "text", "Hospital class", "Hạng bệnh viện", { choices: "class" }),
      c("insuredShare", "number", "Insured share of volume", "Tỷ lệ lượt có BHYT", { percent: true }),
      c("coverage", "number", "Fund coverage: 80%, 95% or 100%", "Mức hưởng: 80%, 95% hoặc 100%", { percent: true }),
      ...provenance,
    ],
  },
  services: {
    name: "Services",
    table: "Services",
    title: { en: "Services (prices in đồng)", vi: "Dịch vụ (giá theo đồng)" },
    columns: [
      c("list", "id", "Price list", "Bảng giá", { required: true, refers: "serviceLists" }),
      c("code", "id", "Code", "Mã", { required: true }),
      c("name", "text", "Name", "Tên", { required: true }),
      c("category", "text", "Category", "Loại dịch vụ", { required: true, choices: "serviceCategory" }),
      c("bedType", "text", "Bed type", "Loại giường"),
      c("centre", "id", "Operating centre", "Khoa", { refers: "centres" }),
      c("volume", "integer", "Volume a year", "Số lượt mỗi năm"),
      c("volumePerBed", "number", "Volume per bed", "Số lượt mỗi giường"),
      c("weight", "number", "Relative weight", "Trọng số"),
      c("currentPrice", "amount", "Current price", "Giá hiện hành", { required: true }),
      c("maxPrice", "amount", "Maximum price", "Giá tối đa"),
      c("insuredShare", "number", "Insured share", "Tỷ lệ có BHYT", { percent: true }),
      c("coverage", "number", "Fund coverage", "Mức hưởng", { percent: true }),
      c("personnel", "amount", "Current: personnel", "Hiện hành: nhân lực"),
      c("direct", "amount", "Current: direct costs", "Hiện hành: chi phí trực tiếp"),
      c("depreciation", "amount", "Current: depreciation", "Hiện hành: khấu hao"),
      c("generalAdministrative", "amount", "Current: general & administrative", "Hiện hành: quản lý chung"),
      c("accumulation", "amount", "Current: accumulation", "Hiện hành: tích lũy"),
      ...provenance,
    ],
  },
  scenarios: {
    name: "Scenarios",
    table: "Scenarios",
    title: { en: "Scenarios: one override per row", vi: "Kịch bản: mỗi dòng một thay đổi" },
    columns: [
      c("name", "id", "Scenario name", "Tên kịch bản", { required: true }),
      c("description", "text", "Description", "Mô tả"),
      c("path", "text", "Path, e.g. programme.discountRate", "Đường dẫn, ví dụ programme.discountRate", { required: true }),
      c("value", "json", "Value (number, true/false, text)", "Giá trị (số, true/false, văn bản)", { required: true }),
      // After the override columns, so a workbook made before them reads the same cells.
      c("descriptionEn", "text", "Description in English", "Mô tả bằng tiếng Anh"),
      c("descriptionVi", "text", "Description in Vietnamese", "Mô tả bằng tiếng Việt"),
      c("reason", "text", "Reason or source", "Lý do hoặc nguồn"),
    ],
  },
  // The model's sensitivity and Monte Carlo set-up (template/analysis-rows.ts). A workbook made before it has no such sheet and reads as before.
  analysis: {
    name: "Analysis",
    table: "Analysis",
    title: { en: "Sensitivity and Monte Carlo set-up: one input per row", vi: "Thiết lập phân tích độ nhạy và Monte Carlo: mỗi dòng một đầu vào" },
    columns: [
      c(
        "kind",
        "text",
        "sensitivity, simulation, correlation, output or setting",
        "sensitivity (độ nhạy), simulation (mô phỏng), correlation (tương quan), output (kết quả) hoặc setting (thiết lập)",
        { required: true, choices: "analysisKind" },
      ),
      c(
        "path",
        "text",
        "Path of the input, e.g. programme.discountRate (setting: its name, e.g. simulation.draws)",
        "Đường dẫn đầu vào, ví dụ programme.discountRate (thiết lập: tên, ví dụ simulation.draws)",
        { required: true },
      ),
      c(
        "basis",
        "text",
        "relative (a share of the model's value) or absolute (the value itself)",
        "relative (tỷ lệ so với giá trị trong mô hình) hoặc absolute (chính giá trị)",
        { choices: "rangeBasis" },
      ),
      c("low", "number", "Sensitivity: low end, e.g. -0.2", "Độ nhạy: mức thấp, ví dụ -0.2"),
      c("high", "number", "Sensitivity: high end, e.g. 0.3", "Độ nhạy: mức cao, ví dụ 0.3"),
      c("distribution", "text", "Simulation: triangular, pert, uniform or normal", "Mô phỏng: triangular, pert, uniform hoặc normal", {
        choices: "distribution",
      }),
      c("min", "number", "Simulation: minimum", "Mô phỏng: nhỏ nhất"),
      c("mode", "number", "Simulation: most likely", "Mô phỏng: khả dĩ nhất"),
      c("max", "number", "Simulation: maximum", "Mô phỏng: lớn nhất"),
      c("mean", "number", "Simulation (normal): mean", "Mô phỏng (chuẩn): trung bình"),
      c("sd", "number", "Simulation (normal): standard deviation", "Mô phỏng (chuẩn): độ lệch chuẩn"),
      c("with", "text", "Correlation: path of the other input", "Tương quan: đường dẫn của đầu vào kia"),
      c("rank", "number", "Correlation: rank correlation, -1 to 1", "Tương quan: hệ số tương quan hạng, -1 đến 1"),
      c(
        "value",
        "json",
        "Setting: its value (steps, draws, seed, percentiles as [5,50,95], lhs)",
        "Thiết lập: giá trị (steps, draws, seed, percentiles dạng [5,50,95], lhs)",
      ),
      c("assumption", "text", "Reason for the range (one language)", "Lý do của khoảng biến thiên (một ngôn ngữ)"),
      c("assumptionEn", "text", "Reason for the range in English", "Lý do của khoảng biến thiên bằng tiếng Anh"),
      c("assumptionVi", "text", "Reason for the range in Vietnamese", "Lý do của khoảng biến thiên bằng tiếng Việt"),
    ],
  },
} as const satisfies Record<string, TableSheet>;

/** Row of the header (field keys) on table sheets; records start on the next row. */
export const HEADER_ROW = 2;

/**
 * Where the input values of a model sit in a workbook, as absolute addresses such as
 * `CostItems!$H$5`, so result sheets can refer to them in live formulas.
 */
export interface InputCells {
  /** Programme fields by key (`discountRate`, `baseYear`, ...). */
  readonly programme: Readonly<Record<string, string>>;
  /** Pricing options by key. */
  readonly pricing: Readonly<Record<string, string>>;
  /** Price index value cell by year. */
  readonly priceIndex: ReadonlyMap<number, string>;
  /** Each cost item's cells by column key. */
  readonly costItems: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Each facility's cells by column key. */
  readonly facilities: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Each service's cells by column key, keyed `${listId}/${code}`. */
  readonly services: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Each service list's cells by column key. */
  readonly serviceLists: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Whole data column of a table sheet, e.g. columns.CostItems.category = `CostItems!$E$3:$E$330`. */
  readonly columns: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
