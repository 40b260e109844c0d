// A template opened and saved by openpyxl (the Python library behind many hospital
// scripts) must read back as the same model. openpyxl writes notes and tables under part
// names exceljs does not know; see normalise-package.ts. Fails (never skips) without
// Debian's python3-openpyxl for /usr/bin/python3.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelTextsIn } from "@costplan/core";
import { normalisePackage } from "./normalise-package.js";
import { readInputs } from "./read-inputs.js";
import { bacNinh, load, parsed, referenceDropDowns, SMALL, withoutSchema } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

const work = mkdtempSync(join(tmpdir(), "costplan-openpyxl-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Loads and saves a workbook with openpyxl, as a script that only opens and saves it would. */
function savedByOpenpyxl(bytes: Uint8Array, name: string): Uint8Array {
  const input = join(work, `${name}.xlsx`);
  const output = join(work, `${name}-openpyxl.xlsx`);
  writeFileSync(input, bytes);
  execFileSync("/usr/bin/python3", ["-c", "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", input, output], {
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 120_000,
  });
  return readFileSync(output);
}

describe("a template saved by openpyxl", () => {
  it("reads back as the same model, small and Bac Ninh, in both languages", async () => {
    for (const [name, model] of [
      ["small", parsed(SMALL)],
      ["bac-ninh", withoutSchema(bacNinh())],
    ] as const) {
      for (const language of ["vi", "en"] as const) {
        const read = await readInputs(savedByOpenpyxl(await writeTemplate(parsed(model), { language }), `${name}-${language}`));
        if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
        expect(parsed(read.document), `${name} ${language}`).toEqual(modelTextsIn(parsed(model), language));
      }
    }
  }, 300_000);

  it("keeps every reference column's drop-down and the defined names they list", async () => {
    const written = await writeTemplate(parsed(SMALL), { language: "vi" });
    const lists = referenceDropDowns(await load(written));
    expect(Object.values(lists).every((range) => /^([A-Za-z]+|'[^']+')!\$[A-Z]+\$3:\$[A-Z]+\$\d+$/.test(range))).toBe(true);
    // openpyxl's part names need the reader's normalising before exceljs loads them.
    expect(referenceDropDowns(await load(await normalisePackage(savedByOpenpyxl(written, "lists"))))).toEqual(lists);
  }, 120_000);
});
