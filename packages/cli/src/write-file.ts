import { renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over the
 * target, so a failure never leaves a half-written workbook behind.
 */
export function writeAtomically(path: string, bytes: Uint8Array): { ok: true } | { ok: false; message: { en: string; vi: string } } {
  const temporary = join(dirname(path), `.${Date.now().toString(36)}-${process.pid}.costplan.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    return { ok: true };
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    return { ok: false, message: { en: `cannot write the file (${reason}); expected a writable folder`, vi: `không ghi được tệp (${reason}); cần thư mục cho phép ghi` } };
  }
}
