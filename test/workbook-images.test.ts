// The Bac Ninh results workbook and template, in Vietnamese and English, as LibreOffice prints
// them: PDF, then a PNG of every page (poppler's pdftoppm), each page painted, within the page
// counts the README states, no `###` on any page nor in any sheet's CSV export, and the
// charts drawn with data. `npm run render:images` makes the README's pictures the same way.
// Fails (never skips) without soffice and poppler-utils: .ci/run installs them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "@costplan/core";
import { calcSession, type CalcSession } from "./support/libreoffice.js";
import {
  bacNinhModel,
  paintedShare,
  pageStarting,
  pngSize,
  printWorkbook,
  renderPages,
  type PrintedWorkbook,
  type WorkbookKind,
} from "./support/render-workbooks.js";

/** The page counts the README states for the Bac Ninh workbooks (vi and en alike). */
const PAGES_AT_MOST: Readonly<Record<WorkbookKind, number>> = { results: 79, template: 47 };
/** Low resolution: enough to tell a painted page from a blank one, cheap on a shared machine. */
const DPI = 20;
/** LibreOffice's CSV filter: comma, double quote, UTF-8, every sheet (-1), cells as shown (formatted). */
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

const CASES = [
  ["results", "vi"],
  ["results", "en"],
  ["template", "vi"],
  ["template", "en"],
] as const satisfies readonly (readonly [WorkbookKind, Language])[];

interface Rendered {
  readonly printed: PrintedWorkbook;
  readonly pngs: readonly string[];
  readonly greys: readonly string[];
  readonly csvs: readonly string[];
}

let calc: CalcSession;
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  calc = calcSession();
  const model = bacNinhModel();
  for (const [kind, language] of CASES) {
    const printed = await printWorkbook(calc, model, kind, language);
    const prefix = join(calc.work, `${kind}-${language}`);
    const pngs = renderPages(printed.pdf, prefix, 1, printed.pages, DPI);
    const greys = renderPages(printed.pdf, prefix, 1, printed.pages, DPI, true);
    const csvDir = join(calc.work, `csv-${kind}-${language}`);
    calc.soffice(["--convert-to", CSV_AS_SHOWN, "--outdir", csvDir, printed.xlsx]);
    const csvs = readdirSync(csvDir).map((file) => join(csvDir, file));
    rendered.set(`${kind}-${language}`, { printed, pngs, greys, csvs });
  }
}, 900_000);

afterAll(() => {
  calc.dispose();
});

function get(kind: WorkbookKind, language: Language): Rendered {
  const r = rendered.get(`${kind}-${language}`);
  if (r === undefined) throw new Error(`${kind} (${language}) was not rendered`);
  return r;
}

describe.each(CASES)("the Bac Ninh %s workbook (%s) rendered by LibreOffice", (kind, language) => {
  it(`prints in at most ${PAGES_AT_MOST[kind]} pages, as the README states`, () => {
    const { printed } = get(kind, language);
    console.log(`Bac Ninh ${kind} workbook (${language}): ${printed.pages} pages`);
    expect(printed.pages).toBeGreaterThan(1);
    expect(printed.pages).toBeLessThanOrEqual(PAGES_AT_MOST[kind]);
  });

  it("renders every page to a PNG of A4's proportions with something painted on it", () => {
    const { printed, pngs, greys } = get(kind, language);
    expect(pngs).toHaveLength(printed.pages);
    expect(greys).toHaveLength(printed.pages);
    pngs.forEach((png, i) => {
      const { width, height } = pngSize(png);
      // A4 is 1 : 1.414, portrait or landscape.
      expect(Math.max(width, height) / Math.min(width, height), png).toBeCloseTo(Math.SQRT2, 1);
      // A page with only a title or a few rows still paints far more than 0.1 % of its pixels.
      expect(paintedShare(greys[i]!), `page ${i + 1}`).toBeGreaterThan(0.001);
    });
  });

  it("shows every figure: no ### on any printed page, nor in any sheet's CSV export as shown", () => {
    const { printed, csvs } = get(kind, language);
    printed.texts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).not.toContain("###");
    });
    // One CSV file per sheet, the hidden Lists sheet included.
    expect(csvs.length).toBeGreaterThanOrEqual(kind === "results" ? 25 : 17);
    for (const csv of csvs) expect(readFileSync(csv, "utf8"), csv).not.toContain("###");
  });
});

describe("the results workbook's Charts page", () => {
  it.each(["vi", "en"] as const)("(%s) is painted far more than a page of text: its three charts are drawn with their bars", (language) => {
    const { printed, greys } = get("results", language);
    const charts = pageStarting(printed, language === "vi" ? "Biểu đồ:" : "Charts:");
    const cover = paintedShare(greys[0]!);
    expect(paintedShare(greys[charts - 1]!)).toBeGreaterThan(3 * cover);
  });
});
