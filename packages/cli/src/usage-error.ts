import type { MessageCode, MessageParams } from "@costplan/core";
import { nearestWord } from "./nearest-word.js";

/**
 * A command line that cannot be understood: exit code 2, with a catalogue message in the language
 * `--lang` asks for. Only the code and parameters are kept (core is loaded only to write them, so
 * `--version` starts without it).
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams = {},
  ) {
    super(code);
  }
}

/** The options a command accepts, as node:util's parseArgs is given them. */
export type KnownOptions = Readonly<Record<string, { readonly type: string; readonly short?: string | undefined }>>;

/**
 * node:util's parseArgs complaint as a usage error of our own: its text is English and names
 * its own error code, so each kind is written from the catalogue, quoting the option it names.
 * An unknown option close to one the command knows (`--jsno`, `--Json`) is answered with that one.
 */
export function parseArgsFailure(error: unknown, known: KnownOptions = {}): UsageError {
  const code = (error as { code?: unknown }).code;
  const text = (error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, "");
  const quoted = /'([^']+)'/.exec(text)?.[1]?.replace(/ <value>$/, "");
  if (quoted !== undefined) {
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return unknownOption(quoted, known);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return new UsageError("usage-unexpected-argument", { argument: quoted });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      return new UsageError(/does not take an argument/.test(text) ? "usage-no-value" : "usage-missing-value", { option: quoted });
    }
  }
  return new UsageError("usage-not-understood", { detail: text.split("\n")[0] ?? text });
}

function unknownOption(option: string, known: KnownOptions): UsageError {
  const words = Object.entries(known).flatMap(([name, { short }]) => [`--${name}`, ...(short === undefined ? [] : [`-${short}`])]);
  const suggestion = option.startsWith("--") ? nearestWord(option, words) : undefined;
  return suggestion === undefined ? new UsageError("usage-unknown-option", { option }) : new UsageError("usage-unknown-option-near", { option, suggestion });
}

/** A code of what an option accepts (the catalogue's "usage-expect-*" phrases). */
export type ExpectCode = Extract<MessageCode, `usage-expect-${string}`>;

/**
 * "usage-expects": an option's value it cannot take, with what it accepts named by a catalogue code.
 * @example message("usage-expects", "en", expects("lang", "usage-expect-language", "fr").params) // '--lang expects "vi" or "en", got "fr"'
 */
export function expects(option: string, expect: ExpectCode, received: string): UsageError {
  return new UsageError("usage-expects", { option, expect, received });
}

/** The usage error of a --lang that is neither vi nor en. */
export function langExpected(received: string): UsageError {
  return expects("lang", "usage-expect-language", received);
}
