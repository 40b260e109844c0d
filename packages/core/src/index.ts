export { CURRENCY_CODES, isCurrencyCode, minorUnits, type CurrencyCode } from "./money/currency.js";
export { allocate } from "./money/allocate.js";
export { formatMoney, formatNumber, type FormatOptions } from "./money/format.js";
export { assertMinor, money, MoneyRangeError, postMinor, toMajor, toMinor, type Money, type MoneyRangeCode } from "./money/money.js";
export { round, roundToStep, ROUNDING_MODES, type RoundingMode } from "./money/rounding.js";
export { LANGUAGES, MESSAGE_CODES, message, messages, type Language, type MessageCode, type MessageParams } from "./errors/catalogue.js";
export { CostplanError } from "./errors/costplan-error.js";
export { locatedProblem, type LocatedProblem } from "./errors/located-problem.js";
export { parseModel, parseScenario, type ParseOptions, type ParseResult } from "./model/parse.js";
export { overrideSites, type OverrideSite } from "./model/override-sites.js";
export { jsonPath, type Problem } from "./model/problem.js";
export { tableCell, tableRow, type NumberColumn, type ServiceTable, type TableColumn, type TextColumn, type ValueColumn } from "./model/service-table.js";
export {
  modelSchema,
  type CapitalItem,
  type CostCentres,
  type CostItem,
  type Facility,
  type FundingSource,
  type Model,
  type ModelInput,
  type OneOffItem,
  type Pool,
  type Programme,
  type RecurringItem,
  type Saving,
  type Scenario,
} from "./model/schema.js";
export {
  ALLOCATION_METHOD_LABELS,
  ANALYSIS_KIND_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  CENTRE_KIND_LABELS,
  COST_BASIS_LABELS,
  DEFAULT_HOSPITAL_CLASSES,
  DEPRECIATION_METHOD_LABELS,
  DEPRECIATION_METHODS,
  DISTRIBUTION_LABELS,
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  FUNDING_KIND_LABELS,
  FUNDING_KINDS,
  LANGUAGE_LABELS,
  NATURE_LABELS,
  OWNERSHIP_LABELS,
  OWNERSHIPS,
  PRICE_BASIS_LABELS,
  RANGE_BASIS_LABELS,
  ROUNDING_LABELS,
  SAVING_KIND_LABELS,
  SAVING_KINDS,
  SERVICE_CATEGORY_LABELS,
  type Category,
  type DepreciationMethod,
  type FacilityKind,
  type FundingKind,
  type Ownership,
  type SavingKind,
} from "./model/vocabulary.js";
export { modelJsonSchema } from "./model/json-schema.js";
export { textIn, type LocalText } from "./model/local-text.js";
export { modelTextsIn } from "./model/texts-in.js";
export type { AnalysisSetup, AnalysisSetupInput } from "./model/analysis-schema.js";
export { depreciationSchedule, equivalentAnnualCost, type Asset, type YearAmount } from "./schedule/depreciation.js";
export {
  runBudget,
  runModel,
  runPipeline,
  runPipelineFrom,
  runPipelineOnBases,
  type PipelineOutput,
  type RunOptions,
  type RunResult,
} from "./pipeline/run-model.js";
export {
  chunkBounds,
  mergeFacilityChunks,
  pipelineStart,
  runFacilityChunk,
  type ChunkContext,
  type FacilityChunk,
  type PipelineStart,
} from "./pipeline/facility-chunks.js";
export { chunkModel, packChunk, runChunkTask, unpackChunk, type FacilityChunkWire } from "./pipeline/chunk-wire.js";
export { packPart, unpackPart, type ModelPartWire } from "./pipeline/part-wire.js";
export type { BudgetView, ItemResult, ScheduleResult, Summary } from "./budget/budget.js";
export type { Breakdown, Series } from "./budget/breakdown.js";
export type { SavingsResult } from "./budget/savings.js";
export type { AssumptionNote, Reconciliation } from "./budget/provenance.js";
export {
  db,
  ddb,
  fv,
  irr,
  npv,
  pmt,
  pv,
  sln,
  syd,
  vdb,
  FinancialFunctionError,
  type CashFlows,
  type FinancialErrorCode,
  type FinancialFunctionName,
} from "./finance/index.js";
export { allocateCosts, type AllocationResult, type Flow } from "./allocation/allocate-costs.js";
export { explainAllocation, EXPLAIN_PATH_LIMIT, type CostPath, type Explanation, type Origin } from "./allocation/explain.js";
export { defaultOrder } from "./allocation/order.js";
export { parseAllocationProblem, type AllocationParseResult } from "./allocation/parse.js";
export {
  ALLOCATION_METHODS,
  allocationProblemSchema,
  type AllocationMethod,
  type AllocationProblem,
  type AllocationProblemInput,
  type Centre,
} from "./allocation/problem.js";
export {
  parseTimeDrivenProblem,
  timeDrivenCosts,
  timeDrivenProblemSchema,
  type ResourceUse,
  type TimeDrivenProblem,
  type TimeDrivenProblemInput,
  type TimeDrivenResult,
} from "./allocation/time-driven.js";
export type { CentreYear, FacilityAllocation } from "./costing/centre-allocation.js";
export { listFor, type FacilityPriceYear, type FacilityPrices } from "./pricing/facility-prices.js";
export { priceEntries, serviceYear, type PriceEntry, type PriceStructure, type ServicePrice, type ServiceYear } from "./pricing/entries.js";
export { allPriceEntries, type Payers, type PricingResult } from "./pricing/pricing.js";
export type { ClassBasis, ClassBasisClass, ClassBasisFacility, ClassBasisYear, RecoveryBalance } from "./pricing/class-basis.js";
export type { PriceRange, PriceTableRow } from "./pricing/price-table.js";
export type { ListedServices } from "./pricing/listed-services.js";
export type { PricingOptions, Service, ServiceList } from "./model/schema.js";
export { generateModel, type GeneratedModel } from "./generate/generate.js";
export {
  GENERATE_LIMITS,
  GENERATE_PRESETS,
  GENERATE_SIZES,
  resolveGenerateOptions,
  type GenerateCountOption,
  type GenerateMethod,
  type GenerateOptions,
  type GenerateSize,
  type ResolvedGenerateOptions,
} from "./generate/options.js";
export {
  sensitivity,
  spiderChanges,
  type SensitivityInput,
  type SensitivityOptions,
  type SensitivityResult,
  type SpiderLine,
  type TornadoEntry,
} from "./analysis/sensitivity.js";
export { inputLocations, outputReader, type Location } from "./analysis/paths.js";
export { variedValue, type Basis } from "./analysis/vary.js";
export {
  compareModels,
  compareScenarios,
  PRICE_BASES,
  type CompareEntry,
  type CompareOptions,
  type CompareResult,
  type ComparedScenario,
  type Comparison,
  type PriceBasis,
} from "./analysis/compare.js";
export { headlineOf, keyServiceCodes, KEY_SERVICES, type Headline, type HeadlineYear, type KeyPrice, type KeyService } from "./analysis/headline.js";
export { headlineDifference, type HeadlineDifference, type KeyPriceDifference } from "./analysis/headline-difference.js";
