/**
 * The Bac Ninh EMR programme as a model document, built from the source
 * figures and a small set of stated assumptions.
 *
 * Source (see ../../shared/seed/FACTS.md): 56 units on EMR (15 public hospitals, 16
 * medical centres, 23 private hospitals, 2 centres for disease control) against a target
 * of 54; about 292.6 billion VND in 2020-2025, of which 212.3 billion public facilities
 * and 80.3 billion private hospitals.
 *
 * Everything else (the split by facility, category and year, useful lives, funding,
 * savings, price index) is an assumption, written into the model with its reason. The
 * split goes through `allocate`, so the model reproduces the source totals to the đồng.
 *
 */
import { allocate, type ModelInput } from "@costplan/core";
import { bacNinhAnalysis } from "./analysis-setup.js";

type Unit = {
  id: string;
  name: string;
  kind: "public-hospital" | "medical-centre" | "private-hospital" | "cdc";
  ownership: "public" | "private";
  class?: string;
  beds: number;
  goLive: string;
};

/** A text a person reads, in both languages of the programme's reports and workbooks. */
const both = (en: string, vi: string): { en: string; vi: string } => ({ en, vi });

const SOURCE = both("Bac Ninh provincial newspaper, 22 Sep 2025 (shared/seed/FACTS.md)", "Báo Bắc Ninh, ngày 22/9/2025 (shared/seed/FACTS.md)");
const TOTAL = 292_600_000_000;
const PUBLIC = 212_300_000_000;
const PRIVATE = TOTAL - PUBLIC;
const POOL = 1_200_000_000;

const pad = (n: number): string => String(n).padStart(2, "0");

// Beds, classes and go-live months: assumptions shaped like a province of this size.
const publicBeds = [1200, 700, 600, 500, 450, 400, 400, 350, 300, 250, 250, 200, 200, 150, 150];
const publicClass = ["I", "I", "I", "II", "II", "II", "II", "II", "II", "III", "III", "III", "III", "III", "III"];
const centreBeds = [300, 280, 260, 250, 240, 220, 200, 200, 180, 180, 160, 150, 150, 140, 130, 120];
const privateBeds = [300, 250, 220, 200, 180, 160, 150, 150, 120, 120, 100, 100, 100, 90, 80, 80, 70, 60, 60, 50, 50, 50, 50];
const goLive = (i: number, n: number, from: number, to: number): string => {
  const span = (to - from) * 12;
  const month = Math.round((i * span) / Math.max(1, n - 1));
  return `${from + Math.floor(month / 12)}-${pad((month % 12) + 1)}`;
};

const units: Unit[] = [
  ...publicBeds.map((beds, i): Unit => ({
    id: `PH${pad(i + 1)}`,
    name: `Bệnh viện công lập ${pad(i + 1)}`,
    kind: "public-hospital",
    ownership: "public",
    class: publicClass[i]!,
    beds,
    goLive: goLive(i, 15, 2020, 2023),
  })),
  ...centreBeds.map((beds, i): Unit => ({
    id: `MC${pad(i + 1)}`,
    name: `Trung tâm Y tế ${pad(i + 1)}`,
    kind: "medical-centre",
    ownership: "public",
    class: "III",
    beds,
    goLive: goLive(i, 16, 2021, 2024),
  })),
  ...privateBeds.map((beds, i): Unit => ({
    id: `PR${pad(i + 1)}`,
    name: `Bệnh viện tư nhân ${pad(i + 1)}`,
    kind: "private-hospital",
    ownership: "private",
    class: beds >= 150 ? "II" : beds >= 80 ? "III" : "IV",
    beds,
    goLive: goLive(i, 23, 2022, 2025),
  })),
  { id: "CDC1", name: "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh số 1", kind: "cdc", ownership: "public", beds: 0, goLive: "2025-03" },
  { id: "CDC2", name: "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh số 2", kind: "cdc", ownership: "public", beds: 0, goLive: "2025-06" },
];

// Cost centres of one representative facility of each kind (assumption): support centres
// allocate by employees (administration), EMR workstations (IT) and floor area
// (facilities); direct costs are yearly non-EMR costs in đồng.
type Centres = NonNullable<ModelInput["facilities"][number]["costCentres"]>;
const CENTRES_WHY = both(
  "cost centres, their yearly direct costs and allocation bases are assumptions for a representative facility of this kind",
  "các trung tâm chi phí, chi phí trực tiếp hằng năm và tiêu thức phân bổ của chúng là giả định cho một cơ sở đại diện của loại hình này",
);
const centresOf: Record<string, Centres> = {
  PH01: {
    method: "reciprocal",
    emrCentre: "IT",
    centres: [
      { id: "ADMIN", name: "Phòng Hành chính - Quản trị", kind: "support", directCost: 60_000_000_000 },
      { id: "IT", name: "Phòng Công nghệ thông tin", kind: "support", directCost: 8_000_000_000 },
      { id: "FACILITIES", name: "Tổ Điện nước - Bảo trì", kind: "support", directCost: 30_000_000_000 },
      { id: "OPD", name: "Khoa Khám bệnh", kind: "operating", directCost: 120_000_000_000 },
      { id: "EMERGENCY", name: "Khoa Cấp cứu", kind: "operating", directCost: 60_000_000_000 },
      { id: "MED", name: "Khoa Nội", kind: "operating", directCost: 250_000_000_000 },
      { id: "SURG", name: "Khoa Ngoại", kind: "operating", directCost: 300_000_000_000 },
      { id: "LAB", name: "Khoa Xét nghiệm", kind: "operating", directCost: 90_000_000_000 },
      { id: "IMAGING", name: "Khoa Chẩn đoán hình ảnh", kind: "operating", directCost: 70_000_000_000 },
    ],
    usage: {
      ADMIN: { IT: 25, FACILITIES: 30, OPD: 180, EMERGENCY: 90, MED: 320, SURG: 360, LAB: 110, IMAGING: 85 },
      IT: { ADMIN: 40, FACILITIES: 5, OPD: 120, EMERGENCY: 45, MED: 150, SURG: 140, LAB: 60, IMAGING: 50 },
      FACILITIES: { ADMIN: 2_500, IT: 400, OPD: 6_000, EMERGENCY: 2_500, MED: 12_000, SURG: 14_000, LAB: 3_000, IMAGING: 2_800 },
    },
    bases: { ADMIN: "employees", IT: "EMR workstations", FACILITIES: "floor area (m²)" },
    assumption: CENTRES_WHY,
  },
  MC01: {
    method: "step-down",
    emrCentre: "IT",
    centres: [
      { id: "ADMIN", name: "Phòng Tổ chức - Hành chính", kind: "support", directCost: 15_000_000_000 },
      { id: "IT", name: "Tổ Công nghệ thông tin", kind: "support", directCost: 1_500_000_000 },
      { id: "OPD", name: "Khoa Khám bệnh", kind: "operating", directCost: 35_000_000_000 },
      { id: "INPATIENT", name: "Khoa Nội tổng hợp", kind: "operating", directCost: 60_000_000_000 },
      { id: "LAB", name: "Khoa Xét nghiệm", kind: "operating", directCost: 18_000_000_000 },
      { id: "IMAGING", name: "Khoa Chẩn đoán hình ảnh", kind: "operating", directCost: 12_000_000_000 },
    ],
    usage: {
      ADMIN: { IT: 6, OPD: 60, INPATIENT: 110, LAB: 35, IMAGING: 25 },
      IT: { ADMIN: 12, OPD: 40, INPATIENT: 55, LAB: 20, IMAGING: 15 },
    },
    bases: { ADMIN: "employees", IT: "EMR workstations" },
    assumption: CENTRES_WHY,
  },
  PR01: {
    method: "direct",
    emrCentre: "IT",
    centres: [
      { id: "ADMIN", name: "Phòng Hành chính", kind: "support", directCost: 20_000_000_000 },
      { id: "IT", name: "Phòng CNTT", kind: "support", directCost: 3_000_000_000 },
      { id: "OPD", name: "Khoa Khám bệnh", kind: "operating", directCost: 45_000_000_000 },
      { id: "INPATIENT", name: "Khoa Nội trú", kind: "operating", directCost: 70_000_000_000 },
      { id: "LAB", name: "Khoa Xét nghiệm", kind: "operating", directCost: 20_000_000_000 },
      { id: "IMAGING", name: "Khoa Chẩn đoán hình ảnh", kind: "operating", directCost: 16_000_000_000 },
    ],
    usage: {
      ADMIN: { OPD: 70, INPATIENT: 120, LAB: 30, IMAGING: 25 },
      IT: { ADMIN: 10, OPD: 45, INPATIENT: 50, LAB: 20, IMAGING: 15 },
    },
    bases: { ADMIN: "employees", IT: "EMR workstations" },
    assumption: CENTRES_WHY,
  },
  CDC1: {
    method: "step-down",
    emrCentre: "IT",
    centres: [
      { id: "ADMIN", name: "Phòng Tổ chức - Hành chính", kind: "support", directCost: 8_000_000_000 },
      { id: "IT", name: "Tổ Công nghệ thông tin", kind: "support", directCost: 800_000_000 },
      { id: "LAB", name: "Khoa Xét nghiệm", kind: "operating", directCost: 12_000_000_000 },
      { id: "VACCINATION", name: "Khoa Tiêm chủng", kind: "operating", directCost: 9_000_000_000 },
      { id: "CLINIC", name: "Phòng khám đa khoa", kind: "operating", directCost: 6_000_000_000 },
    ],
    usage: {
      ADMIN: { IT: 4, LAB: 40, VACCINATION: 35, CLINIC: 20 },
      IT: { ADMIN: 8, LAB: 20, VACCINATION: 18, CLINIC: 10 },
    },
    bases: { ADMIN: "employees", IT: "EMR workstations" },
    assumption: CENTRES_WHY,
  },
};

// A unit's share of its ownership total: beds plus a fixed 150-bed-equivalent for the
// core system every unit needs whatever its size.
const weight = (u: Unit): number => u.beds + 150;
const publicUnits = units.filter((u) => u.ownership === "public");
const privateUnits = units.filter((u) => u.ownership === "private");
const unitTotal = new Map<string, number>();
allocate(PUBLIC - POOL, publicUnits.map(weight)).forEach((a, i) => unitTotal.set(publicUnits[i]!.id, a));
allocate(PRIVATE, privateUnits.map(weight)).forEach((a, i) => unitTotal.set(privateUnits[i]!.id, a));

// Category shares of a unit's spending (assumption): infrastructure, software deployment,
// digital signatures, maintenance, connectivity; training takes what rounding leaves.
const SHARES = { infrastructure: 40, deployment: 28, signatures: 4, maintenance: 14, connectivity: 8, training: 6 } as const;
const SPLIT_WHY = both(
  "split of the unit's total by category is an assumption (40 % infrastructure, 28 % deployment, 4 % signatures, " +
    "14 % maintenance, 8 % connectivity, 6 % training)",
  "cơ cấu tổng chi của đơn vị theo nhóm chi phí là giả định (40 % hạ tầng, 28 % triển khai, 4 % chữ ký số, 14 % bảo trì, 8 % kết nối, 6 % đào tạo)",
);
/** The category split's reason, then what else the item assumes. */
const splitAnd = (en: string, vi: string): { en: string; vi: string } => both(`${SPLIT_WHY.en}; ${en}`, `${SPLIT_WHY.vi}; ${vi}`);

const costItems: ModelInput["costItems"] = [];
const savings: NonNullable<ModelInput["savings"]> = [];
for (const u of units) {
  const total = unitTotal.get(u.id)!;
  const [infra, deploy, sig, maint, conn] = allocate(total, Object.values(SHARES));
  const year = Number(u.goLive.slice(0, 4));
  const later = 2025 - year; // years of running costs after go-live, within the programme
  const isPublic = u.ownership === "public";
  const capitalFunding =
    u.kind === "cdc"
      ? "provincial-budget"
      : isPublic
        ? [
            { source: "provincial-budget", share: u.kind === "medical-centre" ? 0.7 : 0.5 },
            { source: "own-revenue", share: u.kind === "medical-centre" ? 0.3 : 0.5 },
          ]
        : "private-capital";
  const runningFunding = u.kind === "cdc" ? "provincial-budget" : isPublic ? "own-revenue" : "private-capital";
  costItems.push(
    {
      id: `${u.id}-INFRA`,
      name: "Máy chủ, mạng, máy trạm",
      facility: u.id,
      category: "infrastructure",
      nature: "capital",
      cost: infra!,
      inService: u.goLive,
      usefulLife: 5,
      funding: capitalFunding,
      assumption: splitAnd("servers and workstations depreciate over 5 years", "máy chủ và máy trạm khấu hao trong 5 năm"),
    },
    {
      id: `${u.id}-EMR`,
      name: "Triển khai phần mềm bệnh án điện tử",
      facility: u.id,
      category: "software-deployment",
      nature: "capital",
      cost: deploy!,
      inService: u.goLive,
      usefulLife: 5,
      funding: capitalFunding,
      assumption: splitAnd(
        "software is an intangible asset amortised over 5 years (Hanoi's list of intangible assets)",
        "phần mềm là tài sản cố định vô hình, tính hao mòn trong 5 năm (danh mục tài sản cố định vô hình của Hà Nội)",
      ),
    },
  );
  let leftover = total - infra! - deploy!;
  const running: [string, string, "digital-signatures" | "maintenance" | "connectivity", number][] = [
    ["SIG", "Chứng thư chữ ký số", "digital-signatures", sig!],
    ["MAINT", "Bảo trì, hỗ trợ phần mềm và hạ tầng", "maintenance", maint!],
    ["CONN", "Kết nối, liên thông dữ liệu", "connectivity", conn!],
  ];
  for (const [suffix, name, category, amount] of running) {
    if (later === 0) continue;
    const perYear = Math.floor(amount / later / 1000) * 1000; // quoted in thousands of đồng
    costItems.push({
      id: `${u.id}-${suffix}`,
      name,
      facility: u.id,
      category,
      nature: "recurring",
      amountPerYear: perYear,
      firstYear: year + 1,
      lastYear: 2025,
      funding: runningFunding,
      assumption: splitAnd("paid yearly from the year after go-live", "chi hằng năm từ năm sau năm đưa vào sử dụng"),
    });
    leftover -= perYear * later;
  }
  costItems.push({
    id: `${u.id}-TRAIN`,
    name: "Đào tạo, chuyển giao",
    facility: u.id,
    ...(centresOf[u.id] === undefined ? {} : { centre: "ADMIN" }),
    category: "training",
    nature: "one-off",
    amount: leftover,
    year,
    funding: runningFunding,
    assumption: splitAnd(
      "training also takes what the rounding of yearly amounts leaves, so the unit total is exact",
      "khoản đào tạo nhận cả phần dư do làm tròn các khoản hằng năm, để tổng của đơn vị khớp chính xác",
    ),
  });

  if (u.beds > 0) {
    const from = Math.min(year + 1, 2025);
    savings.push(
      {
        id: `${u.id}-FILM`,
        facility: u.id,
        kind: "imaging-film",
        amountPerYear: u.beds * 400_000,
        firstYear: from,
        assumption: both(
          "400,000 đồng of imaging film per bed per year no longer printed",
          "mỗi giường bệnh mỗi năm không còn in 400.000 đồng phim chẩn đoán hình ảnh",
        ),
      },
      {
        id: `${u.id}-PRINT`,
        facility: u.id,
        kind: "printed-results",
        amountPerYear: u.beds * 150_000,
        firstYear: from,
        assumption: both("150,000 đồng of printed test sheets per bed per year", "mỗi giường bệnh mỗi năm không còn in 150.000 đồng phiếu kết quả xét nghiệm"),
      },
      {
        id: `${u.id}-STORE`,
        facility: u.id,
        kind: "paper-storage",
        amountPerYear: u.beds * 100_000,
        firstYear: from,
        assumption: both("100,000 đồng of paper record storage per bed per year", "mỗi giường bệnh mỗi năm không còn tốn 100.000 đồng lưu trữ hồ sơ giấy"),
      },
    );
  }
}
costItems.push({
  id: "DOH-EVAL",
  name: "Thẩm định, đánh giá bệnh án điện tử cấp tỉnh",
  facility: "DOH",
  category: "other",
  nature: "one-off",
  amount: POOL,
  year: 2025,
  funding: "provincial-budget",
  assumption: both(
    "the Department of Health's evaluation of the 56 units in 2025 is assumed to cost 1.2 billion đồng of the public total",
    "giả định việc Sở Y tế thẩm định, đánh giá 56 đơn vị năm 2025 tốn 1,2 tỷ đồng trong tổng chi của khu vực công",
  ),
});

const C39 = both(
  "Circular 39/2018/TT-BYT, Appendix I (examination) and Appendix II row 2 (ICU bed-day), insurance prices by hospital class",
  "Thông tư 39/2018/TT-BYT, Phụ lục I (khám bệnh) và Phụ lục II dòng 2 (ngày giường hồi sức tích cực), giá dịch vụ BHYT theo hạng bệnh viện",
);
const ILLUSTRATIVE = both(
  "illustrative price and volume, not from a public price table available to us",
  "giá và số lượt mang tính minh họa, không lấy từ bảng giá công khai nào sẵn có",
);
const ILLUSTRATIVE_CAP = both(`${ILLUSTRATIVE.en}; the maximum price is illustrative too`, `${ILLUSTRATIVE.vi}; giá tối đa cũng mang tính minh họa`);
const INSURED = (share: number) =>
  both(
    `${share} % of volume insured, the fund paying 80 % on average: assumptions`,
    `${share} % số lượt có thẻ BHYT, quỹ BHYT chi trả bình quân 80 %: là giả định`,
  );
type Lists = NonNullable<ModelInput["serviceLists"]>;

/** Price lists by hospital class (volumes per bed) and for the two CDCs; assumptions except the cited prices. */
function serviceLists(): Lists {
  const exam = (price: number, centre: string) => ({
    code: "KB",
    name: "Khám bệnh",
    category: "examination" as const,
    centre,
    volumePerBed: 300,
    currentPrice: price,
    source: C39,
    assumption: both("volume: 300 visits a year per bed", "số lượt: 300 lượt khám mỗi giường bệnh mỗi năm"),
  });
  const icu = (price: number, centre: string) => ({
    code: "NG-HSTC",
    name: "Ngày giường hồi sức tích cực (ICU)",
    category: "bed-day" as const,
    bedType: "ICU",
    centre,
    volumePerBed: 10,
    weight: 2.5,
    currentPrice: price,
    source: C39,
    assumption: both(
      "volume: 10 ICU bed-days a year per bed; weight 2.5 against an ordinary bed-day",
      "số lượt: 10 ngày giường hồi sức tích cực mỗi giường bệnh mỗi năm; trọng số 2,5 so với một ngày giường thường",
    ),
  });
  const bedMed = (price: number, centre: string) => ({
    code: "NG-NOI",
    name: "Ngày giường bệnh Nội khoa",
    category: "bed-day" as const,
    bedType: "internal medicine",
    centre,
    volumePerBed: 150,
    currentPrice: price,
    assumption: ILLUSTRATIVE,
  });
  const xray = (centre: string) => ({
    code: "XQ",
    name: "Chụp X-quang số hóa 1 phim",
    category: "technical" as const,
    centre,
    volumePerBed: 40,
    currentPrice: 65_400,
    maxPrice: 70_000,
    assumption: ILLUSTRATIVE_CAP,
  });
  const cbc = (centre: string) => ({
    code: "XN-TPT",
    name: "Tổng phân tích tế bào máu ngoại vi",
    category: "test" as const,
    centre,
    volumePerBed: 400,
    weight: 0.5,
    currentPrice: 46_200,
    assumption: ILLUSTRATIVE,
  });
  return [
    {
      id: "class-I",
      class: "I",
      insuredShare: 0.9,
      coverage: 0.8,
      assumption: INSURED(90),
      services: [
        { ...exam(37_000, "OPD"), costElements: { personnel: 21_000, direct: 16_000 } },
        icu(411_000, "EMERGENCY"),
        bedMed(199_100, "MED"),
        {
          code: "NG-NGOAI",
          name: "Ngày giường bệnh Ngoại khoa",
          category: "bed-day",
          bedType: "surgery",
          centre: "SURG",
          volumePerBed: 120,
          weight: 1.2,
          currentPrice: 230_000,
          assumption: ILLUSTRATIVE,
        },
        {
          code: "CT",
          name: "Chụp CT 64 dãy",
          category: "technical",
          centre: "IMAGING",
          volumePerBed: 15,
          weight: 6,
          currentPrice: 522_000,
          maxPrice: 530_000,
          assumption: ILLUSTRATIVE_CAP,
        },
        cbc("LAB"),
      ],
    },
    {
      id: "class-II",
      class: "II",
      insuredShare: 0.9,
      coverage: 0.8,
      assumption: INSURED(90),
      services: [exam(33_000, "OPD"), icu(314_000, "INPATIENT"), bedMed(178_000, "INPATIENT"), xray("IMAGING"), cbc("LAB")],
    },
    {
      id: "class-III",
      class: "III",
      insuredShare: 0.9,
      coverage: 0.8,
      assumption: INSURED(90),
      services: [exam(29_000, "OPD"), icu(272_000, "INPATIENT"), bedMed(157_000, "INPATIENT"), xray("IMAGING"), cbc("LAB")],
    },
    {
      id: "class-IV",
      class: "IV",
      insuredShare: 0.85,
      coverage: 0.8,
      assumption: INSURED(85),
      services: [exam(26_000, "OPD"), icu(242_000, "INPATIENT"), bedMed(142_000, "INPATIENT"), xray("IMAGING"), cbc("LAB")],
    },
    ...["CDC1", "CDC2"].map((id) => ({
      id: `${id}-list`,
      facility: id,
      insuredShare: 0.5,
      coverage: 0.8,
      assumption: both(
        "CDC services, volumes and insured share are assumptions; the clinic examination is priced as class III",
        "dịch vụ, số lượt và tỷ lệ có BHYT của CDC là giả định; khám bệnh tại phòng khám tính theo giá bệnh viện hạng III",
      ),
      services: [
        { code: "KB", name: "Khám bệnh (phòng khám)", category: "examination" as const, centre: "CLINIC", volume: 30_000, currentPrice: 29_000, source: C39 },
        {
          code: "TIEM",
          name: "Tiêm chủng (dịch vụ tiêm)",
          category: "technical" as const,
          centre: "VACCINATION",
          volume: 60_000,
          currentPrice: 20_000,
          assumption: ILLUSTRATIVE,
        },
        {
          code: "XN-HIV",
          name: "Xét nghiệm HIV nhanh",
          category: "test" as const,
          centre: "LAB",
          volume: 25_000,
          currentPrice: 53_600,
          assumption: ILLUSTRATIVE,
        },
      ],
    })),
  ];
}

/** The Bac Ninh model document, exactly as examples/bac-ninh/model.json holds it. */
export function bacNinhModel(): ModelInput {
  return {
    $schema: "../../packages/core/model.schema.json",
    programme: {
      id: "bac-ninh-emr-2020-2025",
      name: "Bệnh án điện tử tỉnh Bắc Ninh 2020-2025",
      currency: "VND",
      firstYear: 2020,
      lastYear: 2025,
      baseYear: 2020,
      discountRate: 0.08,
      priceIndex: { "2020": 100, "2021": 101.84, "2022": 105.05, "2023": 108.46, "2024": 112.4, "2025": 116.11 },
      language: "vi",
      prorateFirstYear: false,
      target: {
        units: 54,
        description: both(
          "bedded facilities to finish EMR by 30 Sep 2025: 15 public hospitals, 16 medical centres, 23 private hospitals",
          "cơ sở có giường bệnh hoàn thành bệnh án điện tử trước ngày 30/9/2025: 15 bệnh viện công lập, 16 trung tâm y tế, 23 bệnh viện tư nhân",
        ),
        source: SOURCE,
      },
      reported: {
        totalCost: TOTAL,
        units: 56,
        byOwnership: { public: PUBLIC, private: PRIVATE },
        source: both(
          `${SOURCE.en}: about 292.6 billion VND, public facilities more than 212.3 billion`,
          `${SOURCE.vi}: khoảng 292,6 tỷ đồng, trong đó các cơ sở công lập hơn 212,3 tỷ đồng`,
        ),
      },
      source: SOURCE,
      assumption: both(
        "discount rate 8 % and the price index (2020 = 100, from average CPI growth of 1.84, 3.15, 3.25, 3.63 and an estimated 3.3 % a year) are assumptions",
        "tỷ lệ chiết khấu 8 % và chỉ số giá (2020 = 100, theo mức tăng CPI bình quân 1,84, 3,15, 3,25, 3,63 và ước 3,3 % mỗi năm) là giả định",
      ),
    },
    fundingSources: [
      {
        id: "provincial-budget",
        name: "Ngân sách tỉnh",
        kind: "state-budget",
        assumption: both("which costs the provincial budget paid is not in the source", "nguồn không nêu những khoản chi nào do ngân sách tỉnh chi trả"),
      },
      {
        id: "own-revenue",
        name: "Nguồn thu sự nghiệp của đơn vị",
        kind: "own-revenue",
        assumption: both(
          "which costs public units paid from their own revenue is not in the source",
          "nguồn không nêu những khoản chi nào các đơn vị công lập chi từ nguồn thu sự nghiệp",
        ),
      },
      {
        id: "private-capital",
        name: "Vốn của bệnh viện tư nhân",
        kind: "private-capital",
        assumption: both("private hospitals are assumed to fund their EMR themselves", "giả định các bệnh viện tư nhân tự chi trả cho bệnh án điện tử"),
      },
    ],
    facilities: units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      ownership: u.ownership,
      ...(u.class === undefined ? {} : { class: u.class }),
      beds: u.beds,
      goLive: u.goLive,
      ...(centresOf[u.id] === undefined ? {} : { costCentres: centresOf[u.id] }),
      ...(u.kind === "cdc"
        ? {
            source: SOURCE,
            assumption: both(
              "the two CDCs are named in the source; their go-live month is an assumption",
              "nguồn có nêu tên hai CDC; tháng đưa vào sử dụng là giả định",
            ),
          }
        : {
            assumption: both(
              "the source gives only the number of units of each kind; names, beds, class and go-live month are assumptions",
              "nguồn chỉ nêu số đơn vị của từng loại hình; tên, số giường, hạng và tháng đưa vào sử dụng là giả định",
            ),
          }),
    })),
    pools: [
      {
        id: "DOH",
        name: "Sở Y tế tỉnh Bắc Ninh (dùng chung)",
        ownership: "public",
        assumption: both("a provincial evaluation cost is assumed", "giả định có chi phí thẩm định cấp tỉnh"),
      },
    ],
    costItems,
    savings,
    pricing: {
      costBasis: "depreciation",
      excludeStateBudget: true,
      offsetSavings: false,
      phaseIn: 1,
      priceStep: 100,
      rounding: "half-up",
      capAtMaximum: true,
      year: 2025,
      assumption: both(
        "defaults of the proposal as modelled: accounting depreciation, state-budget-funded costs excluded (Circular " +
          "21/2024/TT-BYT), prices rounded half up to 100 đồng",
        "mặc định của đề xuất trong mô hình: khấu hao kế toán, loại trừ chi phí do ngân sách nhà nước chi (Thông tư " +
          "21/2024/TT-BYT), giá làm tròn đến 100 đồng (từ 50 đồng trở lên làm tròn lên)",
      ),
    },
    serviceLists: serviceLists(),
    scenarios: [
      // Each scenario says what it asks in both languages and why it is here: the source's proposal it answers, or the assumption it tests.
      {
        name: "discount-5",
        description: "Discount at 5 % instead of 8 %",
        descriptions: { en: "Discount at 5 % instead of 8 %", vi: "Chiết khấu 5 % thay vì 8 %" },
        reason: both("assumption: the discount rate is not in the source", "giả định: nguồn không nêu tỷ lệ chiết khấu"),
        overrides: { "programme.discountRate": 0.05 },
      },
      {
        name: "prorate",
        description: "Depreciate the first year by months in service",
        descriptions: { en: "Depreciate the first year by months in service", vi: "Khấu hao năm đầu theo số tháng sử dụng" },
        reason: both("assumption: in-service months are not in the source", "giả định: nguồn không nêu tháng đưa vào sử dụng"),
        overrides: { "programme.prorateFirstYear": true },
      },
      {
        name: "software-8y",
        description: "Amortise the provincial general hospital's EMR software over 8 years",
        descriptions: {
          en: "Amortise the provincial general hospital's EMR software over 8 years",
          vi: "Phân bổ phần mềm BAĐT của bệnh viện đa khoa tỉnh trong 8 năm",
        },
        reason: both("assumption: useful lives are not in the source", "giả định: nguồn không nêu thời gian sử dụng"),
        overrides: { "costItems[PH01-EMR].usefulLife": 8 },
      },
      {
        name: "recover-5y",
        description: "Recover capital and one-off EMR costs through prices over 5 years",
        descriptions: {
          en: "Recover capital and one-off EMR costs through prices over 5 years",
          vi: "Thu hồi chi phí đầu tư và chi phí một lần của BAĐT qua giá trong 5 năm",
        },
        reason: both(
          "source proposal 1 (costs in service prices): a short recovery period",
          "đề xuất 1 của nguồn (đưa chi phí vào giá dịch vụ): thời gian thu hồi ngắn",
        ),
        overrides: { "pricing.recoveryYears": 5 },
      },
      {
        name: "recover-10y",
        description: "Recover capital and one-off EMR costs through prices over 10 years",
        descriptions: {
          en: "Recover capital and one-off EMR costs through prices over 10 years",
          vi: "Thu hồi chi phí đầu tư và chi phí một lần của BAĐT qua giá trong 10 năm",
        },
        reason: both(
          "source proposal 1 (costs in service prices): a long recovery period",
          "đề xuất 1 của nguồn (đưa chi phí vào giá dịch vụ): thời gian thu hồi dài",
        ),
        overrides: { "pricing.recoveryYears": 10 },
      },
      {
        name: "proposal-costs",
        description: "Put only software deployment, system maintenance and EMR infrastructure into prices",
        descriptions: {
          en: "Put only software deployment, system maintenance and EMR infrastructure into prices",
          vi: "Chỉ đưa chi phí triển khai phần mềm, bảo trì hệ thống và hạ tầng BAĐT vào giá",
        },
        reason: both(
          "source proposal 1: include the costs of software deployment, system maintenance and EMR infrastructure in the structure of medical service prices",
          "đề xuất 1 của nguồn: đưa chi phí triển khai phần mềm, bảo trì hệ thống và hạ tầng bệnh án điện tử vào cơ cấu giá dịch vụ khám bệnh, chữa bệnh",
        ),
        overrides: { "pricing.includeCategories": ["software-deployment", "maintenance", "infrastructure"] },
      },
      {
        name: "proposal-costs-state-budget",
        description: "The proposal's costs (deployment, maintenance, infrastructure), state-budget-funded items included",
        descriptions: {
          en: "The proposal's costs (deployment, maintenance, infrastructure), state-budget-funded items included",
          vi: "Chi phí theo đề xuất (triển khai, bảo trì, hạ tầng), kể cả phần do ngân sách nhà nước chi",
        },
        reason: both(
          "source proposal 1 with source proposal 4 (provincial budget support) not netted out: Circular 21/2024/TT-BYT " +
            "excludes state-funded costs, so this is the upper bound",
          "đề xuất 1 của nguồn, không trừ phần ngân sách tỉnh hỗ trợ theo đề xuất 4: Thông tư 21/2024/TT-BYT loại trừ " +
            "chi phí do ngân sách nhà nước chi, nên đây là mức cao nhất",
        ),
        overrides: { "pricing.includeCategories": ["software-deployment", "maintenance", "infrastructure"], "pricing.excludeStateBudget": false },
      },
      {
        name: "include-state-budget",
        description: "Also put state-budget-funded EMR costs into prices",
        descriptions: { en: "Also put state-budget-funded EMR costs into prices", vi: "Đưa cả chi phí BAĐT do ngân sách nhà nước chi vào giá" },
        reason: both(
          "source proposal 4 (provincial budget support): with and without the state-funded items",
          "đề xuất 4 của nguồn (ngân sách tỉnh hỗ trợ): có và không có các khoản do ngân sách nhà nước chi",
        ),
        overrides: { "pricing.excludeStateBudget": false },
      },
      {
        name: "offset-savings",
        description: "Net EMR savings (film, printing, storage) off the cost to recover",
        descriptions: {
          en: "Net EMR savings (film, printing, storage) off the cost to recover",
          vi: "Trừ khoản tiết kiệm nhờ BAĐT (phim, in ấn, lưu trữ) khỏi chi phí cần thu hồi",
        },
        reason: both(
          "source: EMR ended printing of films and test sheets and paper record storage; the amounts are assumptions",
          "nguồn: bệnh án điện tử đã chấm dứt việc in phim, phiếu xét nghiệm và lưu trữ hồ sơ giấy; số tiền là giả định",
        ),
        overrides: { "pricing.offsetSavings": true },
      },
      {
        name: "phase-in-50",
        description: "Build half of the EMR cost into prices",
        descriptions: { en: "Build half of the EMR cost into prices", vi: "Đưa một nửa chi phí BAĐT vào giá" },
        reason: both("assumption: a partial recovery, the rest left to the budget", "giả định: chỉ thu hồi một phần qua giá, phần còn lại do ngân sách chi"),
        overrides: { "pricing.phaseIn": 0.5 },
      },
      {
        name: "phase-in-3y",
        description: "Phase the EMR cost into prices over 3 years: a third, two thirds, then all of it",
        descriptions: {
          en: "Phase the EMR cost into prices over 3 years: a third, two thirds, then all of it",
          vi: "Đưa dần chi phí BAĐT vào giá trong 3 năm: một phần ba, hai phần ba, rồi toàn bộ",
        },
        reason: both(
          "assumption: a gradual price rise softens the effect on the insurance fund and patients",
          "giả định: tăng giá từng bước làm giảm tác động đến quỹ BHYT và người bệnh",
        ),
        overrides: { "pricing.phaseInYears": 3 },
      },
      {
        name: "eac",
        description: "Recover capital at equivalent annual cost instead of depreciation",
        descriptions: {
          en: "Recover capital at equivalent annual cost instead of depreciation",
          vi: "Thu hồi vốn đầu tư theo chi phí tương đương hằng năm thay vì khấu hao",
        },
        reason: both(
          "assumption: the economic view of capital cost at the discount rate",
          "giả định: chi phí vốn nhìn theo góc độ kinh tế, với tỷ lệ chiết khấu",
        ),
        overrides: { "pricing.costBasis": "equivalent-annual-cost" },
      },
      {
        name: "class-price",
        description: "One price per service and hospital class, pooled over the class's facilities",
        descriptions: {
          en: "One price per service and hospital class, pooled over the class's facilities",
          vi: "Một giá cho mỗi dịch vụ và hạng bệnh viện, gộp chi phí của các cơ sở cùng hạng",
        },
        reason: both(
          "insurance prices are the same for every hospital of a class (Circular 22/2023/TT-BYT)",
          "giá dịch vụ BHYT như nhau cho mọi bệnh viện cùng hạng (Thông tư 22/2023/TT-BYT)",
        ),
        overrides: { "pricing.basis": "class" },
      },
    ],
    analysis: bacNinhAnalysis(),
  };
}
