/**
 * What a workbook may hold before costplan hands it to exceljs, which expands every sheet in
 * memory: a 52 KB file with one cell on row 1,048,576, or a 4 MB zip of zeros, made it use
 * over 4 GB. Each limit is checked on the zip itself, before exceljs sees it, and named in the
 * README's "Limits" table. A filled template for a whole province (112,000 services) is under all
 * of them; larger tables belong in CSV or Parquet files.
 */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Parts (zip entries): a costplan template has about 40. */
  entries: 10_000,
  /** One part once inflated, counted while it inflates (the size a zip declares is not trusted). */
  partBytes: 128 * 1024 * 1024,
  /** All parts once inflated. */
  totalBytes: 512 * 1024 * 1024,
  /**
   * All parts inflated may exceed this many times the file's size only up to
   * {@link WORKBOOK_LIMITS.ratioFloorBytes}: real sheets compress 5 to 30 times, a zip bomb
   * about a thousand.
   */
  ratio: 100,
  ratioFloorBytes: 16 * 1024 * 1024,
  /** Highest row number used in a sheet (Excel's own limit is 1,048,576). */
  rows: 250_000,
  /** Highest column number used in a sheet (Excel's own limit is 16,384). */
  columns: 1_024,
  /** Cells written in all sheets together. */
  cells: 4_000_000,
} as const;

/** The limits a workbook is inspected against; tests pass smaller ones. */
export type WorkbookLimits = {
  readonly [K in keyof typeof WORKBOOK_LIMITS]: number;
};

/** A byte count as people read a limit: "64 MiB", "16 KiB", "900 bytes". */
export function shownBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
