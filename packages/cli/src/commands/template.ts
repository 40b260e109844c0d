import type { Invocation } from "../args.js";
import { chooseLanguage } from "../language.js";
import { problemLines, readModel } from "../model-source.js";
import type { Output } from "../output.js";
import { writeAtomically } from "../write-file.js";

/**
 * `costplan template FILE.xlsx [MODEL]`: writes the input workbook finance officers fill
 * in (blank, or filled with a model), which `costplan run` and `validate` read back.
 */
export async function templateCommand(inv: Invocation, out: Output): Promise<number> {
  const [target, modelFile] = inv.positionals as [string, string | undefined];
  let model;
  if (modelFile !== undefined) {
    const source = await readModel(modelFile, inv.scenario);
    if (!source.ok) {
      for (const line of problemLines(source.problems, chooseLanguage(inv.lang))) out.err(line);
      return 1;
    }
    model = source.model;
  }
  const lang = chooseLanguage(inv.lang, model?.programme.language);
  const { writeTemplate } = await import("@costplan/xlsx");
  const written = await writeAtomically(target, await writeTemplate(model, { language: lang }));
  if (!written.ok) {
    out.err(`${target}: ${written.message[lang]}`);
    return 1;
  }
  const { message } = await import("@costplan/core");
  out.out(message("wrote-file", lang, { file: target }));
  return 0;
}
