import type { ModelInput } from "../model/schema.js";
import { SERVICE_NAMES } from "./catalogue.js";
import type { OperatingCentre } from "./centres.js";
import type { FacilityPlan } from "./facilities.js";
import type { Random } from "./random.js";

type ServiceListInput = NonNullable<ModelInput["serviceLists"]>[number];
type ServiceInput = ServiceListInput["services"][number];
type Category = ServiceInput["category"];

interface Range {
  readonly price: readonly [number, number];
  readonly volume: readonly [number, number];
  readonly weight: readonly [number, number];
}

/** Prices in thousands of đồng and yearly volumes of a 300-bed facility, by category. */
const RANGES: Readonly<Record<Category, Range>> = {
  examination: { price: [20, 50], volume: [5_000, 60_000], weight: [1, 1] },
  "bed-day": { price: [150, 1_200], volume: [1_000, 30_000], weight: [1, 3] },
  test: { price: [20, 500], volume: [500, 40_000], weight: [0.2, 2] },
  technical: { price: [50, 5_000], volume: [50, 5_000], weight: [0.5, 8] },
};

/** A ward's first service is its bed-day; the rest are its procedures. CDCs have no beds. */
function categoryOf(centre: OperatingCentre, first: boolean, hasBeds: boolean): Category {
  switch (centre.role) {
    case "examination":
      return "examination";
    case "test":
      return "test";
    case "technical":
      return "technical";
    case "ward":
      return first && hasBeds ? "bed-day" : "technical";
  }
}

/**
 * The facility's price list: services dealt to its operating centres in turn (so every
 * centre has services), with volume, relative weight, current price in steps of 100
 * đồng, a regulatory maximum on about a third of them (some already at the cap) and the
 * current cost elements of a few.
 */
export function generateServiceList(plan: FacilityPlan, operating: readonly OperatingCentre[], count: number, r: Random, assumption: string): ServiceListInput {
  const digits = Math.max(4, String(count).length);
  const seen = new Set<string>();
  const services: ServiceInput[] = [];
  for (let j = 0; j < count; j += 1) {
    const centre = operating[j % operating.length]!;
    const category = categoryOf(centre, !seen.has(centre.id), plan.beds > 0);
    seen.add(centre.id);
    const range = RANGES[category];
    const names = SERVICE_NAMES[category];
    const currentPrice = r.int(range.price[0] * 10, range.price[1] * 10) * 100;
    const volume = Math.max(1, Math.round(r.int(range.volume[0], range.volume[1]) * plan.scale));
    const weight = r.hundredths(range.weight[0], range.weight[1]);
    const service: ServiceInput = {
      code: `${centre.id}-${String(j + 1).padStart(digits, "0")}`,
      name: `${r.pick(names)} (${centre.name})`,
      category,
      centre: centre.id,
      volume,
      weight,
      currentPrice,
      assumption,
    };
    if (category === "bed-day") service.bedType = centre.name;
    if (r.chance(0.33)) service.maxPrice = currentPrice + r.int(0, 20) * 100;
    if (r.chance(0.1)) {
      const personnel = Math.round((currentPrice * r.int(30, 50)) / 100);
      service.costElements = { personnel, direct: Math.round(((currentPrice - personnel) * r.int(50, 90)) / 100) };
    }
    if (r.chance(0.05)) service.coverage = r.pick([0.95, 1]);
    services.push(service);
  }
  return {
    id: `${plan.id}-PRICES`,
    facility: plan.id,
    insuredShare: plan.ownership === "public" ? 0.9 : 0.4,
    coverage: 0.8,
    services,
    assumption,
  };
}
