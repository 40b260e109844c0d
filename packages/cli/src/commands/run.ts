import { runModel } from "@costplan/core";
import { writeWorkbook } from "@costplan/xlsx";
import type { Invocation } from "../args.js";
import { chooseLanguage } from "../language.js";
import { problemLines, readModel } from "../model-source.js";
import type { Output } from "../output.js";
import { renderRun } from "../render/run-report.js";
import { writeAtomically } from "../write-file.js";

/** `costplan run [MODEL] [--scenario NAME] [--json] [--xlsx FILE] [--lang vi|en]`. */
export async function runCommand(inv: Invocation, out: Output): Promise<number> {
  const source = await readModel(inv.positionals[0], inv.scenario);
  if (!source.ok) {
    const lang = chooseLanguage(inv.lang);
    for (const line of problemLines(source.problems, lang)) out.err(line);
    return 1;
  }
  const result = runModel(source.model);
  const lang = chooseLanguage(inv.lang, source.model.programme.language);
  if (inv.xlsx !== undefined) {
    const bytes = await writeWorkbook(source.model, result, { language: lang });
    const written = writeAtomically(inv.xlsx, bytes);
    if (!written.ok) {
      out.err(`${inv.xlsx}: ${written.message[lang]}`);
      return 1;
    }
    out.err(lang === "vi" ? `đã ghi ${inv.xlsx}` : `wrote ${inv.xlsx}`);
  }
  if (inv.json) {
    out.out(JSON.stringify({ model: source.name, scenario: inv.scenario ?? null, ...result }, null, 2));
    return 0;
  }
  if (inv.xlsx === undefined) out.out(renderRun(source.model, result, lang, { modelName: source.name, scenario: inv.scenario }));
  return 0;
}

