/**
 * What a native chart shows, independent of how DrawingML spells it: every label and value
 * carries the cell range it comes from (so Excel and LibreOffice redraw the chart when the
 * cells change) and the values those cells hold now (the cache a reader shows before it
 * recalculates).
 */

/** A range of cells and the values it holds, in order. */
export interface CellRange<T extends string | number> {
  /** Absolute reference with its sheet: `Budget!$B$20:$G$20`, `'Biểu đồ'!$A$3`. */
  readonly ref: string;
  readonly values: readonly T[];
}

/** One series: its name cell and its values, one per category. */
export interface ChartSeries {
  readonly name: CellRange<string>;
  readonly values: CellRange<number>;
  /** Fill colour as six hex digits (`1F4E78`). */
  readonly colour: string;
}

/** The three shapes costplan draws: columns stacked by series, horizontal bars, and columns side by side. */
export type ChartKind = "stacked-column" | "bar" | "clustered-column";

/** A chart: kind, title, categories along one axis and one or more series. */
export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  /** Category labels; numbers (years) are written as a numeric reference. */
  readonly categories: CellRange<string> | CellRange<number>;
  readonly series: readonly ChartSeries[];
  /** Number format of the value axis, e.g. `#,##0`. */
  readonly valueFormat: string;
}

/** Where a chart sits on its sheet: zero-based top-left and bottom-right cells (DrawingML counts from 0). */
export interface ChartAnchor {
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

/** A chart placed on a sheet. */
export interface PlacedChart {
  readonly spec: ChartSpec;
  readonly anchor: ChartAnchor;
}
