import { allPriceEntries, message, type Language, type Model, type PipelineOutput, type RunResult } from "@costplan/core";
import type { Invocation } from "../args.js";
import { chooseLanguage } from "../language.js";
import { problemLines, readModel } from "../model-source.js";
import type { Output } from "../output.js";
import type { Stage } from "../progress/progress.js";
import { progressFor } from "../progress/terminal.js";
import { serviceEntryCount } from "../tables/run-tables.js";
import { writeAtomically } from "../write-file.js";
import { jsonChunks } from "../write/json-chunks.js";
import { detailNote, workbookRefusal } from "./run-detail.js";

/**
 * `costplan run [MODEL] [--scenario NAME] [--json [--detail|--no-detail]] [--detail] [--format table|csv|markdown] [--out DIR] [--xlsx FILE]
 * [--threads N] [--lang vi|en] [--quiet]`.
 * Workbooks, tables and the text report load their libraries only when asked for.
 */
export async function runCommand(inv: Invocation, out: Output): Promise<number> {
  const stages: Stage[] = [
    "validate",
    "run",
    ...(inv.xlsx === undefined ? [] : ["xlsx" as const]),
    ...(inv.out === undefined ? [] : ["out" as const]),
    inv.json ? "json" : "report",
  ];
  const progress = progressFor({
    stream: out.progress?.stream,
    afterMs: out.progress?.afterMs ?? 1000,
    quiet: inv.quiet,
    stages,
    language: chooseLanguage(inv.lang),
  });
  try {
    progress.stage("validate");
    const source = await readModel(inv.positionals[0], inv.scenario);
    if (!source.ok) {
      const lang = chooseLanguage(inv.lang);
      progress.done();
      for (const line of problemLines(source.problems, lang)) out.err(line);
      return 1;
    }
    progress.stage("run");
    // The per-service entries are built only where they are shown: JSON within its limit, the workbook.
    const { runOnThreads, runThreads } = await import("../threads/run-facilities.js");
    // A worker's failure is run again in this thread, which reports it as one thread would; --debug says why.
    const fallback = (error: unknown): void => {
      if (inv.debug) out.err(`costplan: ${message("run-threads-fallback", chooseLanguage(inv.lang), { detail: (error as Error).message })}`);
    };
    const output = await runOnThreads(source.model, runThreads(inv.threads), { detail: false }, fallback);
    const entries = serviceEntryCount(output.servicePrices);
    const withDetail = (): RunResult => ({ ...output.result, prices: allPriceEntries(output.servicePrices) });
    const result = output.result;
    const lang = chooseLanguage(inv.lang, source.model.programme.language);
    if (inv.xlsx !== undefined) {
      const refused = workbookRefusal(entries, lang);
      if (refused !== undefined) {
        progress.done();
        out.err(`${inv.xlsx}: ${refused}`);
        return 1;
      }
      progress.stage("xlsx");
      const { writeWorkbook } = await import("@costplan/xlsx");
      // ScenarioResults compares every scenario from the base model: read it without the overrides.
      const base = inv.scenario === undefined ? undefined : await readModel(inv.positionals[0], undefined);
      const scenario = inv.scenario !== undefined && base?.ok === true ? { name: inv.scenario, base: base.model } : undefined;
      const written = await writeAtomically(inv.xlsx, await writeWorkbook(source.model, withDetail(), { language: lang, scenario }));
      if (!written.ok) {
        progress.done();
        out.err(`${inv.xlsx}: ${written.message[lang]}`);
        return 1;
      }
    }
    if (inv.out !== undefined) {
      progress.stage("out");
      const failed = await writeOut(inv.out, source.name, inv.scenario, output, lang);
      if (failed !== undefined) {
        progress.done();
        out.err(`${inv.out}: ${failed}`);
        return 1;
      }
    }
    progress.stage(inv.json ? "json" : "report");
    const text = inv.json
      ? jsonText(inv, source.name, entries, withDetail, result, lang, out)
      : inv.xlsx === undefined && inv.out === undefined
        ? [await reportText(source.model, result, lang, source.name, inv)]
        : undefined;
    progress.done();
    if (inv.xlsx !== undefined) out.err(message("wrote-file", lang, { file: inv.xlsx }));
    if (inv.out !== undefined) out.err(message("wrote-tables", lang, { dir: inv.out }));
    if (text !== undefined) writeParts(out, text);
    return 0;
  } finally {
    progress.done();
  }
}

async function writeOut(dir: string, model: string, scenario: string | undefined, output: PipelineOutput, lang: Language): Promise<string | undefined> {
  const { result } = output;
  const [{ writeTables, TablesError }, { runTables }, { version }] = await Promise.all([
    import("../tables/write-tables.js"),
    import("../tables/run-tables.js"),
    import("../version.js"),
  ]);
  try {
    await writeTables(dir, runTables(output), {
      about: {
        generator: `costplan ${version}`,
        model,
        scenario: scenario ?? null,
        programme: result.programme.id,
        currency: result.currency,
        amounts: "whole minor units of the currency (đồng for VND)",
        priceYear: result.pricing.priceYear,
      },
    });
    return undefined;
  } catch (error) {
    if (error instanceof TablesError) return error.messages[lang];
    throw error;
  }
}

/** The result on stdout, part by part where the output can take parts, ending with a line break. */
function writeParts(out: Output, parts: Iterable<string>): void {
  if (out.part === undefined) {
    out.out([...parts].join(""));
    return;
  }
  // The pieces are many and small (one per entry of the first levels): written one by one, the
  // writes cost more than the run (a province's JSON: 0.6 s of 3.6 s). Joined up to a few MB,
  // each write is large and no text comes near the longest string V8 holds.
  let batch: string[] = [];
  let length = 0;
  for (const part of parts) {
    batch.push(part);
    length += part.length;
    if (length >= PART_BATCH_CHARS) {
      out.part(batch.join(""));
      batch = [];
      length = 0;
    }
  }
  batch.push("\n");
  out.part(batch.join(""));
}

/** How many characters of the result go to stdout in one write. */
const PART_BATCH_CHARS = 4 * 1024 * 1024;

/** The JSON as JSON.stringify(…, null, 2) writes it, in parts: a national run's is past the longest string V8 holds. */
function jsonText(
  inv: Invocation,
  model: string,
  entries: number,
  withDetail: () => RunResult,
  result: RunResult,
  lang: Language,
  out: Output,
): Iterable<string> {
  const detail = detailNote(inv.detail, entries, inv.out, lang);
  if (detail.prices === "omitted" && detail.reason === "over-limit" && !inv.quiet) out.err(`costplan: prices: ${detail.message}`);
  const { prices: _left, ...withoutPrices } = result;
  const body = detail.prices === "included" ? withDetail() : withoutPrices;
  return jsonChunks({ model, scenario: inv.scenario ?? null, ...body, detail });
}

async function reportText(model: Model, result: RunResult, lang: Language, modelName: string, inv: Invocation): Promise<string> {
  const [{ renderRun }, { outputWidth }] = await Promise.all([import("../render/run-report.js"), import("../render/fit-table.js")]);
  // COLUMNS first, so a test or a pager can ask for a width; a pipe or a file gets 100.
  return renderRun(model, result, lang, {
    modelName,
    scenario: inv.scenario,
    format: inv.format,
    width: outputWidth(process.env, process.stdout.isTTY ? process.stdout.columns : undefined),
    detail: inv.detail === "always",
  });
}
