import { columnLetters } from "../template/address.js";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * A sheet name as a formula refers to it: quoted when it holds anything but letters, digits
 * and underscores (Vietnamese names with spaces such as `Ngân sách` must be quoted, and a
 * quote inside is doubled), bare otherwise, as Excel writes it.
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** Absolute reference to a block of cells on a sheet (1-based rows and columns): `Budget!$B$3:$G$3`. */
export function rangeRef(sheet: string, firstRow: number, firstColumn: number, lastRow = firstRow, lastColumn = firstColumn): string {
  const cell = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  const first = cell(firstRow, firstColumn);
  return firstRow === lastRow && firstColumn === lastColumn ? `${sheetPrefix(sheet)}${first}` : `${sheetPrefix(sheet)}${first}:${cell(lastRow, lastColumn)}`;
}
