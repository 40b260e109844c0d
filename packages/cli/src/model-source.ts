import { parseModel, type Language, type Model } from "@costplan/core";
import { BUILTIN_NAME, builtinModel } from "./builtin.js";
import { loadJson, parseJsonText, type Located } from "./load.js";

/** A model read and validated, or every problem found, each located in the file. */
export type ModelSource =
  | { readonly ok: true; readonly model: Model; readonly name: string }
  | { readonly ok: false; readonly problems: readonly Located[]; readonly name: string };

/** Reads and validates a model file (the built-in Bac Ninh model when `file` is absent). */
export function readModel(file: string | undefined, scenario: string | undefined): ModelSource {
  const name = file ?? BUILTIN_NAME;
  const loaded = file === undefined ? parseJsonText(JSON.stringify(builtinModel(), null, 2), name) : loadJson(file);
  if (!loaded.ok) return { ok: false, problems: loaded.problems, name };
  const parsed = parseModel(loaded.document, { scenario });
  if (parsed.ok) return { ok: true, model: parsed.model, name };
  return {
    ok: false,
    name,
    problems: parsed.problems.map((p) => ({ where: `${loaded.locate(p.path)}: ${p.path}`, message: p.message })),
  };
}

/** One line per problem: where, then what is expected. */
export function problemLines(problems: readonly Located[], language: Language): string[] {
  return problems.map((p) => `${p.where}: ${p.message[language]}`);
}
