import type ExcelJS from "exceljs";

/**
 * A4, Excel's paper code 9: the paper of Vietnamese offices. Without it LibreOffice and Excel
 * take the machine's default, often US Letter. (exceljs declares its paper sizes as a const
 * enum, which isolated modules cannot use.)
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the const enum cannot be imported under isolatedModules
export const A4 = 9 as ExcelJS.PaperSize;
