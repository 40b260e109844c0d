import type JSZip from "jszip";

/** Why inflating a part stopped early, or nothing when it inflated whole. */
export type InflateStop = { readonly kind: "part" | "total" };

/** Bytes counted across the parts of one package, against its two totals. */
export interface InflateBudget {
  readonly partBytes: number;
  /** The smaller of the total limit and the ratio limit. */
  readonly totalBytes: number;
  used: number;
}

/**
 * Inflates one part chunk by chunk, handing each chunk on and counting it, and stops as soon
 * as the part or the package passes its budget: the bytes are counted as they come out, never
 * taken from the size the zip declares, and only the chunks in flight are held.
 */
export function inflatePart(file: JSZip.JSZipObject, budget: InflateBudget, onChunk?: (chunk: Uint8Array) => void): Promise<InflateStop | undefined> {
  const stream = file.nodeStream("nodebuffer");
  let part = 0;
  let done = false;
  return new Promise((resolve, reject) => {
    const stop = (result: InflateStop | undefined): void => {
      // A paused stream stops asking JSZip for more, so the rest is never inflated. The
      // listeners stay (ignoring what comes): JSZip may still report the end of the chunk it
      // was inflating, such as a size that differs from the one declared.
      done = true;
      stream.pause();
      resolve(result);
    };
    stream.on("data", (chunk: Buffer) => {
      if (done) return;
      part += chunk.length;
      budget.used += chunk.length;
      if (part > budget.partBytes) stop({ kind: "part" });
      else if (budget.used > budget.totalBytes) stop({ kind: "total" });
      else onChunk?.(chunk);
    });
    stream.on("end", () => {
      if (!done) stop(undefined);
    });
    stream.on("error", (error: unknown) => {
      if (done) return;
      done = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
