import { FONT_STACK } from "./charts.js";

/**
 * The page's styles, inline. A4 print: the printable width is 210 mm less the margins, so
 * tables use small type, wrap long words anywhere and never exceed the width; charts scale to
 * it (their SVG has a viewBox); each section starts a new page and a table row or a chart is
 * never split across pages.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: ${FONT_STACK}; color: #1a1a1a; margin: 0 auto; padding: 24px; max-width: 820px; font-size: 14px; line-height: 1.4; }
header h1 { font-size: 22px; margin: 0 0 4px; }
header p { margin: 0; color: #555; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
p.note { font-size: 12px; color: #444; margin: 6px 0; }
table { border-collapse: collapse; width: 100%; max-width: 100%; font-size: 11px; margin: 8px 0; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f1f4f8; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; border-top: 1px solid #888; }
figure.chart { margin: 8px 0; width: 100%; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.badge { display: inline-block; border-radius: 3px; padding: 0 5px; font-size: 10px; font-weight: 600; white-space: nowrap; }
.badge.source { background: #d8f0e4; color: #00603c; border: 1px solid #009E73; }
.badge.assumption { background: #fdebd0; color: #8a4b00; border: 1px solid #E69F00; }
ul.assumptions { font-size: 12px; padding-left: 18px; }
small { color: #555; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  tr, figure.chart, .badge { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
  th, td { font-size: 8pt; }
}
`;
