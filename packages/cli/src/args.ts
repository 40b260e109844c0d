import { parseArgs } from "node:util";
import type { Language, MessageCode, MessageParams } from "@costplan/core";
import { nearestWord } from "./nearest-word.js";
import { expects, langExpected, parseArgsFailure, UsageError } from "./usage-error.js";

export { UsageError } from "./usage-error.js";

/** A command line, understood. */
export interface Invocation {
  readonly command: "run" | "validate" | "allocate" | "template" | "help" | "version";
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly debug: boolean;
  readonly scenario: string | undefined;
  readonly lang: Language | undefined;
  readonly explain: string | undefined;
  readonly xlsx: string | undefined;
  /** (run) Folder for the per-service tables (CSV, Parquet, manifest.json). */
  readonly out: string | undefined;
  /** (run --json) Whether the JSON carries `prices`: always, never, or by the model's size. */
  readonly detail: "always" | "never" | "auto";
  /** No progress on stderr. */
  readonly quiet: boolean;
  /** (run, text report) How tables are written. */
  readonly format: "table" | "csv" | "markdown";
  /** (run) Worker threads for the facilities: a number, or undefined to choose by the model's size. */
  readonly threads: number | undefined;
}

const usageError = (code: MessageCode, params: MessageParams = {}): UsageError => new UsageError(code, params);

/** The most worker threads a command starts (as simulate's --threads). */
export const MAX_THREADS = 64;

const COMMANDS = ["run", "validate", "allocate", "template", "help", "version"] as const;

/** Every command word, the ones that read their own arguments (main.ts) included, as the help lists them. */
const ALL_COMMANDS = ["run", "validate", "allocate", "template", "generate", "compare", "sensitivity", "simulate", "report", "help", "version"] as const;

const OPTIONS = {
  json: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  scenario: { type: "string" },
  lang: { type: "string" },
  explain: { type: "string" },
  xlsx: { type: "string" },
  out: { type: "string" },
  detail: { type: "boolean", default: false },
  "no-detail": { type: "boolean", default: false },
  quiet: { type: "boolean", short: "q", default: false },
  format: { type: "string" },
  threads: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

/** The usage error of a command word costplan does not have, with the one it most likely meant. */
function unknownCommand(command: string): UsageError {
  const suggestion = nearestWord(command, ALL_COMMANDS);
  return suggestion === undefined
    ? usageError("usage-unknown-command", { command, expected: ALL_COMMANDS.join(", ") })
    : usageError("usage-unknown-command-near", { command, suggestion });
}

/** Reads argv (without node and the script) into an invocation, or throws UsageError. */
export function parseInvocation(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw parseArgsFailure(error, OPTIONS);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const command = values.help ? "help" : values.version ? "version" : (first ?? "help");
  if (!(COMMANDS as readonly string[]).includes(command)) throw unknownCommand(command);
  const lang = values.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw langExpected(lang);
  const positionalsAfter = values.help || values.version ? [] : rest;
  if (command === "run" && positionalsAfter.length > 1) throw usageError("usage-at-most-one-model", { command, count: positionalsAfter.length });
  if (command === "validate" && positionalsAfter.length > 1) throw usageError("usage-at-most-one-model", { command, count: positionalsAfter.length });
  if (command === "allocate" && positionalsAfter.length !== 1) throw usageError("usage-allocate-arguments", { count: positionalsAfter.length });
  if (values.explain !== undefined && command !== "allocate") throw usageError("usage-option-with", { option: "explain", commands: "allocate" });
  if (values.xlsx !== undefined && command !== "run") throw usageError("usage-option-with", { option: "xlsx", commands: "run" });
  if (values.xlsx !== undefined && !values.xlsx.toLowerCase().endsWith(".xlsx")) throw expects("xlsx", "usage-expect-xlsx-file", values.xlsx);
  if (values.out !== undefined && command !== "run") throw usageError("usage-option-with", { option: "out", commands: "run" });
  if (values.out === "") throw usageError("usage-out-folder");
  if (values.detail && values["no-detail"]) throw usageError("usage-exclusive", { first: "detail", second: "no-detail" });
  // --detail also shows every table of the text report; --no-detail only ever concerns the JSON.
  if (values.detail && command !== "run") throw usageError("usage-option-with", { option: "detail", commands: "run" });
  if (values["no-detail"] && (command !== "run" || !values.json)) throw usageError("usage-option-with", { option: "no-detail", commands: "run --json" });
  const format = values.format ?? "table";
  if (format !== "table" && format !== "csv" && format !== "markdown")
    throw usageError("usage-expected-one-of", { option: "format", expected: "table, csv, markdown", received: format });
  if (values.format !== undefined && (command !== "run" || values.json))
    throw usageError("usage-option-with", { option: "format", commands: "run (without --json) and compare" });
  if (values.threads !== undefined && command !== "run") throw usageError("usage-option-with", { option: "threads", commands: "run, simulate" });
  const threads = values.threads === undefined ? undefined : /^\d+$/.test(values.threads) ? Number(values.threads) : Number.NaN;
  if (threads !== undefined && !(threads >= 1 && threads <= MAX_THREADS))
    throw usageError("usage-whole-number", { option: "threads", min: 1, max: MAX_THREADS, received: values.threads ?? "" });
  if (command === "template" && (positionalsAfter.length < 1 || positionalsAfter.length > 2 || !positionalsAfter[0]!.toLowerCase().endsWith(".xlsx"))) {
    throw usageError("usage-template-arguments");
  }
  return {
    command: command as Invocation["command"],
    positionals: positionalsAfter,
    json: values.json,
    debug: values.debug,
    scenario: values.scenario,
    lang,
    explain: values.explain,
    xlsx: values.xlsx,
    out: values.out,
    detail: values.detail ? "always" : values["no-detail"] ? "never" : "auto",
    quiet: values.quiet,
    format,
    threads,
  };
}

/** How many times `--scenario` is given (as `--scenario NAME` or `--scenario=NAME`), up to a `--` that ends the options. */
export function repeatedScenario(argv: readonly string[]): number {
  let count = 0;
  for (const arg of argv) {
    if (arg === "--") break;
    if (arg === "--scenario" || arg.startsWith("--scenario=")) count += 1;
  }
  return count;
}

/** The language a command line asks for with `--lang`, read before the rest is understood (for a usage error). */
export function languageFlag(argv: readonly string[]): Language | undefined {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "vi" || value === "en" ? value : undefined;
}
