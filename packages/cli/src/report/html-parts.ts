import type { FigurePath } from "./data.js";

/** Text for HTML: the five characters that could end an element or an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * A table cell with a figure: its text for people and, in data attributes, its path in the
 * JSON result and its exact value, so every figure on the page can be checked against
 * `costplan run --json` (of the scenario named, when there is one).
 */
export function figureCell(figure: { readonly path: FigurePath; readonly value: number | string }, text: string, scenario?: string | null): string {
  const scenarioAttr = scenario === undefined ? "" : ` data-scenario="${escapeHtml(scenario ?? "")}"`;
  return (
    `<td class="num" data-path="${escapeHtml(JSON.stringify(figure.path))}" ` +
    `data-value="${escapeHtml(String(figure.value))}"${scenarioAttr}>${escapeHtml(text)}</td>`
  );
}

/** A cell with a figure from an analysis (sensitivity, Monte Carlo) rather than from the run. */
export function analysisCell(name: string, value: number, text: string): string {
  return `<td class="num" data-analysis="${escapeHtml(name)}" data-value="${escapeHtml(String(value))}">${escapeHtml(text)}</td>`;
}

/** A plain text cell. */
export function textCell(text: string, html = ""): string {
  return `<td>${escapeHtml(text)}${html}</td>`;
}

/** A table with a header row; `numeric` marks which header cells sit over numbers. */
export function tableHtml(head: readonly string[], numeric: readonly boolean[], rows: readonly string[], caption?: string): string {
  const th = head.map((h, i) => `<th${numeric[i] === true ? ' class="num"' : ""}>${escapeHtml(h)}</th>`).join("");
  const captionHtml = caption === undefined ? "" : `<caption class="note">${escapeHtml(caption)}</caption>`;
  return `<table>${captionHtml}<thead><tr>${th}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** A row from its cells' HTML. */
export function row(cells: readonly string[], className?: string): string {
  return `<tr${className === undefined ? "" : ` class="${className}"`}>${cells.join("")}</tr>`;
}

/** An inline chart (an SVG string from ECharts) with its accessible name. */
export function chartFigure(svg: string, label: string): string {
  return `<figure class="chart" role="img" aria-label="${escapeHtml(label)}">${svg}</figure>`;
}
