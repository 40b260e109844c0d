import { idRecord } from "../internal/id-record.js";
import type { ModelInput } from "../model/schema.js";
import { OPERATING_CENTRES, SUPPORT_CENTRES, type OperatingRole } from "./catalogue.js";
import type { FacilityPlan } from "./facilities.js";
import type { GenerateMethod } from "./options.js";
import type { Random } from "./random.js";

type CostCentresInput = NonNullable<ModelInput["facilities"][number]["costCentres"]>;

/** An operating centre as the service generator needs it. */
export interface OperatingCentre {
  readonly id: string;
  readonly name: string;
  readonly role: OperatingRole;
}

/** A facility's generated cost centres, and its operating centres in order. */
export interface GeneratedCentres {
  readonly costCentres: CostCentresInput;
  readonly operating: readonly OperatingCentre[];
  readonly support: readonly string[];
}

/**
 * Support and operating centres with yearly direct costs and allocation bases. Every
 * support centre serves every operating centre (so each has a receiver under any
 * method and no group of support centres serves only itself), and most other support
 * centres, as administration and IT do in a real hospital.
 */
export function generateCentres(
  plan: FacilityPlan,
  centres: number,
  supportCount: number,
  method: GenerateMethod,
  r: Random,
  assumption: string,
): GeneratedCentres {
  const support = Array.from({ length: supportCount }, (_, i) => {
    const t = SUPPORT_CENTRES[i];
    return t ?? { id: `SUP${String(i + 1).padStart(2, "0")}`, name: `Phòng hỗ trợ ${i + 1}`, base: "employees" };
  });
  const operating: OperatingCentre[] = Array.from({ length: centres - supportCount }, (_, i) => {
    const t = OPERATING_CENTRES[i];
    return t ?? { id: `WARD${String(i + 1).padStart(3, "0")}`, name: `Khoa lâm sàng ${i + 1}`, role: "ward" as const };
  });
  const money = (lowMillions: number, highMillions: number): number => Math.round(r.int(lowMillions, highMillions) * plan.scale) * 1_000_000;
  const list: CostCentresInput["centres"] = [
    ...support.map((c) => ({ id: c.id, name: c.name, kind: "support" as const, directCost: money(800, 15_000), assumption })),
    ...operating.map((c) => ({ id: c.id, name: c.name, kind: "operating" as const, directCost: money(2_000, 60_000), assumption })),
  ];
  const usage = idRecord<Record<string, number>>();
  for (const s of support) {
    const row = idRecord<number>();
    for (const t of support) if (t.id !== s.id && r.chance(0.7)) row[t.id] = r.int(1, 60);
    for (const t of operating) row[t.id] = r.int(5, 200);
    usage[s.id] = row;
  }
  return {
    costCentres: {
      method,
      emrCentre: "IT",
      centres: list,
      usage,
      bases: Object.fromEntries(support.map((c) => [c.id, c.base])),
      assumption,
    },
    operating,
    support: support.map((c) => c.id),
  };
}
