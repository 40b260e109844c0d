import type { ChartAnchor } from "./spec.js";
import { escapeXml } from "./xml.js";

const NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** One chart frame of a drawing: where it sits, its name, and the relationship id of its chart part. */
export interface DrawingFrame {
  readonly anchor: ChartAnchor;
  readonly name: string;
  readonly relationship: string;
}

/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places chart frames on a sheet, each
 * anchored to two cells so it moves and grows with the rows and columns it covers. Shape
 * ids start at 2: id 1 is the drawing's own group in Excel's numbering.
 *
 * @param frames - the charts of one sheet, in order
 * @returns the part's XML
 */
export function drawingXml(frames: readonly DrawingFrame[]): string {
  const anchors = frames.map((f, i) => {
    const { from, to } = f.anchor;
    const at = (tag: string, p: { readonly column: number; readonly row: number }): string =>
      `<xdr:${tag}><xdr:col>${p.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    const frame =
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" ` +
      `name="${escapeXml(f.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" ` +
      `y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData ` +
      `uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart ${CHART_NS} ` +
      `r:id="${f.relationship}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
    return `<xdr:twoCellAnchor editAs="twoCell">${at("from", from)}${at("to", to)}${frame}<xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${anchors.join("")}</xdr:wsDr>`;
}
