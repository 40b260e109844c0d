/** Column letters of a 1-based column number: 1 -> A, 28 -> AB. */
export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Absolute address on a sheet, as live formulas refer to it: `CostItems!$H$5`. */
export function absolute(sheet: string, row: number, column: number): string {
  return `${sheet}!$${columnLetters(column)}$${row}`;
}

/** Address as a problem names it: `CostItems!H5`. */
export function cellName(sheet: string, row: number, column: number): string {
  return `${sheet}!${columnLetters(column)}${row}`;
}
