import JSZip from "jszip";

const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/;
const RELATIONSHIP = /<Relationship\b[^>]*?\/>/g;
const COMMENT_TYPES = /\/relationships\/(comments|vmlDrawing)"/;

/**
 * Rewrites the parts of an xlsx package that exceljs 4.4 cannot load, as other programs
 * write them, so a workbook saved by openpyxl reads like one saved by Excel:
 *
 * - openpyxl writes relationship targets as absolute part names (`/xl/tables/table1.xml`);
 *   exceljs looks tables up by the relative form (`../tables/table1.xml`) and silently loses them.
 * - openpyxl stores cell notes as `xl/comments/comment1.xml` with `commentsDrawing1.vml`;
 *   exceljs only recognises `xl/comments1.xml` and `vmlDrawing1.vml`, then dereferences the
 *   part it never loaded: "Cannot read properties of undefined (reading 'comments')".
 *   The reader needs no notes (they only explain the headers), so the note relationships and
 *   the sheet's `<legacyDrawing>` are dropped rather than renamed.
 *
 * Every other part passes through unchanged. A package that needs none of this is returned as given.
 *
 * @param data - the bytes of an .xlsx file
 * @returns the bytes exceljs can load
 * @throws whatever JSZip throws for bytes that are not a zip (the caller reports it as "not a workbook")
 */
export async function normalisePackage(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!SHEET_RELS.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const dropped: string[] = [];
    const rels = xml.replace(RELATIONSHIP, (rel) => {
      if (COMMENT_TYPES.test(rel)) {
        const id = /\bId="([^"]*)"/.exec(rel)?.[1];
        if (id !== undefined) dropped.push(id);
        return "";
      }
      return rel.replace(/\bTarget="\/xl\/([^"]*)"/, 'Target="../$1"');
    });
    if (rels === xml) continue;
    changed = true;
    zip.file(name, rels);
    const sheetName = name.replace("_rels/", "").replace(/\.rels$/, "");
    const sheet = zip.file(sheetName);
    if (sheet === null || dropped.length === 0) continue;
    const sheetXml = await sheet.async("string");
    zip.file(
      sheetName,
      sheetXml.replace(/<legacyDrawing\b[^>]*?\/>/g, (element) => (dropped.some((id) => element.includes(`"${id}"`)) ? "" : element)),
    );
  }
  return changed ? zip.generateAsync({ type: "uint8array" }) : data;
}
