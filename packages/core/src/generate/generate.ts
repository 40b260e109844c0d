import type { ModelInput } from "../model/schema.js";
import { generateCentres } from "./centres.js";
import { planFacilities } from "./facilities.js";
import { generateFundingSources, generateItems, generatePoolItems } from "./items.js";
import { resolveGenerateOptions, type GenerateOptions } from "./options.js";
import { GENERATED_FIRST_YEAR, generatePricing, generateProgramme, generateSavings, generateScenarios } from "./programme.js";
import { randomStream } from "./random.js";
import { generateServiceList } from "./services.js";

/** A generated model document: a {@link ModelInput} whose optional lists are always present. */
export type GeneratedModel = ModelInput & {
  readonly serviceLists: NonNullable<ModelInput["serviceLists"]>;
  readonly savings: NonNullable<ModelInput["savings"]>;
  readonly scenarios: NonNullable<ModelInput["scenarios"]>;
  readonly pools: NonNullable<ModelInput["pools"]>;
  readonly pricing: NonNullable<ModelInput["pricing"]>;
};

/** Streams per facility: its identity, centres, services, costs and savings draw apart. */
const PARTS = { plan: 0, centres: 1, services: 2, items: 3, savings: 4 } as const;
const STREAMS_PER_FACILITY = 8;

/**
 * Generates a realistic, valid synthetic model: facilities of every kind in the Bac
 * Ninh mix (public hospitals of classes I-IV, medical centres, private hospitals,
 * CDCs), each with support and operating cost centres and their allocation bases, a
 * price list of services with volumes, weights, prices and caps, capital, recurring and
 * one-off EMR costs in every category funded by every kind of source (the state budget
 * paying half of many investments), savings, a provincial pool, pricing options and a
 * few scenarios. For tests, benchmarks and demonstrations: every figure is marked as an
 * assumption naming the seed. A pure function: the same options give the same model,
 * object for object and byte for byte once serialised.
 *
 * @param options - a size preset (`small`, `province`) and any figure to override; see {@link GenerateOptions}
 * @returns a model document that {@link parseModel} accepts with no problems
 * @throws RangeError naming the option when an option is out of range ({@link GENERATE_LIMITS})
 * @example
 * const doc = generateModel({ size: "small", seed: 7 });
 * doc.facilities.length;                 // 5
 * doc.serviceLists[0]!.services.length;  // 2000
 * parseModel(doc).ok;                    // true
 */
export function generateModel(options: GenerateOptions = {}): GeneratedModel {
  const o = resolveGenerateOptions(options);
  const assumption = `generated: synthetic figure (seed ${o.seed})`;
  const stream = (facility: number, part: number) => randomStream(o.seed, facility * STREAMS_PER_FACILITY + part);
  const lastYear = GENERATED_FIRST_YEAR + o.years - 1;
  const programme = generateProgramme(o, randomStream(o.seed, -1), assumption);
  const plans = planFacilities(o.facilities, GENERATED_FIRST_YEAR, lastYear, (i) => stream(i, PARTS.plan));

  const facilities: ModelInput["facilities"] = [];
  const serviceLists: NonNullable<ModelInput["serviceLists"]> = [];
  const costItems: ModelInput["costItems"] = [];
  const savings: NonNullable<ModelInput["savings"]> = [];
  for (const plan of plans) {
    const centres = generateCentres(plan, o.centres, o.supportCentres, o.method, stream(plan.index, PARTS.centres), assumption);
    facilities.push({
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      ownership: plan.ownership,
      ...(plan.class === undefined ? {} : { class: plan.class }),
      beds: plan.beds,
      goLive: `${plan.goLiveYear}-${String(plan.goLiveMonth).padStart(2, "0")}`,
      costCentres: centres.costCentres,
      assumption,
    });
    serviceLists.push(generateServiceList(plan, centres.operating, o.services, stream(plan.index, PARTS.services), assumption));
    costItems.push(...generateItems(plan, centres.support, lastYear, stream(plan.index, PARTS.items), assumption));
    savings.push(...generateSavings(plan, lastYear, stream(plan.index, PARTS.savings), assumption));
  }
  costItems.push(...generatePoolItems(GENERATED_FIRST_YEAR, lastYear, o.facilities, assumption));

  return {
    programme,
    fundingSources: generateFundingSources(assumption),
    facilities,
    pools: [{ id: "PROVINCE", name: "Hạng mục dùng chung cấp tỉnh", ownership: "public", assumption }],
    costItems,
    savings,
    pricing: generatePricing(lastYear, assumption),
    serviceLists,
    scenarios: generateScenarios(),
  };
}
