// @costplan/core/analysis: Monte Carlo simulation, its distributions and rank correlation. They sit
// apart from the main entry because their quantile functions come from @stdlib (about 60 CommonJS
// packages, 80-100 ms to load), and a run, a validation or a sensitivity never draws; only the
// commands that simulate load this entry.
export {
  drawChanges,
  percentileOf,
  simulate,
  simulateDraws,
  summariseDraws,
  type DrawBlock,
  type OutputSummary,
  type SimulationOptions,
  type SimulationResult,
  type UncertainInput,
} from "./analysis/simulate.js";
export { quantile, type Distribution } from "./analysis/distributions.js";
export { copulaFor, correlatedUniforms, normalCorrelationFor, type Copula, type RankCorrelation } from "./analysis/correlation.js";
