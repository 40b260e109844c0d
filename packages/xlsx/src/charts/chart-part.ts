import type { CellRange, ChartSeries, ChartSpec } from "./spec.js";
import { escapeXml } from "./xml.js";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// Axis ids only link a chart's axes to each other inside one part, so fixed ids are safe
// (and keep the bytes the same from run to run).
const CATEGORY_AXIS = 500_001;
const VALUE_AXIS = 500_002;

/**
 * The chart part (`xl/charts/chartN.xml`) of one bar or column chart, in the element order
 * the DrawingML schema requires (Excel refuses a part whose children are out of order;
 * LibreOffice is lenient, so order is pinned by unit tests rather than by a reader).
 * Stacked columns need `overlap` 100, or Excel draws them side by side.
 *
 * @param spec - kind, title, categories and series with their cell references and values
 * @returns the part's XML
 */
export function chartXml(spec: ChartSpec): string {
  const horizontal = spec.kind === "bar";
  const stacked = spec.kind === "stacked-column";
  const series = spec.series.map((s, i) => seriesXml(s, i, spec.categories)).join("");
  const bars =
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping ` +
    `val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}<c:gapWidth ` +
    `val="${stacked ? 60 : 110}"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId ` +
    `val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation ` +
    `val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos ` +
    `val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark ` +
    `val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx ` +
    `val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset ` +
    `val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete ` +
    `val="0"/><c:axPos val="${horizontal ? "t" : "l"}"/><c:majorGridlines/><c:numFmt ` +
    `formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark ` +
    `val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses ` +
    `val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr ` +
    `lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay ` +
    `val="0"/></c:title>`;
  const legend = spec.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners ` +
    `val="0"/><c:chart>${title}<c:autoTitleDeleted ` +
    `val="0"/><c:plotArea><c:layout/>${bars}${categoryAxis}${valueAxis}</c:plotArea>${legend}<c:plotVisOnly ` +
    `val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function seriesXml(series: ChartSeries, index: number, categories: CellRange<string> | CellRange<number>): string {
  const name = `<c:tx><c:strRef><c:f>${escapeXml(series.name.ref)}</c:f>${stringCache(series.name.values)}</c:strRef></c:tx>`;
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${series.colour}"/></a:solidFill></c:spPr>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}${fill}<c:invertIfNegative ` +
    `val="0"/><c:cat>${reference(categories)}</c:cat><c:val>${numberReference(series.values, "General")}</c:val></c:ser>`
  );
}

/** Years are numbers: a numeric reference keeps them numbers; names are a string reference. */
function reference(range: CellRange<string> | CellRange<number>): string {
  if (range.values.every((v): v is number => typeof v === "number")) return numberReference(range as CellRange<number>, "General");
  return `<c:strRef><c:f>${escapeXml(range.ref)}</c:f>${stringCache(range.values.map(String))}</c:strRef>`;
}

function numberReference(range: CellRange<number>, format: string): string {
  const points = range.values.map((v, i) => `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`).join("");
  return (
    `<c:numRef><c:f>${escapeXml(range.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount ` +
    `val="${range.values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function stringCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}
