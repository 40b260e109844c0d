/**
 * `npm run render:images`: rewrites the workbook pictures the README links (docs/images),
 * from the Bac Ninh workbooks as LibreOffice prints them, by the same code as
 * test/workbook-images.test.ts. Run `npm run build` first (it imports the built packages).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { calcSession } from "./libreoffice.js";
import { bacNinhModel, pageStarting, pngSize, printWorkbook, README_IMAGES, renderPage, type PrintedWorkbook } from "./render-workbooks.js";

const images = fileURLToPath(new URL("../../docs/images/", import.meta.url));
const calc = calcSession();
try {
  const model = bacNinhModel();
  const printed = new Map<string, PrintedWorkbook>();
  for (const image of README_IMAGES) {
    const key = `${image.kind}-${image.language}`;
    const workbook = printed.get(key) ?? (await printWorkbook(calc, model, image.kind, image.language));
    printed.set(key, workbook);
    const page = image.startsWith === undefined ? 1 : pageStarting(workbook, image.startsWith);
    const file = join(images, image.file);
    renderPage(workbook.pdf, page, file, image.dpi, image.crop);
    const { width, height } = pngSize(file);
    console.log(`docs/images/${image.file}: page ${page} of ${workbook.pages} of the ${image.kind} workbook (${image.language}), ${width} x ${height}`);
  }
} finally {
  calc.dispose();
}
