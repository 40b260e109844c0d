import { CostplanError, formatNumber, sensitivity, textIn, type Language, type SensitivityResult } from "@costplan/core";
import { parseRangeArg, wholeOption } from "../analysis/vary-arg.js";
import { langExpected, UsageError } from "../usage-error.js";
import { parseAnalysisArgs, startAnalysis, type AnalysisInvocation } from "../analysis/command-start.js";
import { sensitivitySetup, type GivenSensitivity } from "../analysis/setup.js";
import type { Output } from "../output.js";
import { counterFor } from "../progress/counter.js";
import { COUNTER_LABELS } from "../progress/progress.js";

interface SensitivityInvocation extends AnalysisInvocation, GivenSensitivity {}

function parseSensitivity(argv: readonly string[]): SensitivityInvocation {
  const parsed = parseAnalysisArgs(argv, {
    vary: { type: "string", multiple: true },
    on: { type: "string", multiple: true },
    steps: { type: "string" },
    scenario: { type: "string" },
    json: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
    lang: { type: "string" },
  });
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw langExpected(lang);
  if (positionals.length > 1) throw new UsageError("usage-at-most-one-model", { command: "sensitivity", count: positionals.length });
  return {
    model: positionals[0],
    scenario: values.scenario,
    inputs: values.vary?.map(parseRangeArg),
    outputs: values.on,
    steps: values.steps === undefined ? undefined : wholeOption("steps", values.steps, 5, 2, 101),
    json: values.json,
    quiet: values.quiet,
    lang,
  };
}

/**
 * `costplan sensitivity [MODEL] [--vary PATH=-20%..+20% ...] [--on OUTPUT ...] [--steps N] [--scenario NAME] [--json]`:
 * tornado (ranked by swing) and spider table; every point a full run of the model. Without
 * `--vary` the model's own set-up (its `analysis.sensitivity`) is used, else the defaults.
 */
export async function sensitivityCommand(argv: readonly string[], out: Output): Promise<number> {
  const start = await startAnalysis(argv, parseSensitivity, out);
  if (typeof start === "number") return start;
  const { inv, model, name, lang } = start;
  const setup = sensitivitySetup(model, inv);
  const counter = counterFor(out.progress?.stream, inv.quiet, COUNTER_LABELS.runs, lang);
  let result: SensitivityResult;
  try {
    result = sensitivity(model, {
      inputs: setup.inputs,
      outputs: setup.outputs,
      steps: setup.steps,
      onRun: (d, t) => {
        counter.tick(d, t);
      },
    });
  } catch (error) {
    // Paths and ranges are the user's input: a bad one is exit 1 with its message, like a bad model.
    if (!(error instanceof CostplanError)) throw error;
    counter.done();
    out.err(`costplan: ${error.messages[lang]}`);
    return 1;
  } finally {
    counter.done();
  }
  if (inv.json) {
    out.out(
      JSON.stringify(
        {
          model: name,
          scenario: inv.scenario ?? null,
          setup: setup.from,
          ...result,
          tornado: result.outputs.map((output, o) => ({ output, base: result.base[o], bars: result.tornado[o] })),
        },
        null,
        2,
      ),
    );
  } else {
    out.out(renderSensitivity(result, lang));
  }
  return 0;
}

const pct = (c: number, lang: Language): string => `${c > 0 ? "+" : ""}${formatNumber(c * 100, lang, Number.isInteger(c * 100) ? 0 : 1)}%`;
const num = (v: number, lang: Language): string => formatNumber(v, lang, Number.isInteger(v) ? 0 : 4);
const change = (c: number, basis: string, lang: Language): string => (basis === "relative" ? pct(c, lang) : num(c, lang));

function renderSensitivity(result: SensitivityResult, lang: Language): string {
  const vi = lang === "vi";
  const lines: string[] = [];
  result.outputs.forEach((output, o) => {
    lines.push(vi ? `Lốc xoáy: ${output} (cơ sở ${num(result.base[o]!, lang)})` : `Tornado: ${output} (base ${num(result.base[o]!, lang)})`);
    lines.push(vi ? "  đầu vào | thấp | cao | chênh lệch" : "  input | low | high | swing");
    for (const bar of result.tornado[o]!) lines.push(`  ${bar.input} | ${num(bar.low, lang)} | ${num(bar.high, lang)} | ${num(bar.swing, lang)}`);
    lines.push("");
  });
  lines.push(vi ? "Mạng nhện (kết quả theo mức thay đổi của đầu vào)" : "Spider (output at each change of the input)");
  result.spider.forEach((line, k) => {
    const input = result.inputs[k]!;
    const assumed = input.assumption === undefined ? "" : textIn(input.assumption, lang);
    lines.push(`  ${line.input}${input.assumption === undefined ? "" : vi ? ` (giả định: ${assumed})` : ` (assumption: ${assumed})`}`);
    lines.push(`    ${vi ? "thay đổi" : "change"} | ${line.changes.map((c) => change(c, input.basis, lang)).join(" | ")}`);
    result.outputs.forEach((output, o) => lines.push(`    ${output} | ${line.values[o]!.map((v) => num(v, lang)).join(" | ")}`));
  });
  lines.push("", vi ? `${result.runs} lần chạy đầy đủ của mô hình.` : `${result.runs} full runs of the model.`);
  return lines.join("\n");
}
