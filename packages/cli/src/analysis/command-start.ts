import { parseArgs, type ParseArgsConfig } from "node:util";
import { message, type Language, type Model } from "@costplan/core";
import { languageFlag } from "../args.js";
import { chooseLanguage } from "../language.js";
import { problemLines, readModel } from "../model-source.js";
import type { Output } from "../output.js";
import { usage } from "../usage.js";
import { parseArgsFailure, UsageError } from "../usage-error.js";

/** What every analysis command reads before its own options: the model, a scenario, the language, JSON or not, quiet or not. */
export interface AnalysisInvocation {
  readonly model: string | undefined;
  readonly scenario: string | undefined;
  readonly lang: Language | undefined;
  readonly json: boolean;
  readonly quiet: boolean;
}

/** What parseArgs gives for the options O. */
export type ParsedAnalysisArgs<O extends NonNullable<ParseArgsConfig["options"]>> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>
>;

/** node:util's parseArgs, with its complaint turned into a usage error of the catalogue. */
export function parseAnalysisArgs<O extends NonNullable<ParseArgsConfig["options"]>>(argv: readonly string[], options: O): ParsedAnalysisArgs<O> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw parseArgsFailure(error, options);
  }
}

/**
 * The start both analysis commands share: parse the arguments (a usage error is exit 2 with
 * the usage), read the model with its scenario (a bad model is exit 1 with its problems),
 * and choose the language. Returns the exit code when the command cannot go on.
 */
export async function startAnalysis<I extends AnalysisInvocation>(
  argv: readonly string[],
  parse: (argv: readonly string[]) => I,
  out: Output,
): Promise<number | { readonly inv: I; readonly model: Model; readonly name: string; readonly lang: Language }> {
  let inv: I;
  try {
    inv = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The arguments did not parse, so --lang is looked for by hand: the error is written in the asked language.
    const lang = chooseLanguage(languageFlag(argv));
    out.err(`costplan: ${message(error.code, lang, error.params)}`);
    out.err(usage(lang));
    return 2;
  }
  const source = await readModel(inv.model, inv.scenario);
  if (!source.ok) {
    for (const line of problemLines(source.problems, chooseLanguage(inv.lang))) out.err(line);
    return 1;
  }
  return { inv, model: source.model, name: source.name, lang: chooseLanguage(inv.lang, source.model.programme.language) };
}
