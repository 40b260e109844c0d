/**
 * LibreOffice Calc as a real spreadsheet engine for tests: a private profile that forces
 * recalculation on load (Calc otherwise trusts cached values in xlsx files, and ignores
 * fullCalcOnLoad), and conversions whose output is checked (soffice exits 0 even when it
 * wrote nothing).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A temporary LibreOffice profile that always recalculates; removed by `dispose`. */
export interface CalcSession {
  readonly work: string;
  soffice(args: readonly string[]): string;
  /** Opens `input`, recalculates every formula and saves it with `filter` (e.g. "xlsx") as `outputName` in the session's out folder; returns its path. */
  convert(input: string, filter: string, outputName: string): string;
  dispose(): void;
}

/** Starts a session (each soffice call within `timeoutMs`); throws when soffice is missing, so tests fail (never skip) without it. */
export function calcSession(timeoutMs = 300_000): CalcSession {
  const work = mkdtempSync(join(tmpdir(), "costplan-calc-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const soffice = (args: readonly string[]): string =>
    execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nologo", ...args], {
      encoding: "utf8",
      timeout: timeoutMs,
      stdio: ["ignore", "pipe", "pipe"],
    });
  return {
    work,
    soffice,
    convert(input, filter, outputName) {
      const outDir = join(work, "out");
      mkdirSync(outDir, { recursive: true });
      soffice(["--convert-to", filter, "--outdir", outDir, input]);
      const output = join(outDir, outputName);
      if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
      return output;
    },
    dispose() {
      if (process.env["COSTPLAN_KEEP_CALC"] === "1") console.error(`kept ${work}`);
      else rmSync(work, { recursive: true, force: true });
    },
  };
}
