import { table } from "./table.js";

/**
 * Columns a text takes in a terminal: one per character, none for a combining mark (Vietnamese
 * text may carry its tones as marks). Box-drawing characters, digits and Vietnamese letters are
 * all one column wide, which is all the tables hold.
 */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) n += 1;
  return n;
}

/** How tables are written: boxes for a terminal, CSV for a spreadsheet, Markdown for a document. */
export type TableFormat = "table" | "csv" | "markdown";

/** The formats `--format` accepts. */
export const TABLE_FORMATS: readonly TableFormat[] = ["table", "csv", "markdown"];

/** A titled table: the first `textColumns` columns are labels (kept on every slice), the rest figures. */
export interface TitledTable {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly textColumns?: number;
  /** Figure columns that stay together when a table is sliced to the width (2: each figure with its difference). */
  readonly group?: number;
  /** A line under the table (units, marks). */
  readonly note?: string;
}

/**
 * Writes a table in a format. As a terminal table it fits `width`: the figure columns are
 * sliced into as many tables as needed, each repeating the label columns, so no line is wider
 * than the terminal (labels too long even alone are cut with "…"). CSV follows RFC 4180 with the
 * title as a line of its own; Markdown is a heading and a pipe table. Width never changes CSV or
 * Markdown: they are read by programs and editors, not by a terminal.
 */
export function writeTable(t: TitledTable, format: TableFormat, width: number): string {
  const labels = t.textColumns ?? 1;
  if (format === "csv") return [csvRow([t.title]), csvRow(t.head), ...t.rows.map(csvRow), ...(t.note === undefined ? [] : [csvRow([t.note])])].join("\n");
  if (format === "markdown") {
    const escape = (cell: string): string => cell.replaceAll("|", "\\|");
    const line = (cells: readonly string[]): string => `| ${cells.map(escape).join(" | ")} |`;
    const rule = `|${t.head.map((_, i) => (i < labels ? " --- " : " ---: ")).join("|")}|`;
    return [`### ${t.title}`, "", line(t.head), rule, ...t.rows.map(line), ...(t.note === undefined ? [] : ["", t.note])].join("\n");
  }
  const columns = t.head.map((h, c) => Math.max(displayWidth(h), ...t.rows.map((r) => displayWidth(r[c] ?? ""))));
  // A compact box: one space either side of each cell and one border per column, plus the last.
  // Labels take at most half the width, so that figures are not pushed onto slice after slice by one long label.
  const labelWidths = cutLabels(columns.slice(0, labels), 0, Math.floor(width / 2));
  labelWidths.forEach((w, c) => (columns[c] = w));
  const cost = (c: number): number => columns[c]! + 3;
  let labelCost = 1;
  for (let c = 0; c < labels; c += 1) labelCost += cost(c);
  const slices: number[][] = [];
  let current: number[] = [];
  let used = labelCost;
  const group = t.group ?? 1;
  for (let c = labels; c < t.head.length; c += group) {
    const members = Array.from({ length: Math.min(group, t.head.length - c) }, (_, k) => c + k);
    const needed = members.reduce((a, m) => a + cost(m), 0);
    if (current.length > 0 && used + needed > width) {
      slices.push(current);
      current = [];
      used = labelCost;
    }
    current.push(...members);
    used += needed;
  }
  slices.push(current);
  const cut = cutLabels(columns.slice(0, labels), Math.max(...slices.map((s) => s.reduce((a, c) => a + cost(c), 0))), width);
  const body = slices.map((slice) => {
    const pick = (cells: readonly string[]): string[] => [...cells.slice(0, labels).map((cell, c) => fit(cell, cut[c]!)), ...slice.map((c) => cells[c] ?? "")];
    return table(pick(t.head), t.rows.map(pick), labels);
  });
  return [...wrap(t.title, width), ...body, ...(t.note === undefined ? [] : wrap(t.note, width))].join("\n");
}

/** The widths the label columns may take so that labels and the widest slice fit: the widest label gives way first. */
function cutLabels(widths: readonly number[], figures: number, width: number): number[] {
  const out = [...widths];
  let total = out.reduce((a, w) => a + w + 3, 1) + figures;
  while (total > width) {
    const widest = out.indexOf(Math.max(...out));
    if (out[widest]! <= 4) break;
    out[widest] = out[widest]! - 1;
    total -= 1;
  }
  return out;
}

function fit(cell: string, width: number): string {
  if (displayWidth(cell) <= width) return cell;
  let text = "";
  for (const ch of cell) {
    if (displayWidth(`${text}${ch}…`) > width) break;
    text += ch;
  }
  return `${text}…`;
}

/** Words on lines no wider than `width`. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && displayWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => fit(l, width));
}

function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
}

/** The width to write for: `COLUMNS`, else the terminal's, else 100 (a pipe or a file). */
export function outputWidth(env: Readonly<Record<string, string | undefined>>, columns: number | undefined): number {
  const fromEnv = Number(env["COLUMNS"]);
  if (Number.isInteger(fromEnv) && fromEnv >= 40) return fromEnv;
  return columns !== undefined && columns >= 40 ? columns : 100;
}
