/**
 * The Bac Ninh workbooks as LibreOffice prints them: the results workbook and the input
 * template, in Vietnamese and English, to PDF (LibreOffice) and to PNG pages (poppler's
 * pdftoppm). One code path for the test that checks every page and for `npm run
 * render:images`, which rewrites the pictures the README links. Needs soffice and
 * poppler-utils (pdfinfo, pdftotext, pdftoppm); .ci/run installs them.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseModel, runModel, type Language, type Model } from "@costplan/core";
import { TABLES, writeTemplate, writeWorkbook } from "@costplan/xlsx";
import type { CalcSession } from "./libreoffice.js";

/** Which workbook: the model-and-results workbook (`run --xlsx`) or the input template (`template`). */
export type WorkbookKind = "results" | "template";

/** A workbook printed to PDF. */
export interface PrintedWorkbook {
  readonly kind: WorkbookKind;
  readonly language: Language;
  readonly xlsx: string;
  readonly pdf: string;
  readonly pages: number;
  /** Each page's text (pdftotext, reading order), page 1 first. */
  readonly texts: readonly string[];
}

/** The Bac Ninh example model. */
export function bacNinhModel(): Model {
  const parsed = parseModel(JSON.parse(readFileSync(new URL("../../examples/bac-ninh/model.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error("invalid Bac Ninh model");
  return parsed.model;
}

/** The bytes of a Bac Ninh workbook, as `costplan run --xlsx` or `costplan template` writes them. */
export async function bacNinhWorkbook(model: Model, kind: WorkbookKind, language: Language): Promise<Uint8Array> {
  return kind === "results" ? writeWorkbook(model, runModel(model), { language }) : writeTemplate(model, { language });
}

/** Writes a Bac Ninh workbook into the session's folder and has LibreOffice print it to PDF (A4, the workbook's own print set-up). */
export async function printWorkbook(calc: CalcSession, model: Model, kind: WorkbookKind, language: Language): Promise<PrintedWorkbook> {
  const name = `bac-ninh-${kind}-${language}`;
  const xlsx = join(calc.work, `${name}.xlsx`);
  writeFileSync(xlsx, await bacNinhWorkbook(model, kind, language));
  const pdf = calc.convert(xlsx, "pdf", `${name}.pdf`);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // pdftotext ends each page with a form feed.
  const texts = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\f")
    .slice(0, pages);
  return { kind, language, xlsx, pdf, pages, texts };
}

/** The first page (1-based) whose text begins with `title`, as a sheet's first page begins with its title row. */
export function pageStarting(printed: PrintedWorkbook, title: string): number {
  const index = printed.texts.findIndex((text) => text.trim().startsWith(title));
  if (index < 0) throw new Error(`no page of ${printed.kind} (${printed.language}) begins with "${title}"`);
  return index + 1;
}

/** A part of a page in pixels at the rendering's resolution, from its top left corner. */
export interface Crop {
  readonly width: number;
  readonly height: number;
}

/**
 * Renders pages `first` to `last` of a PDF to image files `prefix-N.png` (N zero-padded by
 * pdftoppm) at `dpi`, or to 8-bit grey `prefix-N.pgm` with `grey`; returns the files in page order.
 */
export function renderPages(pdf: string, prefix: string, first: number, last: number, dpi: number, grey = false): string[] {
  const format = grey ? ["-gray"] : ["-png"];
  execFileSync("pdftoppm", [...format, "-r", String(dpi), "-f", String(first), "-l", String(last), pdf, prefix], { stdio: ["ignore", "ignore", "pipe"] });
  const folder = dirname(prefix);
  const pattern = new RegExp(`^${basename(prefix)}-(\\d+)\\.${grey ? "pgm" : "png"}$`);
  const pageOf = (file: string): number => Number(pattern.exec(file)![1]);
  return readdirSync(folder)
    .filter((file) => pattern.test(file))
    .sort((a, b) => pageOf(a) - pageOf(b))
    .map((file) => join(folder, file));
}

/** Renders one page of a PDF to the PNG file `file` at `dpi`, optionally cropped from the top left. */
export function renderPage(pdf: string, page: number, file: string, dpi: number, crop?: Crop): void {
  const size = crop === undefined ? [] : ["-x", "0", "-y", "0", "-W", String(crop.width), "-H", String(crop.height)];
  // With -singlefile pdftoppm names the file prefix.png.
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", ...size, pdf, file.replace(/\.png$/, "")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * Share of a grey page's pixels that are not near white. Poppler renders the page to PGM (a
 * short text header, then one byte a pixel) beside its PNG, so no PNG decoder is needed to
 * tell a painted page from a blank one.
 */
export function paintedShare(pgmFile: string): number {
  const pgm = readFileSync(pgmFile);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (header === null) throw new Error(`${pgmFile} is no grey image`);
  const pixels = pgm.subarray(header[0].length);
  let painted = 0;
  for (const grey of pixels) if (grey < 200) painted += 1;
  return painted / pixels.length;
}

/** Width and height of a PNG file, from its IHDR chunk; throws when the file is no PNG. */
export function pngSize(file: string): { readonly width: number; readonly height: number } {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG" || bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} is no PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A picture the README links: which workbook, which page, how it is rendered. */
export interface ReadmeImage {
  readonly file: string;
  readonly kind: WorkbookKind;
  readonly language: Language;
  /** The page, found by what it begins with (page 1 when absent: the cover). */
  readonly startsWith?: string;
  readonly dpi: number;
  readonly crop?: Crop;
}

/** The workbook pictures under docs/images that the README links. */
export const README_IMAGES: readonly ReadmeImage[] = [
  { file: "results-cover-vi.png", kind: "results", language: "vi", dpi: 80 },
  { file: "results-prices-vi.png", kind: "results", language: "vi", startsWith: "Cơ cấu giá năm", dpi: 80 },
  // The charts fill the top two thirds of their page.
  { file: "results-charts-vi.png", kind: "results", language: "vi", startsWith: "Biểu đồ:", dpi: 100, crop: { width: 827, height: 790 } },
  { file: "results-charts-en.png", kind: "results", language: "en", startsWith: "Charts:", dpi: 100, crop: { width: 827, height: 790 } },
  ...(["vi", "en"] as const).map((language): ReadmeImage => ({
    file: `template-costitems-${language}.png`,
    kind: "template",
    language,
    startsWith: TABLES.costItems.title[language],
    dpi: 220,
    // The top left of the first CostItems page (the sheet prints its 28 columns one page wide): the header and the first rows, legible.
    crop: { width: 1700, height: 600 },
  })),
];
