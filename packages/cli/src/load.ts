import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { locatedProblem, messages, type LocatedProblem, type MessageCode, type MessageParams } from "@costplan/core";
import { readGuarded } from "./read-guarded.js";
import { scanParsedJson } from "./input-guard.js";
import { hasNonFiniteNumber, numberPastRange } from "./json-numbers.js";
import { loneSurrogateAt } from "./lone-surrogate.js";
import { jsonTooDeep, MAX_NESTING } from "./nesting.js";

/** A line of output naming where a problem is and what is expected, with its catalogue code. */
export type Located = LocatedProblem;

/** A model file read from disk: the parsed document and a way to find a JSON path's line. */
export type Loaded =
  | { readonly ok: true; readonly document: unknown; readonly locate: (jsonPath: string) => string }
  | { readonly ok: false; readonly problems: readonly Located[] };

/** The catalogue's detail for each of jsonc-parser's syntax errors (a Map: the names are data). */
const SYNTAX: ReadonlyMap<string, MessageCode> = new Map<string, MessageCode>([
  ["InvalidSymbol", "json-unexpected-character"],
  ["InvalidNumberFormat", "json-malformed-number"],
  ["PropertyNameExpected", "json-field-name-expected"],
  ["ValueExpected", "json-value-expected"],
  ["ColonExpected", "json-colon-expected"],
  ["CommaExpected", "json-comma-expected"],
  ["CloseBraceExpected", "json-close-brace-expected"],
  ["CloseBracketExpected", "json-close-bracket-expected"],
  ["EndOfFileExpected", "json-end-expected"],
  ["InvalidCommentToken", "json-comment"],
  ["UnexpectedEndOfComment", "json-comment"],
  ["UnexpectedEndOfString", "json-unclosed-string"],
  ["UnexpectedEndOfNumber", "json-malformed-number"],
  ["InvalidUnicode", "json-bad-unicode-escape"],
  ["InvalidEscapeCharacter", "json-bad-escape"],
  ["InvalidCharacter", "json-bad-string-character"],
]);

/**
 * Reads a model file: JSON, or YAML when the name ends in .yaml or .yml (the YAML parser is
 * imported only then). Syntax errors are reported with line and column; a valid
 * document comes with `locate`, which turns a JSON path from validation into
 * `file:line:column` so people can jump to the value.
 */
export async function loadJson(file: string, display = file): Promise<Loaded> {
  let text: string;
  try {
    const guarded = readGuarded(file, display);
    if (!guarded.ok) return guarded;
    text = guarded.text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file-not-found" : "file-unreadable";
    return { ok: false, problems: [locatedProblem(display, code)] };
  }
  const clean = text.replace(/^\uFEFF/, "");
  if (!/\.ya?ml$/i.test(file)) return parseJsonText(clean, display);
  const { parseYamlText } = await import("./load-yaml.js");
  return parseYamlText(clean, display);
}

/** Parses JSON text, as {@link loadJson} does for a file. */
export function parseJsonText(text: string, display: string): Loaded {
  // A valid file (the usual case) is read by JSON.parse alone; the syntax tree that locates
  // problems by line and column is built only when a problem needs placing: a large model's
  // tree costs seconds and hundreds of MB.
  // JSON.parse does not recurse (V8), so it runs first; the depth is then checked in the same
  // pass as the duplicate keys. A too-deep file is refused before any other problem, as the
  // syntax tree that places syntax errors recurses.
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    return tooDeep(text, display, jsonTooDeep(text)) ?? syntaxProblems(text, display);
  }
  const stop = scanParsedJson(text, MAX_NESTING);
  if (stop?.kind === "deep") return tooDeep(text, display, stop.offset)!;
  // A duplicate before a too-deep level: the too-deep problem still comes first.
  if (stop !== undefined)
    return (
      tooDeep(text, display, jsonTooDeep(text)) ?? {
        ok: false,
        problems: [locatedProblem(`${display}:${lineColumn(text)(stop.offset)}`, "duplicate-key", { key: stop.key })],
      }
    );
  const lone = loneSurrogateAt(text);
  if (lone !== undefined) {
    return { ok: false, problems: [locatedProblem(`${display}:${lineColumn(text)(lone.offset)}`, "json-lone-surrogate", { escape: lone.escape })] };
  }
  const tooLarge = hasNonFiniteNumber(document) ? numberPastRange(text) : undefined;
  if (tooLarge !== undefined) {
    return { ok: false, problems: [locatedProblem(`${display}:${lineColumn(text)(tooLarge.offset)}`, "json-number-too-large", { literal: tooLarge.literal })] };
  }
  let located: { tree: Node; at: (offset: number) => string } | undefined;
  return {
    ok: true,
    document,
    locate: (jsonPath) => {
      located ??= { tree: parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })!, at: lineColumn(text) };
      return `${display}:${located.at(nodeFor(located.tree, jsonPath).offset)}`;
    },
  };
}

/** The too-deep problem at `offset`, or undefined when there is none. */
function tooDeep(text: string, display: string, offset: number | undefined): Loaded | undefined {
  if (offset === undefined) return undefined;
  return { ok: false, problems: [locatedProblem(`${display}:${lineColumn(text)(offset)}`, "too-deep", { limit: MAX_NESTING })] };
}

function syntaxProblems(text: string, display: string): Loaded {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const at = lineColumn(text);
  const problems: Located[] = errors.slice(0, 20).map((e) => {
    return locatedProblem(`${display}:${at(e.offset)}`, "json-syntax", syntaxDetail(SYNTAX.get(printParseErrorCode(e.error)) ?? "json-invalid"));
  });
  if (problems.length === 0) {
    problems.push(locatedProblem(`${display}:1:1`, "json-syntax", syntaxDetail(tree === undefined ? "json-empty" : "json-invalid")));
  }
  return { ok: false, problems };
}

/** The parameters of "json-syntax": the catalogue's words for one kind of syntax error, in each language. */
function syntaxDetail(detail: MessageCode): MessageParams {
  const words = messages(detail, {});
  return { detail: words.en, detailVi: words.vi };
}

function nodeFor(tree: Node, jsonPath: string): Node {
  const segments = segmentsOf(jsonPath);
  for (let n = segments.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    // Point at the value's key for a field, so an unknown field shows on its own line.
    if (node !== undefined) return n === segments.length && node.parent?.type === "property" ? node.parent : node;
  }
  return tree;
}

/** Splits `$.a[0]["b c"].d` into ["a", 0, "b c", "d"]. */
export function segmentsOf(jsonPath: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of jsonPath.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

function lineColumn(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}
