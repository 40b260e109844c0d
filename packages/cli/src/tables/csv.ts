import { createWriteStream } from "node:fs";
import type { Cell, Column } from "./table.js";

// Excel opens a CSV file as the system's ANSI code page unless it starts with a UTF-8 byte
// order mark, which would garble Vietnamese names; DuckDB and pandas skip the mark.
const BOM = "\uFEFF";
const CHUNK = 1 << 16;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. An empty string
 * is written as `""` and a missing value as nothing, so readers can tell them apart (DuckDB with
 * `allow_quoted_nulls=false`).
 */
export function csvField(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (cell === "" || /[",\r\n]/.test(cell) || cell !== cell.trim()) return `"${cell.replaceAll('"', '""')}"`;
  return cell;
}

/**
 * Streams a header and rows to a CSV file in chunks of about 64 KB, waiting for the file to
 * drain, so memory stays flat however many rows there are. Resolves with the row count.
 *
 * @throws the file system's error (ENOENT, EACCES, ENOSPC...) when the file cannot be written
 */
export async function writeCsv(path: string, columns: readonly Column[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const stream = createWriteStream(path, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => undefined);
  const write = async (text: string): Promise<void> => {
    if (!stream.write(text))
      await Promise.race([
        new Promise<void>((resolve) =>
          stream.once("drain", () => {
            resolve();
          }),
        ),
        failed,
      ]);
  };
  let count = 0;
  try {
    let buffer = BOM + columns.map((c) => csvField(c.name)).join(",") + "\n";
    for (const row of rows) {
      if (row.length !== columns.length) throw new Error(`row ${count + 1} of ${path} has ${row.length} cells, expected ${columns.length}`);
      buffer += row.map(csvField).join(",") + "\n";
      count += 1;
      if (buffer.length >= CHUNK) {
        await write(buffer);
        buffer = "";
      }
    }
    await write(buffer);
    await Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed]);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return count;
}
