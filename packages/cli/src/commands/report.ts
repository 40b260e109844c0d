import { CostplanError, message, runPipeline, sensitivity, type Model, type SensitivityResult } from "@costplan/core";
import { summariseDraws, type RankCorrelation } from "@costplan/core/analysis";
import { parseAnalysisArgs, startAnalysis, type AnalysisInvocation } from "../analysis/command-start.js";
import { parseCorrelateArg } from "../analysis/correlate-arg.js";
import { sensitivitySetup, simulationSetup } from "../analysis/setup.js";
import { wholeOption } from "../analysis/vary-arg.js";
import { langExpected, UsageError } from "../usage-error.js";
import { runDraws } from "../analysis/run-draws.js";
import { readModel } from "../model-source.js";
import type { Output } from "../output.js";
import { counterFor } from "../progress/counter.js";
import { COUNTER_LABELS } from "../progress/progress.js";
import { reportData, type ReportInputs } from "../report/data.js";
import { reportHtml } from "../report/html.js";
import { scenarioRows } from "../report/scenario-rows.js";
import { writeAtomically } from "../write-file.js";

interface ReportInvocation extends AnalysisInvocation {
  readonly html: string;
  readonly simulation:
    | {
        readonly draws: number;
        readonly seed: number;
        readonly correlations: readonly RankCorrelation[] | undefined;
        /** Worker threads for the draws, as `costplan simulate --threads`: the same numbers whatever the count. */
        readonly threads: number;
      }
    | undefined;
}

function parseReport(argv: readonly string[]): ReportInvocation {
  const { values, positionals } = parseAnalysisArgs(argv, {
    html: { type: "string" },
    draws: { type: "string" },
    correlate: { type: "string", multiple: true },
    seed: { type: "string" },
    threads: { type: "string" },
    scenario: { type: "string" },
    quiet: { type: "boolean", short: "q", default: false },
    lang: { type: "string" },
  });
  const lang = values.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw langExpected(lang);
  if (positionals.length > 1) throw new UsageError("usage-at-most-one-model", { command: "report", count: positionals.length });
  if (values.html === undefined) throw new UsageError("usage-report-html");
  if ((values.draws === undefined) !== (values.seed === undefined)) throw new UsageError("usage-report-draws-seed");
  return {
    model: positionals[0],
    scenario: values.scenario,
    html: values.html,
    simulation:
      values.draws === undefined
        ? undefined
        : {
            draws: wholeOption("draws", values.draws, 0, 2, 100_000),
            seed: wholeOption("seed", values.seed, 0, 0, 2 ** 31 - 1),
            correlations: values.correlate?.map(parseCorrelateArg),
            threads: wholeOption("threads", values.threads, 1, 1, 64),
          },
    json: false,
    quiet: values.quiet,
    lang,
  };
}

/**
 * The output the report's tornado and Monte Carlo look at: the insurance fund's cost of the
 * proposal in the price year, the figure a committee weighs.
 */
export function reportOutput(priceYear: number): string {
  return `payers.byYear.${priceYear}.fund`;
}

/**
 * `costplan report [MODEL] --html FILE [--lang vi|en] [--scenario NAME] [--draws N --seed S [--correlate PATH_A,PATH_B=RANK ...] [--threads N]] [--quiet]`:
 * one self-contained HTML page for a committee, written whole or not at all.
 */
export async function reportCommand(argv: readonly string[], out: Output): Promise<number> {
  const start = await startAnalysis(argv, parseReport, out);
  if (typeof start === "number") return start;
  const { inv, model, name, lang } = start;
  const result = runPipeline(model, { detail: false }).result;
  // The comparison always starts from the model without a scenario, whichever one the page shows.
  let base: Model = model;
  if (inv.scenario !== undefined) {
    const read = await readModel(inv.model, undefined);
    if (read.ok) base = read.model;
  }
  const scenarios = scenarioRows(base);
  const output = reportOutput(result.pricing.priceYear);
  const inputs: ReportInputs = {
    modelName: name,
    scenario: inv.scenario ?? null,
    scenarios,
    ...(await analyses(model, output, inv, out, lang)),
  };
  const written = await writeAtomically(inv.html, new TextEncoder().encode(reportHtml(reportData(model, result, inputs), lang)));
  if (!written.ok) {
    out.err(`${inv.html}: ${written.message[lang]}`);
    return 1;
  }
  out.err(message("wrote-file", lang, { file: inv.html }));
  return 0;
}

/**
 * The tornado and, when asked, the Monte Carlo, over the model's own set-up (its `analysis`
 * section) or else the default ranges. A model the ranges do not fit (no maintenance items, no
 * price lists) gets its page without them, and the reason on stderr.
 */
async function analyses(
  model: Model,
  output: string,
  inv: ReportInvocation,
  out: Output,
  lang: "vi" | "en",
): Promise<Pick<ReportInputs, "sensitivity" | "simulation">> {
  let tornado: SensitivityResult | undefined;
  const runs = counterFor(out.progress?.stream, inv.quiet, COUNTER_LABELS.runs, lang);
  try {
    tornado = sensitivity(model, {
      inputs: sensitivitySetup(model, { inputs: undefined, outputs: undefined, steps: undefined }).inputs,
      outputs: [output],
      steps: 2,
      onRun: (d, t) => {
        runs.tick(d, t);
      },
    });
  } catch (error) {
    if (!(error instanceof CostplanError)) throw error;
    out.err(`costplan: ${message("tornado-left-out", lang, { detail: error.messages.en, detailVi: error.messages.vi })}`);
  } finally {
    runs.done();
  }
  if (inv.simulation === undefined || tornado === undefined) return { sensitivity: tornado };
  const draws = counterFor(out.progress?.stream, inv.quiet, COUNTER_LABELS.draws, lang);
  try {
    const setup = simulationSetup(model, {
      inputs: undefined,
      correlations: inv.simulation.correlations,
      outputs: [output],
      draws: inv.simulation.draws,
      seed: inv.simulation.seed,
      percentiles: undefined,
      lhs: undefined,
    });
    const options = {
      inputs: setup.inputs,
      outputs: setup.outputs,
      draws: inv.simulation.draws,
      seed: inv.simulation.seed,
      correlations: setup.correlations,
    };
    // The same draws as costplan simulate gives, on the same worker pool, counted on the terminal.
    const values = await runDraws(model, options, inv.simulation.threads, (done) => {
      draws.tick(done, options.draws);
    });
    return {
      sensitivity: tornado,
      simulation: {
        draws: options.draws,
        seed: options.seed,
        correlations: options.correlations,
        summary: summariseDraws(options.outputs, values, [5, 50, 95])[0]!,
        values: values.map((v) => v[0]!),
      },
    };
  } finally {
    draws.done();
  }
}
