import type { ModelInput } from "../model/schema.js";
import { DEPRECIATION_METHODS } from "../model/vocabulary.js";
import type { FacilityPlan } from "./facilities.js";
import type { Random } from "./random.js";

type CostItemInput = ModelInput["costItems"][number];
type FundingSourceInput = ModelInput["fundingSources"][number];
type Funding = CostItemInput["funding"];

/** One source of each kind, so every funding rule (Circular 21/2024/TT-BYT excludes the state budget) is exercised. */
export function generateFundingSources(assumption: string): FundingSourceInput[] {
  return [
    { id: "state-budget", name: "Ngân sách tỉnh", kind: "state-budget", assumption },
    { id: "own-revenue", name: "Nguồn thu sự nghiệp của đơn vị", kind: "own-revenue", assumption },
    { id: "insurance-prices", name: "Giá dịch vụ BHYT chi trả", kind: "insurance-prices", assumption },
    { id: "private-capital", name: "Vốn của bệnh viện tư nhân", kind: "private-capital", assumption },
    { id: "loan", name: "Vốn vay", kind: "loan", assumption },
    { id: "donor", name: "Tài trợ", kind: "donor", assumption },
  ];
}

/** Who pays a facility's investment: public units half from the state budget (as in Bac Ninh), private units themselves. */
function capitalFunding(plan: FacilityPlan, r: Random): Funding {
  if (plan.kind === "cdc") return "state-budget";
  if (plan.ownership === "private")
    return r.chance(0.3)
      ? [
          { source: "private-capital", share: 0.7 },
          { source: "loan", share: 0.3 },
        ]
      : "private-capital";
  return r.chance(0.7)
    ? [
        { source: "state-budget", share: 0.5 },
        { source: "own-revenue", share: 0.5 },
      ]
    : "state-budget";
}

function runningFunding(plan: FacilityPlan): Funding {
  if (plan.kind === "cdc") return "state-budget";
  return plan.ownership === "private" ? "private-capital" : "own-revenue";
}

/**
 * A facility's EMR costs: servers and network, EMR deployment and licences (capital,
 * in service at go-live), signatures, maintenance, IT staff, connectivity and hosting
 * (recurring from go-live), training and other one-off costs in the go-live year.
 * Between them they use every cost category; licences cycle through the depreciation
 * methods, facility by facility.
 */
export function generateItems(plan: FacilityPlan, support: readonly string[], lastYear: number, r: Random, assumption: string): CostItemInput[] {
  const money = (lowMillions: number, highMillions: number): number => Math.round(r.int(lowMillions, highMillions) * plan.scale) * 1_000_000;
  const inService = `${plan.goLiveYear}-${String(plan.goLiveMonth).padStart(2, "0")}`;
  const from = Math.min(plan.goLiveYear + 1, lastYear);
  const base = (suffix: string, name: string) => ({ id: `${plan.id}-${suffix}`, name, facility: plan.id, assumption });
  const infra = money(2_000, 12_000);
  const items: CostItemInput[] = [
    {
      ...base("INFRA", "Máy chủ, mạng, máy trạm"),
      centre: "IT",
      category: "infrastructure",
      funding: capitalFunding(plan, r),
      nature: "capital",
      cost: infra,
      salvage: Math.round(infra * 0.05),
      inService,
      usefulLife: 5,
    },
    {
      ...base("EMR", "Triển khai phần mềm bệnh án điện tử"),
      category: "software-deployment",
      funding: capitalFunding(plan, r),
      nature: "capital",
      cost: money(1_500, 8_000),
      inService,
      usefulLife: 5,
    },
    {
      ...base("LIC", "Bản quyền phần mềm"),
      category: "software-licence",
      funding: capitalFunding(plan, r),
      nature: "capital",
      cost: money(300, 2_000),
      inService,
      usefulLife: r.int(3, 5),
      method: DEPRECIATION_METHODS[plan.index % DEPRECIATION_METHODS.length]!,
    },
    {
      ...base("SIG", "Chứng thư chữ ký số"),
      category: "digital-signatures",
      funding: runningFunding(plan),
      nature: "recurring",
      amountPerYear: money(50, 300),
      firstYear: from,
      lastYear,
    },
    {
      ...base("MAINT", "Bảo trì, hỗ trợ phần mềm và hạ tầng"),
      category: "maintenance",
      funding: plan.ownership === "public" && plan.kind !== "cdc" ? "insurance-prices" : runningFunding(plan),
      nature: "recurring",
      amountPerYear: Math.round(infra * 0.12),
      firstYear: from,
      lastYear,
      escalation: "index",
    },
    {
      ...base("STAFF", "Nhân lực công nghệ thông tin"),
      centre: "IT",
      category: "it-staff",
      funding: runningFunding(plan),
      nature: "recurring",
      amountPerYear: money(300, 1_500),
      firstYear: plan.goLiveYear,
      lastYear,
      escalation: 0.05,
    },
    {
      ...base("NET", "Đường truyền, kết nối liên thông"),
      category: "connectivity",
      funding: runningFunding(plan),
      nature: "recurring",
      amountPerYear: money(60, 400),
      firstYear: plan.goLiveYear,
      lastYear,
    },
    {
      ...base("CLOUD", "Thuê máy chủ, lưu trữ"),
      category: "hosting",
      funding: runningFunding(plan),
      nature: "recurring",
      amountPerYear: money(100, 600),
      firstYear: from,
      lastYear,
      escalation: 0.03,
    },
    {
      ...base("TRAIN", "Đào tạo người dùng"),
      category: "training",
      funding: plan.kind === "cdc" ? "donor" : runningFunding(plan),
      nature: "one-off",
      amount: money(100, 800),
      year: plan.goLiveYear,
    },
    {
      ...base("OTHER", "Chi phí khác (số hóa hồ sơ cũ)"),
      centre: support.includes("PLAN") ? "PLAN" : "IT",
      category: "other",
      funding: plan.ownership === "private" ? "loan" : runningFunding(plan),
      nature: "one-off",
      amount: money(50, 300),
      year: plan.goLiveYear,
    },
  ];
  return items;
}

/** The provincial pool: a shared data centre and the exchange platform, paid by the state budget with a donor's share. */
export function generatePoolItems(firstYear: number, lastYear: number, facilities: number, assumption: string): CostItemInput[] {
  const scale = Math.max(1, Math.round(facilities / 5));
  return [
    {
      id: "POOL-DC",
      name: "Trung tâm dữ liệu y tế tỉnh",
      facility: "PROVINCE",
      category: "infrastructure",
      funding: "state-budget",
      nature: "capital",
      cost: 3_000_000_000 * scale,
      inService: `${firstYear}-01`,
      usefulLife: 8,
      assumption,
    },
    {
      id: "POOL-HIE",
      name: "Nền tảng liên thông dữ liệu",
      facility: "PROVINCE",
      category: "connectivity",
      funding: [
        { source: "state-budget", share: 0.7 },
        { source: "donor", share: 0.3 },
      ],
      nature: "recurring",
      amountPerYear: 400_000_000 * scale,
      firstYear,
      lastYear,
      escalation: "index",
      assumption,
    },
  ];
}
