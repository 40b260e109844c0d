import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import {
  locatedProblem,
  overrideSites,
  parseModel,
  parseScenario,
  type Language,
  type Model,
  type OverrideSite,
  type Problem,
  type ServiceTable,
} from "@costplan/core";
import { BUILTIN_NAME } from "./builtin-name.js";
import { hasTables, resolveTables } from "./model-tables.js";
import { loadJson, parseJsonText, type Located } from "./load.js";

/**
 * A problem as the CLI prints it: its catalogue code, where it is (`file:line:column: $.path`,
 * `file: Sheet!Cell`) and the message in both languages, whichever reader found it.
 */
export type ShownProblem = Located;

/** A model read and validated, or every problem found, each located in the file. */
export type ModelSource =
  | { readonly ok: true; readonly model: Model; readonly name: string }
  | { readonly ok: false; readonly problems: readonly ShownProblem[]; readonly name: string };

/**
 * Reads and validates a model: a JSON file, a filled workbook (.xlsx), or the built-in
 * Bac Ninh model when `file` is absent. Problems are located in the file: line and column
 * for JSON, `file: Sheet!Cell` for a workbook. The workbook reader (exceljs), the YAML parser and the
 * built-in model are imported only for a model that needs them.
 */
export async function readModel(file: string | undefined, scenario: string | undefined): Promise<ModelSource> {
  return (await readModels(file, [scenario]))[0]!;
}

type Loaded =
  | { ok: true; document: unknown; locate: (path: string) => string; serviceTables?: ReadonlyMap<number, ServiceTable> }
  | { ok: false; problems: readonly Located[] };

/**
 * Reads a model once and validates it with each of the scenarios (undefined: the base), as
 * {@link readModel} would one by one: a comparison reads and locates the file only once.
 * `"all"` is the base, then every scenario of the model (the base alone when it is invalid).
 */
export async function readModels(file: string | undefined, wanted: readonly (string | undefined)[] | "all"): Promise<ModelSource[]> {
  const name = file ?? BUILTIN_NAME;
  let loaded: Loaded;
  if (file !== undefined && file.toLowerCase().endsWith(".xlsx")) {
    const { readWorkbookModel, WORKBOOK_LIMITS } = await import("@costplan/xlsx");
    let bytes: Uint8Array;
    try {
      // The size first: a file over the limit is refused without being read (it could be /dev/zero).
      const stat = statSync(file);
      if (stat.isFile() && stat.size > WORKBOOK_LIMITS.fileBytes) {
        const problems = [locatedProblem(file, "workbook-file-too-large", { limit: `${WORKBOOK_LIMITS.fileBytes / 1024 / 1024} MiB` })];
        return (wanted === "all" ? [undefined] : wanted).map(() => ({ ok: false, name, problems }));
      }
      if (!stat.isFile()) throw new Error("not a file");
      bytes = readFileSync(file);
    } catch {
      const problems = [locatedProblem(file, "workbook-unreadable")];
      return (wanted === "all" ? [undefined] : wanted).map(() => ({ ok: false, name, problems }));
    }
    // The workbook reader checks the model itself, so every problem comes in one pass at its cell.
    const out: ModelSource[] = [];
    const first = wanted === "all" ? await readWorkbookModel(bytes, { scenario: undefined }) : undefined;
    const scenarios = wanted !== "all" ? wanted : first?.ok === true ? [undefined, ...first.model.scenarios.map((s) => s.name)] : [undefined];
    for (const scenario of scenarios) {
      const read = await readWorkbookModel(bytes, { scenario });
      // Every problem is named by its file first, as a JSON model's are, then by its sheet and cell
      // (a problem with the workbook as a whole, not a cell, by its file alone).
      out.push(
        read.ok
          ? { ok: true, model: read.model, name }
          : { ok: false, name, problems: read.problems.map((p) => ({ ...p, where: p.where === "workbook" ? file : `${file}: ${p.where}` })) },
      );
    }
    return out;
  } else if (file === undefined) {
    const { builtinModel } = await import("./builtin.js");
    loaded = parseJsonText(JSON.stringify(builtinModel(), null, 2), name);
  } else {
    loaded = await loadJson(file);
    if (loaded.ok && hasTables(loaded.document)) {
      const json = loaded.locate;
      const resolved = await resolveTables(loaded.document, dirname(file), json);
      if (!resolved.ok) return [{ ok: false, problems: resolved.problems, name }];
      loaded = { ok: true, document: resolved.document, locate: (path) => resolved.locate(path) ?? json(path), serviceTables: resolved.serviceTables };
    }
  }
  if (!loaded.ok) {
    const { problems } = loaded;
    return [{ ok: false, problems, name }];
  }
  const { document, locate, serviceTables } = loaded;
  // The base is validated once; each scenario then validates only what its overrides touch.
  const base = parseModel(document, { serviceTables });
  const scenarios = wanted !== "all" ? wanted : [undefined, ...(base.ok ? base.model.scenarios.map((s) => s.name) : [])];
  return scenarios.map((scenario): ModelSource => {
    const parsed = !base.ok || scenario === undefined ? base : parseScenario(document, base.model, scenario, serviceTables);
    if (parsed.ok) return { ok: true, model: parsed.model, name };
    const sites = !base.ok || scenario === undefined ? [] : overrideSites(document, base.model, scenario, serviceTables);
    return { ok: false, name, problems: parsed.problems.map((p) => located(p, (path) => locate(atOverride(path, sites) ?? path))) };
  });
}

/**
 * The override a scenario's problem at `path` comes from, when it is at what the override set or
 * in the record holding it: the base's value there (a model file's line, a table file's row) is
 * valid, and the officer is to change the override. Undefined for a problem elsewhere.
 */
function atOverride(path: string, sites: readonly OverrideSite[]): string | undefined {
  const under = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  const holder = (landed: string) => landed.replace(/(\.[^.[\]]+|\[[^[\]]+\])$/, "");
  return sites.find((site) => under(path, site.landed) || path === holder(site.landed))?.override;
}

/** A validation problem placed in its file: `file:line:column: $.path`, with its code and message. */
export function located(problem: Problem, locate: (jsonPath: string) => string): Located {
  return { code: problem.code, where: `${locate(problem.path)}: ${problem.path}`, message: problem.message };
}

/** One line per problem: where, then what is expected. */
export function problemLines(problems: readonly ShownProblem[], language: Language): string[] {
  return problems.map((p) => `${p.where}: ${p.message[language]}`);
}
