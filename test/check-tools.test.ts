import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./support/check-tools.mjs", import.meta.url));

// Runs the pre-test check as a fresh machine would see it: nothing on PATH, no Chromium, no Python.
function check(env: Record<string, string>): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [script, "--no-install"], { env: { PATH: "", ...env }, encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

describe("the pre-test check for LibreOffice, Chromium, openpyxl and poppler-utils", () => {
  it("stops at once with the one command that installs everything missing", () => {
    const { status, stderr } = check({ COSTPLAN_CHROMIUM: "/nonexistent/chromium", COSTPLAN_PYTHON: "/nonexistent/python3" });
    expect(status).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      "costplan tests need LibreOffice Calc (soffice), Chromium (/nonexistent/chromium), openpyxl for /nonexistent/python3, poppler-utils (pdfinfo, pdftotext, pdftoppm), which are not installed. Run, as root:
        apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui chromium python3-openpyxl poppler-utils
      "
    `);
  });

  it("names only what is missing", () => {
    // Stand-ins that succeed: soffice and poppler's tools on PATH, and a "python" for which every import works.
    const bin = mkdtempSync(join(tmpdir(), "costplan-tools-"));
    for (const name of ["soffice", "pdfinfo", "pdftotext", "pdftoppm", "python3"]) {
      writeFileSync(join(bin, name), "#!/bin/sh\nexit 0\n");
      chmodSync(join(bin, name), 0o755);
    }
    try {
      const { status, stderr } = check({ PATH: bin, COSTPLAN_CHROMIUM: "/nonexistent/chromium", COSTPLAN_PYTHON: join(bin, "python3") });
      expect(status).toBe(1);
      expect(stderr).toMatchInlineSnapshot(`
        "costplan tests need Chromium (/nonexistent/chromium), which is not installed. Run, as root:
          apt-get update && apt-get install -y --no-install-recommends chromium
        "
      `);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
