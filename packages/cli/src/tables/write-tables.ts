import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { messages, type Language, type MessageCode, type MessageParams } from "@costplan/core";
import { removeLeftovers } from "../write/leftovers.js";
import { temporaryBeside, track, untrack } from "../write/temporaries.js";
import { writeFailure } from "../write/write-error.js";
import { writeCsv } from "./csv.js";
import { filesOf, manifestText, type Manifest, type ManifestTable } from "./manifest.js";
import { openParquetConverter } from "./parquet.js";
import type { Table } from "./table.js";

/** Why tables could not be written: a catalogue code, its parameters and the message in both languages. */
export class TablesError extends Error {
  override readonly name = "TablesError";
  readonly messages: Readonly<Record<Language, string>>;
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams = {},
  ) {
    const text = messages(code, params);
    super(text.en);
    this.messages = text;
  }
}

/** Options of {@link writeTables}. */
export interface WriteTablesOptions {
  /** Goes into the manifest's `about`. */
  readonly about?: Manifest["about"];
  /** Called before each table is written, e.g. to show progress. */
  readonly onTable?: (table: Table, index: number, count: number) => void;
}

/**
 * Writes each table as CSV and Parquet, with a `manifest.json` naming the files, their columns
 * and row counts, into `dir`: all of it or nothing. The files go into a temporary folder beside
 * `dir` that is renamed into place at the end (and removed on any error), so a reader never sees
 * half an output. An existing `dir` is replaced only when it is empty or an earlier output (it
 * has a `manifest.json`); anything else is refused rather than deleted.
 *
 * @returns the manifest's table entries
 * @throws {TablesError} when `dir` holds other files or cannot be written
 */
export async function writeTables(dir: string, tables: readonly Table[], options: WriteTablesOptions = {}): Promise<readonly ManifestTable[]> {
  const target = resolve(dir);
  if (existsSync(target) && !replaceable(target)) {
    throw new TablesError("tables-folder-not-output");
  }
  removeLeftovers(dirname(target));
  const temporary = temporaryBeside(target);
  track(temporary);
  try {
    // mkdirSync rather than mkdtempSync: the folder is renamed into place, so it should get the
    // user's usual permissions (umask), not mkdtemp's owner-only 0700.
    mkdirSync(temporary);
  } catch (error) {
    untrack(temporary);
    throw cannotWrite(error);
  }
  try {
    const entries: ManifestTable[] = [];
    const converter = await openParquetConverter();
    try {
      for (const [index, table] of tables.entries()) {
        options.onTable?.(table, index, tables.length);
        const files = filesOf(table);
        const csv = join(temporary, files.csv);
        const rows = await writeCsv(csv, table.columns, table.rows);
        await converter.convert(csv, join(temporary, files.parquet), table.columns);
        entries.push({ name: table.name, description: table.description, rows, files, columns: table.columns });
      }
    } finally {
      converter.close();
    }
    writeFileSync(join(temporary, "manifest.json"), manifestText(options.about ?? {}, entries));
    moveIntoPlace(temporary, target);
    untrack(temporary);
    return entries;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    untrack(temporary);
    throw error instanceof TablesError || !isSystemError(error) ? error : cannotWrite(error);
  }
}

function replaceable(target: string): boolean {
  if (!statSync(target).isDirectory()) return false;
  const names = readdirSync(target);
  return names.length === 0 || names.includes("manifest.json");
}

// rename() cannot replace a folder that has files, so an earlier output is first moved aside,
// then the new one is moved in, then the old one removed: `target` is the old output, for a
// moment absent, then the new one; never a mix of the two.
function moveIntoPlace(temporary: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(temporary, target);
    return;
  }
  // Named as a temporary: should a run be killed (SIGKILL) between the two renames, the next
  // run's clean-up removes the old output it would have replaced anyway.
  const aside = temporaryBeside(target);
  renameSync(target, aside);
  try {
    renameSync(temporary, target);
  } catch (error) {
    renameSync(aside, target);
    throw error;
  }
  rmSync(aside, { recursive: true, force: true });
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

function cannotWrite(error: unknown): TablesError {
  const { code, params } = writeFailure(error);
  return new TablesError(code, params);
}
