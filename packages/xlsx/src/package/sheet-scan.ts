/** What a sheet's XML uses: the extent it declares and the cells it writes. */
export interface SheetExtent {
  /** The bottom-right cell of `<dimension ref>`, if any: rows and columns it declares. */
  readonly declared: { readonly row: number; readonly column: number } | undefined;
  /** The largest row number of a `<row>` or a cell. */
  readonly maxRow: number;
  /** The largest column number of a cell. */
  readonly maxColumn: number;
  /** Cells written (`<c>` elements). */
  readonly cells: number;
  /** Merged ranges (`<mergeCell ref>`), such as `A3:A4`. */
  readonly merges: readonly string[];
}

// The tags that bound what exceljs builds; anything else passes unread.
const TAG = /<(row|c|dimension|mergeCell)\b([^>]*)>/g;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
// A tag longer than this is not one of ours (they are a few dozen characters); the scanner
// stops holding it, so a huge attribute cannot make the carried text grow without bound.
const LONGEST_TAG = 64 * 1024;

/**
 * Scans a worksheet's XML as it inflates, chunk by chunk, holding only an unfinished tag
 * between chunks. It reads no values: it only finds how far the sheet reaches, so that a
 * sheet can be refused before exceljs builds a row object for every row up to its last one.
 */
export class SheetScanner {
  private readonly decoder = new TextDecoder("utf-8");
  private carry = "";
  private row = 0;
  private maxRow = 0;
  private maxColumn = 0;
  private cells = 0;
  private declared: SheetExtent["declared"];
  private readonly merges: string[] = [];

  /** Scans the next bytes of the sheet. */
  feed(bytes: Uint8Array): void {
    this.scan(this.carry + this.decoder.decode(bytes, { stream: true }));
  }

  /** What the whole sheet used. */
  finish(): SheetExtent {
    this.scan(this.carry + this.decoder.decode());
    return {
      declared: this.declared,
      maxRow: this.maxRow,
      maxColumn: this.maxColumn,
      cells: this.cells,
      merges: this.merges,
    };
  }

  private scan(text: string): void {
    const open = text.lastIndexOf("<");
    const cut = open >= 0 && !text.includes(">", open) ? open : text.length;
    this.carry = text.length - cut > LONGEST_TAG ? "" : text.slice(cut);
    const body = text.slice(0, cut);
    TAG.lastIndex = 0;
    for (let m = TAG.exec(body); m !== null; m = TAG.exec(body)) this.tag(m[1]!, m[2]!);
  }

  private tag(name: string, attributes: string): void {
    const ref = /\br="([^"]*)"/.exec(attributes)?.[1];
    if (name === "row") {
      // A row without its number follows the one before (the format allows leaving it out).
      this.row = ref === undefined ? this.row + 1 : Number(ref) || this.row + 1;
      this.maxRow = Math.max(this.maxRow, this.row);
    } else if (name === "c") {
      this.cells += 1;
      const cell = ref === undefined ? undefined : CELL.exec(ref);
      if (cell !== undefined && cell !== null) {
        this.maxColumn = Math.max(this.maxColumn, columnNumber(cell[1]!));
        this.maxRow = Math.max(this.maxRow, Number(cell[2]));
      }
    } else {
      const range = /\bref="([^"]*)"/.exec(attributes)?.[1];
      if (range === undefined) return;
      if (name === "mergeCell") this.merges.push(range);
      else {
        const end = CELL.exec(range.split(":").at(-1)!);
        if (end !== null)
          this.declared = {
            row: Number(end[2]),
            column: columnNumber(end[1]!),
          };
      }
    }
  }
}

/** The column number of letters: A = 1, Z = 26, AA = 27, XFD = 16,384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
