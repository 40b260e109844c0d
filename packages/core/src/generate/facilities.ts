import { allocate } from "../money/allocate.js";
import type { FacilityKind, Ownership } from "../model/vocabulary.js";
import type { Random } from "./random.js";

/** One generated facility's identity, before its centres, services and costs. */
export interface FacilityPlan {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: FacilityKind;
  readonly ownership: Ownership;
  readonly class: string | undefined;
  readonly beds: number;
  readonly goLiveYear: number;
  readonly goLiveMonth: number;
  /** Size against a 300-bed facility: scales costs and volumes. */
  readonly scale: number;
}

interface KindSpec {
  readonly kind: FacilityKind;
  readonly ownership: Ownership;
  readonly prefix: string;
  readonly name: string;
  /** How many of 56 the Bac Ninh programme has (15 + 16 + 23 + 2): the mix we copy. */
  readonly share: number;
  /** Classes in turn (public hospitals after the first, which is class I). */
  readonly classes: readonly string[];
}

const KINDS: readonly KindSpec[] = [
  { kind: "public-hospital", ownership: "public", prefix: "PH", name: "Bệnh viện", share: 15, classes: ["II", "III", "IV", "II", "III"] },
  { kind: "medical-centre", ownership: "public", prefix: "MC", name: "Trung tâm Y tế", share: 16, classes: ["III", "II", "IV", "III"] },
  { kind: "private-hospital", ownership: "private", prefix: "PR", name: "Bệnh viện tư nhân", share: 23, classes: ["IV", "III", "II", "IV"] },
  { kind: "cdc", ownership: "public", prefix: "CDC", name: "Trung tâm Kiểm soát bệnh tật", share: 2, classes: [] },
];

const BEDS: Readonly<Record<string, readonly [number, number]>> = { I: [600, 1200], II: [300, 600], III: [120, 300], IV: [30, 150] };

/**
 * How many facilities of each kind: the Bac Ninh mix shared out by largest remainder,
 * then, when there are at least four facilities, one of each kind taken from the
 * largest group so that every kind appears.
 */
export function facilityMix(count: number): number[] {
  const mix = allocate(
    count,
    KINDS.map((k) => k.share),
  );
  if (count >= KINDS.length) {
    for (let k = 0; k < mix.length; k += 1) {
      if (mix[k] === 0) {
        const largest = mix.indexOf(Math.max(...mix));
        mix[largest] = mix[largest]! - 1;
        mix[k] = 1;
      }
    }
  }
  return mix;
}

/** The facilities of a programme, kind by kind; the first public hospital is the class I provincial general hospital. */
export function planFacilities(count: number, firstYear: number, lastYear: number, random: (index: number) => Random): FacilityPlan[] {
  const mix = facilityMix(count);
  const plans: FacilityPlan[] = [];
  KINDS.forEach((spec, k) => {
    const digits = Math.max(2, String(mix[k]).length);
    for (let n = 1; n <= mix[k]!; n += 1) {
      const index = plans.length;
      const r = random(index);
      const number = String(n).padStart(digits, "0");
      // Classes go round a fixed cycle (not drawn) so that even a dozen facilities show every class.
      const first = spec.kind === "public-hospital";
      const cls = first && n === 1 ? "I" : spec.classes.length > 0 ? spec.classes[(first ? n - 2 : n - 1) % spec.classes.length] : undefined;
      const [low, high] = cls === undefined ? [0, 0] : BEDS[cls]!;
      const beds = cls === undefined ? 0 : r.int(low / 10, high / 10) * 10;
      const goLiveYear = r.int(firstYear, Math.min(lastYear, firstYear + 1));
      plans.push({
        index,
        id: `${spec.prefix}${number}`,
        name: `${spec.name} ${number}`,
        kind: spec.kind,
        ownership: spec.ownership,
        class: cls,
        beds,
        goLiveYear,
        goLiveMonth: r.int(1, 12),
        scale: Math.max(beds, 100) / 300,
      });
    }
  });
  return plans;
}
