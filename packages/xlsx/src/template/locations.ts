import { jsonPath } from "@costplan/core";

/** The last segment of a JSON path as core writes them: `.key`, `[3]` or `["key"]`. */
const LAST_SEGMENT = /(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/**
 * Where each part of a document read from a workbook came from: JSON path -> cell.
 * A path with no cell of its own (a nested key, a list the model checks as a whole)
 * resolves to its nearest enclosing part that has one: a row, or a sheet.
 */
export class Locations {
  private readonly cells = new Map<string, string>();

  constructor(private readonly fallback: string) {}

  /** Records where a part came from; the first place given for a path wins. */
  set(segments: readonly PropertyKey[], where: string): void {
    const path = jsonPath(segments);
    if (!this.cells.has(path)) this.cells.set(path, where);
  }

  /** The cell a JSON path came from, or the nearest enclosing row or sheet. */
  locate(path: string): string {
    for (let p = path; p !== "$" && p !== "";) {
      const found = this.cells.get(p);
      if (found !== undefined) return found;
      const next = p.replace(LAST_SEGMENT, "");
      if (next === p) break;
      p = next;
    }
    return this.fallback;
  }
}
