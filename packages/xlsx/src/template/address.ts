/** Column letters of a 1-based column number: 1 -> A, 28 -> AB. */
export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * A sheet's name as a formula or an address names it: as it stands when it is a plain
 * word (`CostItems`), else in single quotes with quotes doubled (`'Khoản chi phí'`), as
 * Excel writes a name with spaces or letters beyond ASCII. A word that reads as a cell
 * (`AB12`, `R1C1`) or a boolean is quoted too.
 */
export function sheetRef(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^R\d*C\d*$/i.test(sheet) && !/^(TRUE|FALSE)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/** Absolute address on a sheet, as live formulas refer to it: `CostItems!$H$5`, `'Khoản chi phí'!$H$5`. */
export function absolute(sheet: string, row: number, column: number): string {
  return `${sheetRef(sheet)}!$${columnLetters(column)}$${row}`;
}

/** Address as a problem names it: `CostItems!H5`, `'Khoản chi phí'!H5`. */
export function cellName(sheet: string, row: number, column: number): string {
  return `${sheetRef(sheet)}!${columnLetters(column)}${row}`;
}
