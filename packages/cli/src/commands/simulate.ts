import { CostplanError, formatNumber, summariseDraws, type DrawBlock, type SimulationOptions } from "@costplan/core";
import { parseAnalysisArgs, startAnalysis, type AnalysisInvocation } from "../analysis/command-start.js";
import { DEFAULT_OUTPUTS, DEFAULT_UNCERTAINTY } from "../analysis/defaults.js";
import { runDraws } from "../analysis/run-draws.js";
import { parseCorrelateArg } from "../analysis/correlate-arg.js";
import { parseDistributionArg } from "../analysis/distribution-arg.js";
import { wholeOption } from "../analysis/vary-arg.js";
import { expects, langExpected, UsageError } from "../usage-error.js";
import type { Output } from "../output.js";
import { counterFor } from "../progress/counter.js";
import { COUNTER_LABELS } from "../progress/progress.js";

interface SimulateInvocation extends AnalysisInvocation {
  readonly options: SimulationOptions;
  readonly percentiles: readonly number[];
  readonly threads: number;
}


function parseSimulate(argv: readonly string[]): SimulateInvocation {
  const parsed = parseAnalysisArgs(argv, {
        draws: { type: "string" }, seed: { type: "string" }, lhs: { type: "boolean", default: false }, vary: { type: "string", multiple: true }, correlate: { type: "string", multiple: true }, on: { type: "string", multiple: true },
        percentiles: { type: "string" }, threads: { type: "string" }, scenario: { type: "string" }, json: { type: "boolean", default: false }, quiet: { type: "boolean", short: "q", default: false }, lang: { type: "string" },
      });
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw langExpected(lang);
  if (positionals.length > 1) throw new UsageError("usage-at-most-one-model", { command: "simulate", count: positionals.length });
  if (values.seed === undefined || values.draws === undefined) throw new UsageError("usage-simulate-draws-seed");
  const percentiles = (values.percentiles ?? "5,50,95").split(",").map((t) => (/^\d+(\.\d+)?$/.test(t.trim()) ? Number(t) : Number.NaN));
  if (percentiles.some((p) => !(p >= 0 && p <= 100))) throw expects("percentiles", "usage-expect-percentiles", values.percentiles ?? "");
  return {
    model: positionals[0],
    scenario: values.scenario,
    options: {
      inputs: values.vary === undefined ? DEFAULT_UNCERTAINTY : values.vary.map(parseDistributionArg),
      outputs: values.on ?? DEFAULT_OUTPUTS,
      draws: wholeOption("draws", values.draws, 0, 1, 1_000_000),
      seed: wholeOption("seed", values.seed, 0, 0, 2 ** 31 - 1),
      lhs: values.lhs,
      correlations: (values.correlate ?? []).map(parseCorrelateArg),
    },
    percentiles,
    threads: wholeOption("threads", values.threads, 1, 1, 64),
    json: values.json,
    quiet: values.quiet,
    lang,
  };
}

/** Draws in blocks of this many: small enough to keep every thread busy to the end. */
/**
 * `costplan simulate [MODEL] --draws N --seed S [--lhs] [--vary PATH=DIST ...] [--correlate PATH_A,PATH_B=RANK ...] [--on OUTPUT ...] [--percentiles 5,50,95] [--threads N] [--json]`.
 */
export async function simulateCommand(argv: readonly string[], out: Output): Promise<number> {
  const start = await startAnalysis(argv, parseSimulate, out);
  if (typeof start === "number") return start;
  const { inv, model, name, lang } = start;
  const counter = counterFor(out.progress?.stream, inv.quiet, COUNTER_LABELS.draws, lang);
  const started = Date.now();
  let values: DrawBlock["values"];
  try {
    values = await runDraws(model, inv.options, inv.threads, (d) => { counter.tick(d, inv.options.draws); });
  } catch (error) {
    if (!(error instanceof CostplanError)) throw error;
    counter.done();
    out.err(`costplan: ${error.messages[lang]}`);
    return 1;
  } finally {
    counter.done();
  }
  const summaries = summariseDraws(inv.options.outputs, values, inv.percentiles);
  const seconds = (Date.now() - started) / 1000;
  if (inv.json) {
    out.out(JSON.stringify({ model: name, scenario: inv.scenario ?? null, draws: inv.options.draws, seed: inv.options.seed, lhs: inv.options.lhs === true, inputs: inv.options.inputs, correlations: inv.options.correlations ?? [], summaries }, null, 2));
    return 0;
  }
  const vi = lang === "vi";
  const n = (v: number): string => formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
  const lines = [vi ? `Monte Carlo: ${inv.options.draws} lần rút, hạt giống ${inv.options.seed}${inv.options.lhs === true ? ", siêu khối Latin" : ""} (${seconds.toFixed(1)} giây)` : `Monte Carlo: ${inv.options.draws} draws, seed ${inv.options.seed}${inv.options.lhs === true ? ", Latin hypercube" : ""} (${seconds.toFixed(1)} s)`];
  for (const c of inv.options.correlations ?? []) lines.push(`${vi ? "tương quan hạng" : "rank correlation"} ${c.a} ~ ${c.b}: ${formatNumber(c.rank, lang, 2)}`);
  for (const s of summaries) {
    lines.push("", s.output);
    lines.push(`  ${vi ? "trung bình" : "mean"} ${n(s.mean)} | ${vi ? "độ lệch chuẩn" : "sd"} ${n(s.sd)} | min ${n(s.min)} | max ${n(s.max)}`);
    lines.push(`  ${s.percentiles.map((p) => `P${formatNumber(p.p, lang, Number.isInteger(p.p) ? 0 : 1)} ${n(p.value)}`).join(" | ")}`);
    const c = s.convergence;
    lines.push(`  ${vi ? "hội tụ" : "convergence"}: ${vi ? "sai số chuẩn" : "standard error"} ${formatNumber(c.relativeStandardError * 100, lang, 2)}% ${vi ? "của trung bình" : "of the mean"}, ${vi ? "trung bình dịch chuyển" : "mean moved"} ${formatNumber(c.lastQuarterChange * 100, lang, 2)}% ${vi ? "trong 1/4 số lần rút cuối" : "over the last quarter of draws"}: ${c.converged ? (vi ? "đã hội tụ" : "converged") : vi ? "chưa hội tụ, hãy tăng --draws" : "not converged, raise --draws"}`);
  }
  out.out(lines.join("\n"));
  return 0;
}
