import JSZip from "jszip";

/** A fixed timestamp for every zip entry: 1 January 2000, 00:00 local time in the zip's DOS format. */
const FIXED_DATE = new Date(2000, 0, 1, 0, 0, 0);

/**
 * Rewrites an xlsx package so the same workbook always gives the same bytes: exceljs
 * stamps every zip entry with the time of writing and gives each data bar a random GUID,
 * so two runs of the same model would differ. Entries keep their order and content; the
 * timestamps are fixed and the data-bar GUIDs numbered in order of appearance.
 */
export async function deterministicXlsx(data: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(data);
  const out = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const sheet = Number(/(\d+)\.xml$/.exec(name)![1]);
      out.file(name, numberGuids(await entry.async("string"), sheet), { date: FIXED_DATE, createFolders: false });
    } else out.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
  return bytes;
}

/** Replaces the random GUIDs that link a data bar to its extension with numbered ones, the same GUID for the same link. */
function numberGuids(xml: string, sheet: number): string {
  const seen = new Map<string, string>();
  const fixed = (guid: string): string => {
    let id = seen.get(guid);
    if (id === undefined) {
      id = numberedGuid(sheet, seen.size + 1);
      seen.set(guid, id);
    }
    return id;
  };
  return xml
    .replace(/<x14:id>(\{[0-9A-Fa-f-]{36}\})<\/x14:id>/g, (_, guid: string) => `<x14:id>${fixed(guid)}</x14:id>`)
    .replace(/(<x14:cfRule [^>]*id=")(\{[0-9A-Fa-f-]{36}\})"/g, (_, head: string, guid: string) => `${head}${fixed(guid)}"`);
}

/** The n-th numbered GUID of a sheet, in place of a random one: `{00000000-0000-4000-8000-000300000001}`. */
export function numberedGuid(sheet: number, n: number): string {
  return `{00000000-0000-4000-8000-${String(sheet).padStart(4, "0")}${String(n).padStart(8, "0")}}`;
}
