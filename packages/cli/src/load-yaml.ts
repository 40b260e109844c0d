import { LineCounter, parseDocument } from "yaml";
import { segmentsOf, type Loaded } from "./load.js";

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
    return {
      ok: false,
      problems: doc.errors.slice(0, 20).map((e) => ({
        where: at(e.pos[0]),
        message: { en: `the file is not valid YAML: ${e.message.split("\n")[0] ?? ""}`, vi: `tệp không phải YAML hợp lệ: ${e.message.split("\n")[0] ?? ""}` },
      })),
    };
  }
  return {
    ok: true,
    document: doc.toJS({ maxAliasCount: 10_000 }) as unknown,
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
