// Runs the real spreadsheet engine: LibreOffice recalculates every golden formula now, and
// the committed table must still say the same. Fails (never skips) when soffice is missing:
// .ci/run installs libreoffice-calc-nogui.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formulaFor, recalculate, type GoldenFile } from "./golden/make-financial-golden.js";

const golden = JSON.parse(readFileSync(new URL("./golden/financial-golden.json", import.meta.url), "utf8")) as GoldenFile;

describe("the golden table of financial functions", () => {
  it("is what LibreOffice computes today, case by case", async () => {
    const cells = golden.cases.map((c, i) => formulaFor(c, i + 1));
    const { engine, values } = await recalculate(cells);
    expect(engine).toMatch(/^LibreOffice \d/);
    golden.cases.forEach((c, i) => {
      const live = values[i];
      if (typeof c.expected === "number") {
        expect(typeof live, c.formula).toBe("number");
        expect(Math.abs((live as number) - c.expected), c.formula).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c.expected)));
      } else {
        expect(typeof live, c.formula).toBe("string");
      }
    });
  }, 120_000);
});
