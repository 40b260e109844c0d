/**
 * What a PDF written by LibreOffice draws, read without a PDF library: its content streams
 * inflated, and the fill colours of the shapes it paints. Enough to tell that a chart's
 * bars were drawn in their series' colours, which an empty or broken chart never does.
 */
import { inflateSync } from "node:zlib";

/** Every Flate-compressed stream of the file, inflated to text (streams that are not Flate are skipped). */
export function pdfStreams(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString("latin1");
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    try {
      out.push(inflateSync(bytes.subarray(start, end)).toString("latin1"));
    } catch {
      // an image or font stream in another encoding: not drawing operators
    }
  }
  return out;
}

/**
 * How many filled paths are painted in a colour (six hex digits): after a non-stroking
 * colour operator `r g b rg`, every path closed by a fill (`f` or `f*`) until the next
 * colour, as LibreOffice paints a chart's bars.
 */
export function filledShapes(streams: readonly string[], hex: string): number {
  const target = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  let count = 0;
  for (const s of streams) {
    const colours = [...s.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)];
    colours.forEach((m, k) => {
      if (![m[1], m[2], m[3]].every((v, i) => Math.abs(Number(v) - target[i]!) < 0.002)) return;
      const until = k + 1 < colours.length ? colours[k + 1]!.index : s.length;
      count += (s.slice(m.index, until).match(/(^|\s)f\*?(?=\s)/g) ?? []).length;
    });
  }
  return count;
}
