import { runModel } from "@costplan/core";
import type { Invocation } from "../args.js";
import { chooseLanguage } from "../language.js";
import { problemLines, readModel } from "../model-source.js";
import type { Output } from "../output.js";
import { renderRun } from "../render/run-report.js";

/** `costplan run [MODEL] [--scenario NAME] [--json] [--lang vi|en]`. */
export function runCommand(inv: Invocation, out: Output): number {
  const source = readModel(inv.positionals[0], inv.scenario);
  if (!source.ok) {
    const lang = chooseLanguage(inv.lang);
    for (const line of problemLines(source.problems, lang)) out.err(line);
    return 1;
  }
  const result = runModel(source.model);
  if (inv.json) {
    out.out(JSON.stringify({ model: source.name, scenario: inv.scenario ?? null, ...result }, null, 2));
    return 0;
  }
  out.out(renderRun(source.model, result, chooseLanguage(inv.lang, source.model.programme.language), { modelName: source.name, scenario: inv.scenario }));
  return 0;
}
