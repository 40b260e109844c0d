import { CostplanError, formatNumber, message } from "@costplan/core";
import { summariseDraws, type DrawBlock, type SimulationOptions } from "@costplan/core/analysis";
import { parseAnalysisArgs, startAnalysis, type AnalysisInvocation } from "../analysis/command-start.js";
import { simulationSetup, type GivenSimulation } from "../analysis/setup.js";
import { runDraws } from "../analysis/run-draws.js";
import { parseCorrelateArg } from "../analysis/correlate-arg.js";
import { parseDistributionArg } from "../analysis/distribution-arg.js";
import { wholeOption } from "../analysis/vary-arg.js";
import { expects, langExpected, UsageError } from "../usage-error.js";
import type { Output } from "../output.js";
import { usage } from "../usage.js";
import { counterFor } from "../progress/counter.js";
import { COUNTER_LABELS } from "../progress/progress.js";

interface SimulateInvocation extends AnalysisInvocation {
  readonly given: GivenSimulation;
  readonly threads: number;
}

function parseSimulate(argv: readonly string[]): SimulateInvocation {
  const parsed = parseAnalysisArgs(argv, {
    draws: { type: "string" },
    seed: { type: "string" },
    lhs: { type: "boolean" },
    vary: { type: "string", multiple: true },
    correlate: { type: "string", multiple: true },
    on: { type: "string", multiple: true },
    percentiles: { type: "string" },
    threads: { type: "string" },
    scenario: { type: "string" },
    json: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
    lang: { type: "string" },
  });
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw langExpected(lang);
  if (positionals.length > 1) throw new UsageError("usage-at-most-one-model", { command: "simulate", count: positionals.length });
  const percentiles = values.percentiles?.split(",").map((t) => (/^\d+(\.\d+)?$/.test(t.trim()) ? Number(t) : Number.NaN));
  if (percentiles?.some((p) => !(p >= 0 && p <= 100))) throw expects("percentiles", "usage-expect-percentiles", values.percentiles ?? "");
  return {
    model: positionals[0],
    scenario: values.scenario,
    given: {
      inputs: values.vary?.map(parseDistributionArg),
      correlations: values.correlate?.map(parseCorrelateArg),
      outputs: values.on,
      draws: values.draws === undefined ? undefined : wholeOption("draws", values.draws, 0, 1, 1_000_000),
      seed: values.seed === undefined ? undefined : wholeOption("seed", values.seed, 0, 0, 2 ** 31 - 1),
      percentiles,
      lhs: values.lhs,
    },
    threads: wholeOption("threads", values.threads, 1, 1, 64),
    json: values.json,
    quiet: values.quiet,
    lang,
  };
}

/**
 * `costplan simulate [MODEL] --draws N --seed S [--lhs] [--vary PATH=DIST ...] [--correlate PATH_A,PATH_B=RANK ...] [--on OUTPUT ...] [--percentiles
 * 5,50,95] [--threads N] [--json]`.
 * Without `--vary` the model's own set-up (its `analysis.simulation`, which may also give the
 * draws, the seed and the percentiles) is used, else the defaults.
 */
export async function simulateCommand(argv: readonly string[], out: Output): Promise<number> {
  const start = await startAnalysis(argv, parseSimulate, out);
  if (typeof start === "number") return start;
  const { inv, model, name, lang } = start;
  const setup = simulationSetup(model, inv.given);
  if (setup.draws === undefined || setup.seed === undefined) {
    // Checked once the model is read, since the model's set-up may give them.
    out.err(`costplan: ${message("usage-simulate-draws-seed", lang, {})}`);
    out.err(usage(lang));
    return 2;
  }
  const options: SimulationOptions = {
    inputs: setup.inputs,
    outputs: setup.outputs,
    draws: setup.draws,
    seed: setup.seed,
    lhs: setup.lhs,
    correlations: setup.correlations,
  };
  const counter = counterFor(out.progress?.stream, inv.quiet, COUNTER_LABELS.draws, lang);
  const started = Date.now();
  let values: DrawBlock["values"];
  try {
    values = await runDraws(model, options, inv.threads, (d) => {
      counter.tick(d, options.draws);
    });
  } catch (error) {
    if (!(error instanceof CostplanError)) throw error;
    counter.done();
    out.err(`costplan: ${error.messages[lang]}`);
    return 1;
  } finally {
    counter.done();
  }
  const summaries = summariseDraws(options.outputs, values, setup.percentiles);
  const seconds = (Date.now() - started) / 1000;
  if (inv.json) {
    out.out(
      JSON.stringify(
        {
          model: name,
          scenario: inv.scenario ?? null,
          setup: setup.from,
          draws: options.draws,
          seed: options.seed,
          lhs: options.lhs === true,
          inputs: options.inputs,
          correlations: options.correlations ?? [],
          summaries,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const vi = lang === "vi";
  const n = (v: number): string => formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
  const lines = [
    vi
      ? `Monte Carlo: ${options.draws} lần rút, hạt giống ${options.seed}${options.lhs === true ? ", siêu khối Latin" : ""} (${seconds.toFixed(1)} giây)`
      : `Monte Carlo: ${options.draws} draws, seed ${options.seed}${options.lhs === true ? ", Latin hypercube" : ""} (${seconds.toFixed(1)} s)`,
  ];
  for (const c of options.correlations ?? []) lines.push(`${vi ? "tương quan hạng" : "rank correlation"} ${c.a} ~ ${c.b}: ${formatNumber(c.rank, lang, 2)}`);
  for (const s of summaries) {
    lines.push("", s.output);
    lines.push(`  ${vi ? "trung bình" : "mean"} ${n(s.mean)} | ${vi ? "độ lệch chuẩn" : "sd"} ${n(s.sd)} | min ${n(s.min)} | max ${n(s.max)}`);
    lines.push(`  ${s.percentiles.map((p) => `P${formatNumber(p.p, lang, Number.isInteger(p.p) ? 0 : 1)} ${n(p.value)}`).join(" | ")}`);
    const c = s.convergence;
    lines.push(
      `  ${vi ? "hội tụ" : "convergence"}: ${vi ? "sai số chuẩn" : "standard error"} ` +
        `${formatNumber(c.relativeStandardError * 100, lang, 2)}% ${vi ? "của trung bình" : "of the mean"}, ` +
        `${vi ? "trung bình dịch chuyển" : "mean moved"} ${formatNumber(c.lastQuarterChange * 100, lang, 2)}% ` +
        `${vi ? "trong 1/4 số lần rút cuối" : "over the last quarter of draws"}: ` +
        (c.converged ? (vi ? "đã hội tụ" : "converged") : vi ? "chưa hội tụ, hãy tăng --draws" : "not converged, raise --draws"),
    );
  }
  out.out(lines.join("\n"));
  return 0;
}
