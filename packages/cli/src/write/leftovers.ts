import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TEMPORARY_SUFFIX } from "./temporaries.js";

const LEFTOVER = /^\..+\.(\d+)-[0-9a-f]+\.costplan\.tmp$/;

/**
 * Removes the temporaries that killed runs left in `folder` (a run killed with SIGKILL, or
 * by a power cut, cannot clean up after itself). A temporary whose process is still running
 * is another run's work in progress and is left alone. Nothing is reported: a folder that
 * cannot be read is reported by the write that follows.
 */
export function removeLeftovers(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(TEMPORARY_SUFFIX)) continue;
    const pid = Number(LEFTOVER.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || running(pid)) continue;
    rmSync(join(folder, name), { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
