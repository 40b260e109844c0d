import { compareModels, message, type CompareEntry, type Comparison } from "@costplan/core";
import { parseAnalysisArgs, type AnalysisInvocation } from "../analysis/command-start.js";
import { UsageError } from "../usage-error.js";
import { chooseLanguage } from "../language.js";
import { languageFlag } from "../args.js";
import { problemLines, readModels } from "../model-source.js";
import { usage } from "../usage.js";
import type { Output } from "../output.js";
import { counterFor } from "../progress/counter.js";
import { COUNTER_LABELS } from "../progress/progress.js";
import { outputWidth, TABLE_FORMATS, type TableFormat } from "../render/fit-table.js";

interface CompareInvocation extends AnalysisInvocation {
  /** The scenarios to set beside the base; every scenario of the model when empty. */
  readonly scenarios: readonly string[];
  readonly format: TableFormat;
}

/** A positional is the model when it names a model file by its extension; scenario names never have one. */
const isModelFile = (arg: string): boolean => /\.(json|ya?ml|xlsx)$/i.test(arg);

function parseCompare(argv: readonly string[]): CompareInvocation {
  const { values, positionals } = parseAnalysisArgs(argv, {
    json: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
    lang: { type: "string" },
    format: { type: "string" },
  });
  const lang = values.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en")
    throw new UsageError("usage-expected-one-of", {
      option: "lang",
      expected: '"vi", "en"',
      received: lang,
    });
  const format = values.format ?? "table";
  if (!(TABLE_FORMATS as readonly string[]).includes(format))
    throw new UsageError("usage-expected-one-of", {
      option: "format",
      expected: TABLE_FORMATS.join(", "),
      received: format,
    });
  const [first, ...rest] = positionals;
  const model = first !== undefined && isModelFile(first) ? first : undefined;
  const scenarios = model === undefined ? positionals : rest;
  const second = scenarios.find(isModelFile);
  if (second !== undefined) throw new UsageError("usage-compare-arguments", { received: second });
  return {
    model,
    scenario: undefined,
    scenarios,
    format: format as TableFormat,
    json: values.json,
    quiet: values.quiet,
    lang,
  };
}

/**
 * `costplan compare [MODEL] [SCENARIO...] [--json] [--format table|csv|markdown] [--lang vi|en] [--quiet]`:
 * the base and the scenarios (every one unless named) side by side on both price bases, each
 * with its difference from the base. Each scenario is read as `costplan run --scenario NAME`
 * reads it, so its figures are those of a run of it alone.
 */
export async function compareCommand(argv: readonly string[], out: Output): Promise<number> {
  let inv: CompareInvocation;
  try {
    inv = parseCompare(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const lang = chooseLanguage(languageFlag(argv));
    out.err(`costplan: ${message(error.code, lang, error.params)}`);
    out.err(usage(lang));
    return 2;
  }
  // The file is read and located once; each scenario is then validated as `run --scenario` validates it.
  const sources = await readModels(inv.model, inv.scenarios.length > 0 ? [undefined, ...inv.scenarios] : "all");
  const entries: CompareEntry[] = [];
  for (const source of sources) {
    if (!source.ok) {
      for (const line of problemLines(source.problems, chooseLanguage(inv.lang))) out.err(line);
      return 1;
    }
  }
  const okSources = sources.flatMap((s) => (s.ok ? [s] : []));
  const model = okSources[0]!.model;
  const names = inv.scenarios.length > 0 ? inv.scenarios : model.scenarios.map((s) => s.name);
  okSources.forEach((source, k) =>
    entries.push({
      scenario: k === 0 ? null : model.scenarios.find((s) => s.name === names[k - 1])!,
      model: source.model,
    }),
  );
  const name = okSources[0]!.name;
  const lang = chooseLanguage(inv.lang, model.programme.language);
  const counter = counterFor(out.progress?.stream, inv.quiet, COUNTER_LABELS.runs, lang);
  let comparison: Comparison;
  try {
    comparison = compareModels(entries, {
      onRun: (d, t) => {
        counter.tick(d, t);
      },
    });
  } finally {
    counter.done();
  }
  if (inv.json) {
    out.out(JSON.stringify({ model: name, ...comparison }, null, 2));
    return 0;
  }
  const { renderComparison } = await import("../render/compare-report.js");
  const width = outputWidth(process.env, process.stdout.columns);
  out.out(
    renderComparison(comparison, lang, {
      modelName: name,
      format: inv.format,
      width,
      priceYear: model.pricing.year ?? model.programme.lastYear,
    }),
  );
  return 0;
}
