import { messages, type Language, type MessageCode, type MessageParams } from "./catalogue.js";

/**
 * One thing wrong with an input, in the shape every interface shows: the catalogue code (stable,
 * for tools that count or filter problems), where it is (`file:line:column: $.path`, `Sheet!Cell`,
 * `file.csv:12`) and the message in both languages.
 */
export interface LocatedProblem {
  readonly code: MessageCode;
  readonly where: string;
  readonly message: Readonly<Record<Language, string>>;
}

/**
 * Builds a located problem from the catalogue.
 *
 * @example locatedProblem("model.json", "file-not-found") // { code: "file-not-found", where: "model.json", message: { en: ..., vi: ... } }
 */
export function locatedProblem(where: string, code: MessageCode, params: MessageParams = {}): LocatedProblem {
  return { code, where, message: messages(code, params) };
}
