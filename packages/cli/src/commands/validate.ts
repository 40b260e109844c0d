import type { Invocation } from "../args.js";
import { chooseLanguage } from "../language.js";
import { problemLines, readModel } from "../model-source.js";
import type { Output } from "../output.js";

/** `costplan validate [MODEL]`: exit 0 when valid, else 1 with one line per problem on stderr. */
export async function validateCommand(inv: Invocation, out: Output): Promise<number> {
  const source = await readModel(inv.positionals[0], inv.scenario);
  const lang = chooseLanguage(inv.lang, source.ok ? source.model.programme.language : undefined);
  if (!source.ok) {
    // Exactly one line per problem, so other tools can count and parse them.
    for (const line of problemLines(source.problems, lang)) out.err(line);
    return 1;
  }
  const m = source.model;
  const { message } = await import("@costplan/core");
  const counts = { facilities: m.facilities.length, items: m.costItems.length, first: m.programme.firstYear, last: m.programme.lastYear };
  out.out(message("model-valid", lang, { name: source.name, ...counts }));
  return 0;
}
