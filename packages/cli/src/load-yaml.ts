import { LineCounter, parseDocument, visit } from "yaml";
import { locatedProblem, type LocatedProblem } from "@costplan/core";
import { segmentsOf, type Loaded } from "./load.js";
import { MAX_NESTING } from "./nesting.js";

const tooDeep = (where: string) => locatedProblem(where, "too-deep", { limit: MAX_NESTING });
const overflowed = (text: string): boolean => text.includes("Maximum call stack size exceeded");
/**
 * Aliases written at most: a valid model reuses an anchor a few hundred times at most (Bac Ninh's
 * YAML, 150). The library's own check, on the aliases expanded, runs while the document is built
 * and takes seconds over a file of 20,000 aliases; counting the alias nodes first takes milliseconds.
 */
const MAX_ALIAS_NODES = 2_000;
/** Aliases expanded at most, for the library's check (an alias of a list of aliases counts each). */
const MAX_ALIASES = 10_000;

/**
 * The problem of an alias the YAML library refuses while building the document (it throws a
 * ReferenceError then): one naming no anchor before it, located at its first use, or too many.
 */
function aliasProblem(error: unknown, text: string, at: (offset: number) => string): LocatedProblem | undefined {
  if (!(error instanceof ReferenceError)) return undefined;
  if (error.message.startsWith("Excessive alias count")) return locatedProblem(at(0), "yaml-too-many-aliases", { limit: MAX_ALIASES });
  const alias = /^Unresolved alias[^:]*: (.+)$/.exec(error.message)?.[1];
  if (alias === undefined) return undefined;
  const offset = text.indexOf(`*${alias}`);
  return locatedProblem(at(Math.max(0, offset)), "yaml-unknown-alias", { alias });
}

/**
 * The JSON path of the first value nested past {@link MAX_NESTING} levels, walked with a
 * stack of its own: YAML's block nesting is not a bracket that a text scan could count.
 */
function deepestPath(document: unknown): string | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: document, depth: 0, path: "$" }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth + 1 > MAX_NESTING) return path;
    for (const [key, child] of Object.entries(value))
      if (child !== null && typeof child === "object")
        stack.push({ value: child, depth: depth + 1, path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}` });
  }
  return undefined;
}

/**
 * Parses a YAML model (the same document as JSON, written as YAML): syntax errors and
 * later problems are located by line and column, as for JSON.
 */
export function parseYamlText(text: string, display: string): Loaded {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): string => {
    const { line, col } = lines.linePos(offset);
    return `${display}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    // The parser reports its own stack overflow as a syntax error: say what it means, alone, since
    // what it says after the overflow is the same complaint about the same place, many times over.
    const overflow = doc.errors.find((e) => overflowed(e.message));
    if (overflow !== undefined) return { ok: false, problems: [tooDeep(at(overflow.pos[0]))] };
    const lines = new Map<string, LocatedProblem>();
    for (const e of doc.errors) {
      const found = locatedProblem(at(e.pos[0]), "yaml-syntax", { detail: e.message.split("\n")[0] ?? "" });
      lines.set(`${found.where}\u0000${found.message.en}`, found);
      if (lines.size === 20) break;
    }
    return { ok: false, problems: [...lines.values()] };
  }
  let aliases = 0;
  visit(doc, {
    Alias: () => {
      aliases += 1;
      return aliases > MAX_ALIAS_NODES ? visit.BREAK : undefined;
    },
  });
  if (aliases > MAX_ALIAS_NODES) return { ok: false, problems: [locatedProblem(at(0), "yaml-too-many-aliases", { limit: MAX_ALIAS_NODES })] };
  let document: unknown;
  try {
    document = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
  } catch (error) {
    if (error instanceof RangeError && overflowed(error.message)) return { ok: false, problems: [tooDeep(at(0))] };
    const refused = aliasProblem(error, text, at);
    if (refused !== undefined) return { ok: false, problems: [refused] };
    throw error;
  }
  const deep = deepestPath(document);
  if (deep !== undefined) return { ok: false, problems: [tooDeep(`${display}: ${deep}`)] };
  return {
    ok: true,
    document,
    locate: (jsonPath) => {
      const segments = segmentsOf(jsonPath);
      for (let n = segments.length; n >= 0; n -= 1) {
        const node = doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range !== undefined) return at(node.range[0]);
      }
      return at(0);
    },
  };
}
