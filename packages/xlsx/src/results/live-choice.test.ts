import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { ROUNDING_LABELS } from "@costplan/core";
import { liveChoiceIs } from "./live-choice.js";

/** What a spreadsheet engine makes of `liveChoiceIs(A1, "rounding", code)` with `typed` in A1. */
function evaluate(typed: string, code: string): unknown {
  // HyperFormula (a dev dependency, never shipped) compares text without case, as Excel does.
  const hf = HyperFormula.buildFromArray([[typed, `=${liveChoiceIs("A1", "rounding", code)}`]], { licenseKey: "gpl-v3" });
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 1 });
  hf.destroy();
  return value;
}

describe("a live test of a drop-down cell's choice", () => {
  it("is TRUE for the code and for its label in either language, typed in any case, and FALSE for the other choices", () => {
    const codes = Object.keys(ROUNDING_LABELS) as (keyof typeof ROUNDING_LABELS)[];
    for (const code of codes) {
      const spellings = [code, ROUNDING_LABELS[code].en, ROUNDING_LABELS[code].vi.toUpperCase()];
      for (const other of codes) for (const typed of spellings) expect(evaluate(typed, other), `${typed} is ${other}`).toBe(other === code);
    }
  });

  it("is FALSE for an empty cell, which the Prices formulas take as the default", () => {
    expect(evaluate("", "down")).toBe(false);
  });
});
