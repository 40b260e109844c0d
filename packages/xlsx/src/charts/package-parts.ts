import JSZip from "jszip";
import { chartXml } from "./chart-part.js";
import { drawingXml } from "./drawing-part.js";
import type { PlacedChart } from "./spec.js";
import { escapeXml } from "./xml.js";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
// Zip entries get the same fixed time as deterministicXlsx gives them, so adding charts keeps the output reproducible.
const FIXED_DATE = new Date(2000, 0, 1, 0, 0, 0);

// Children of <worksheet> that the schema puts after <drawing>: the drawing goes before the first of them.
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * Adds native charts to an xlsx package that exceljs wrote (exceljs has no chart API): for
 * each sheet a drawing part with its chart parts, their relationships, the sheet's
 * `<drawing r:id>` element and the content-type overrides. Part numbers continue after any
 * drawing or chart already in the package; new entries follow the existing ones in a fixed
 * order, so the same charts always give the same bytes.
 *
 * @param data - the xlsx package
 * @param bySheet - the charts of each sheet, by the sheet's name as its tab shows it
 * @returns the package with the charts
 * @throws Error when a named sheet is not in the workbook or already has a drawing
 */
export async function addCharts(data: Uint8Array, bySheet: ReadonlyMap<string, readonly PlacedChart[]>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const sheets = await sheetParts(zip);
  const names = Object.keys(zip.files);
  let drawingNumber = nextNumber(names, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let chartNumber = nextNumber(names, /^xl\/charts\/chart(\d+)\.xml$/);
  const overrides: string[] = [];
  const put = (name: string, text: string): void => {
    zip.file(name, text, { date: FIXED_DATE, createFolders: false });
  };
  for (const [sheet, charts] of bySheet) {
    if (charts.length === 0) continue;
    const part = sheets.get(sheet);
    if (part === undefined) throw new Error(`no sheet named ${sheet} in the workbook`);
    const drawing = chartParts(charts, drawingNumber, chartNumber);
    for (const p of drawing.parts) put(p.name, p.text);
    overrides.push(...drawing.overrides);
    chartNumber += charts.length;
    const id = await linkDrawing(zip, part, drawing.target);
    const xml = await text(zip, part);
    if (/<drawing\b/.test(xml)) throw new Error(`sheet ${sheet} already has a drawing`);
    put(part, insertDrawing(xml, id));
    drawingNumber += 1;
  }
  const types = await text(zip, "[Content_Types].xml");
  put("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}

/** The parts that draw one sheet's charts, and where its `<drawing>` relationship points. */
export interface ChartParts {
  /** The drawing part, its relationships and one part per chart, in a fixed order. */
  readonly parts: readonly { readonly name: string; readonly text: string }[];
  /** `[Content_Types].xml` overrides of the drawing and chart parts. */
  readonly overrides: readonly string[];
  /** The drawing part as the sheet's relationship targets it. */
  readonly target: string;
}

/**
 * The drawing part of one sheet's charts, its relationships and the chart parts, numbered from
 * the given drawing and chart numbers: the in-memory and the streamed package share them.
 */
export function chartParts(charts: readonly PlacedChart[], drawingNumber: number, firstChart: number): ChartParts {
  const drawing = `xl/drawings/drawing${drawingNumber}.xml`;
  const parts: { name: string; text: string }[] = [];
  const overrides: string[] = [];
  const frames = charts.map((c, i) => {
    const chart = `xl/charts/chart${firstChart + i}.xml`;
    parts.push({ name: chart, text: chartXml(c.spec) });
    overrides.push(`<Override PartName="/${chart}" ContentType="${CHART_TYPE}"/>`);
    return { anchor: c.anchor, name: c.spec.title, relationship: `rId${i + 1}`, target: `../charts/${chart.slice("xl/charts/".length)}` };
  });
  parts.push({ name: drawing, text: drawingXml(frames) });
  parts.push({
    name: `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
    text: relationships(frames.map((f) => ({ id: f.relationship, type: `${REL}/chart`, target: f.target }))),
  });
  overrides.push(`<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/>`);
  return { parts, overrides, target: `../drawings/drawing${drawingNumber}.xml` };
}

/** Puts `<drawing r:id>` into a worksheet's XML where the schema wants it. */
export function insertDrawing(xml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  for (const tag of AFTER_DRAWING) {
    const at = xml.search(new RegExp(`<${tag}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const end = xml.lastIndexOf("</worksheet>");
  if (end < 0) throw new Error("not a worksheet part");
  return xml.slice(0, end) + element + xml.slice(end);
}

/** Adds a drawing relationship to a sheet's relationships part (created when absent); returns its id. */
async function linkDrawing(zip: JSZip, sheetPart: string, target: string): Promise<string> {
  const relsName = sheetPart.replace(/^(.*\/)([^/]+)$/, "$1_rels/$2.rels");
  const existing = zip.file(relsName) === null ? undefined : await text(zip, relsName);
  const taken = new Set([...(existing ?? "").matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${REL}/drawing" Target="${escapeXml(target)}"/>`;
  zip.file(
    relsName,
    existing === undefined
      ? relationships([]).replace("</Relationships>", `${entry}</Relationships>`)
      : existing.replace("</Relationships>", `${entry}</Relationships>`),
    { date: FIXED_DATE, createFolders: false },
  );
  return id;
}

function relationships(entries: readonly { readonly id: string; readonly type: string; readonly target: string }[]): string {
  const body = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${escapeXml(e.target)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships ` +
    `xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`
  );
}

/** Each sheet's part in the package, by the sheet's name (workbook.xml names it, its relationships locate it). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function nextNumber(names: readonly string[], pattern: RegExp): number {
  return names.reduce((n, name) => Math.max(n, Number(pattern.exec(name)?.[1] ?? 0)), 0) + 1;
}

async function text(zip: JSZip, name: string): Promise<string> {
  const entry = zip.file(name);
  if (entry === null) throw new Error(`the package has no ${name}`);
  return entry.async("string");
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
