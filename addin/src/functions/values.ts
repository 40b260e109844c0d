import { FunctionFailure, outOfRange } from "./failure.js";

/** A number range as Excel passed it, with the shape to spill results back in. */
export interface Vector {
  readonly values: readonly number[];
  /** Whether the range was a row (results spill across) or a column (results spill down). */
  readonly orientation: "row" | "column";
}

/** Shows a found cell value briefly in a message. */
export function shownValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";

/** Column letters and row of a cell at (row, column) of a range, counted from the range's top-left corner as A1. */
function cellOf(row: number, column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function cellNumber(value: unknown, arg: string, cell?: string): number {
  // Excel hands an empty cell to an `any` parameter as "" (some hosts as 0 or null): it counts as 0, as SUM does.
  if (isBlank(value)) return 0;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new FunctionFailure("#VALUE!", "fn-not-number", { arg, received: shownValue(value), ...(cell === undefined ? {} : { cell }) });
}

/**
 * A required number argument. An empty cell is 0; text (even text that looks like a
 * number: a finance officer's "1.000.000" is not Excel's 1000000) and TRUE/FALSE are errors.
 *
 * @throws FunctionFailure #VALUE! for anything but a number or an empty cell
 */
export function numberArg(value: unknown, arg: string): number {
  return cellNumber(single(value), arg);
}

/** An optional number argument: Excel passes an omitted argument as null, an empty cell as "". */
export function optionalNumber(value: unknown, arg: string): number | undefined {
  const v = single(value);
  return isBlank(v) ? undefined : cellNumber(v, arg);
}

/** A whole-number argument within bounds. @throws FunctionFailure #VALUE! or #NUM! */
export function wholeArg(value: number, arg: string, min: number, max: number): number {
  if (!Number.isInteger(value)) throw new FunctionFailure("#VALUE!", "fn-not-whole", { arg, received: shownValue(value) });
  if (value < min || value > max) throw outOfRange("#NUM!", { arg, received: value }, "fn-expect-whole-range", { min, max });
  return value;
}

/** An optional text argument, trimmed and lower-cased; omitted or empty gives undefined. */
export function optionalWord(value: unknown, arg: string): string | undefined {
  const v = single(value);
  if (isBlank(v)) return undefined;
  if (typeof v !== "string") throw new FunctionFailure("#VALUE!", "fn-not-text", { arg, received: shownValue(v) });
  return v.trim().toLowerCase();
}

/** Excel passes a range as rows of cells; a single cell given to a range parameter arrives as [[value]]. */
export function rows(value: unknown): readonly (readonly unknown[])[] {
  if (Array.isArray(value)) return (value as unknown[]).map((row): readonly unknown[] => (Array.isArray(row) ? (row as unknown[]) : [row]));
  return [[value]];
}

/** A single value; a 1x1 range given to a scalar parameter is its one cell. */
function single(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const grid = rows(value);
  return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : value;
}

/**
 * A one-row or one-column range of numbers; empty cells are 0.
 *
 * @throws FunctionFailure #VALUE! naming the cell for text, and for a block of several rows and columns
 */
export function vectorArg(value: unknown, arg: string): Vector {
  const grid = rows(value);
  const height = grid.length;
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (height > 1 && width > 1) throw new FunctionFailure("#VALUE!", "fn-not-vector", { arg, rows: height, columns: width });
  const orientation = height === 1 && width > 1 ? "row" : "column";
  const values = grid.flatMap((row, r) => row.map((cell, c) => cellNumber(cell, arg, cellOf(r, c))));
  return { values, orientation };
}

/** A one-row or one-column range of text; empty cells are "". */
export function textVectorArg(value: unknown, arg: string): string[] {
  const grid = rows(value);
  if (grid.length > 1 && Math.max(...grid.map((r) => r.length)) > 1)
    throw new FunctionFailure("#VALUE!", "fn-not-vector", { arg, rows: grid.length, columns: Math.max(...grid.map((r) => r.length)) });
  return grid.flatMap((row, r) =>
    row.map((cell, c) => {
      if (isBlank(cell)) return "";
      if (typeof cell !== "string") throw new FunctionFailure("#VALUE!", "fn-not-text", { arg, cell: cellOf(r, c), received: shownValue(cell) });
      return cell.trim();
    }),
  );
}

/** A block of numbers, rows x columns; empty cells are 0. @throws FunctionFailure #VALUE! naming the cell for text */
export function matrixArg(value: unknown, arg: string): number[][] {
  return rows(value).map((row, r) => row.map((cell, c) => cellNumber(cell, arg, cellOf(r, c))));
}

/** Spills values back in the orientation of the range they came from. */
export function spill<T>(values: readonly T[], orientation: Vector["orientation"]): T[][] {
  return orientation === "row" ? [[...values]] : values.map((v) => [v]);
}

/** Checks that a range has one cell per cell of another. @throws FunctionFailure #VALUE! */
export function sameLength(arg: string, length: number, other: string, expected: number): void {
  if (length !== expected) throw new FunctionFailure("#VALUE!", "fn-size-mismatch", { arg, received: length, expected, other });
}
