import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { modelTextsIn, parseModel, type ModelInput } from "@costplan/core";
import { readInputs } from "./read-inputs.js";
import { edit, load, parsed, sheet, SMALL } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";
import { choiceCodeOf, columnKeyOf } from "../labels/match.js";

// The small model with every part of an analysis set-up and the Pricing fields added after the first workbooks.
const WITH_SETUP: ModelInput = {
  ...SMALL,
  pricing: { ...SMALL.pricing, basis: "class", phaseInYears: 3, includeCategories: ["maintenance", "infrastructure"] },
  analysis: {
    outputs: ["summary.totalCost", "payers.byYear.2023.fund"],
    sensitivity: {
      inputs: [
        { path: "programme.discountRate", low: -0.25, high: 0.25, assumption: { en: "6-10 % in use", vi: "6-10 % đang dùng" } },
        { path: "costItems[*].usefulLife", low: 3, high: 8, basis: "absolute", assumption: "one-language reason" },
      ],
      steps: 3,
    },
    simulation: {
      inputs: [
        { path: "programme.discountRate", distribution: { type: "pert", min: -0.25, mode: 0, max: 0.25 }, assumption: { en: "as above", vi: "như trên" } },
        { path: "costItems[*].usefulLife", basis: "absolute", distribution: { type: "triangular", min: 3, mode: 5, max: 8 } },
        { path: "serviceLists[*].insuredShare", distribution: { type: "uniform", min: -0.1, max: 0.05 } },
        { path: "costItems[category=maintenance].amountPerYear", distribution: { type: "normal", mean: 0, sd: 0.1 } },
      ],
      correlations: [{ a: "programme.discountRate", b: "costItems[*].usefulLife", rank: -0.3, assumption: "made up" }],
      draws: 500,
      seed: 11,
      percentiles: [10, 50, 90],
      lhs: true,
    },
  },
};

async function readBack(bytes: Uint8Array): Promise<unknown> {
  const read = await readInputs(bytes);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message.en}`).join("\n"));
  return parsed(read.document);
}

describe("the Analysis sheet and the later Pricing fields", () => {
  it("keep a model's whole analysis set-up and its price basis, phase-in years and categories through the template", async () => {
    const model = parsed(WITH_SETUP);
    // A cell holds one text: the workbook keeps each reason in its own language, as every provenance text.
    for (const language of ["en", "vi"] as const) expect(await readBack(await writeTemplate(model, { language }))).toEqual(modelTextsIn(model, language));
  });

  it("hold one row per output, input, correlation and setting, with each reason in the workbook's language", async () => {
    const wb = await load(await writeTemplate(parsed(WITH_SETUP), { language: "vi" }));
    const ws = sheet(wb, "Analysis");
    // The header row shows Vietnamese labels; each maps back to its column key.
    const header = (ws.getRow(2).values as unknown[]).slice(1).map((label) => columnKeyOf("Analysis", String(label)));
    const rows = Array.from({ length: ws.actualRowCount - 2 }, (_, i): Record<string, unknown> =>
      Object.fromEntries(header.map((key, c): [string, unknown] => [String(key), ws.getCell(i + 3, c + 1).value]).filter(([, v]) => v !== null)),
    );
    // Kinds, bases and distributions show as Vietnamese drop-down labels, each the label of its code.
    expect([rows[0]!["kind"], rows[2]!["basis"], rows[5]!["distribution"]]).toEqual(["Kết quả", "Tương đối", "Tam giác"]);
    const validations = (ws as unknown as { dataValidations: { find: (a: string) => ExcelJS.DataValidation | undefined } }).dataValidations;
    expect(validations.find("A3")?.formulae).toEqual(["Choices_analysisKind"]);
    expect(rows.map((r) => `${choiceCodeOf("analysisKind", String(r["kind"]))} ${String(r["path"])}`)).toEqual([
      "output summary.totalCost",
      "output payers.byYear.2023.fund",
      "sensitivity programme.discountRate",
      "sensitivity costItems[*].usefulLife",
      "simulation programme.discountRate",
      "simulation costItems[*].usefulLife",
      "simulation serviceLists[*].insuredShare",
      "simulation costItems[category=maintenance].amountPerYear",
      "correlation programme.discountRate",
      "setting sensitivity.steps",
      "setting simulation.draws",
      "setting simulation.seed",
      "setting simulation.percentiles",
      "setting simulation.lhs",
    ]);
    expect(rows[2]).toMatchObject({ low: -0.25, high: 0.25, assumption: "6-10 % đang dùng" });
    expect(rows[2]).not.toHaveProperty("assumptionEn");
    expect(rows[8]).toMatchObject({ with: "costItems[*].usefulLife", rank: -0.3, assumption: "made up" });
    expect(rows[12]).toMatchObject({ value: "[10,50,90]" });
  });

  it("a workbook made before them, without the Analysis sheet or the new Pricing rows, reads as before", async () => {
    const model = parsed(SMALL);
    const old = await edit(await writeTemplate(model, { language: "en" }), (wb) => {
      wb.removeWorksheet(sheet(wb, "Analysis").id);
      const pricing = sheet(wb, "Pricing");
      for (let r = pricing.rowCount; r >= 3; r -= 1)
        if (["basis", "phaseInYears", "includeCategories"].includes(pricing.getCell(r, 1).text)) pricing.spliceRows(r, 1);
    });
    expect(await readBack(old)).toEqual(model);
  });

  describe("edge cases", () => {
    it("names a row of an unknown kind or setting at its cell", async () => {
      const bytes = await edit(await writeTemplate(parsed(WITH_SETUP), { language: "en" }), (wb) => {
        const ws = sheet(wb, "Analysis");
        ws.getCell("A3").value = "tornado";
        ws.getCell("B16").value = "simulation.threads";
      });
      const read = await readInputs(bytes);
      expect(read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message.en}`)).toEqual([
        'Analysis!A3: expected one of sensitivity, simulation, correlation, output, setting, got "tornado"',
        'Analysis!B16: expected one of sensitivity.steps, simulation.draws, simulation.seed, simulation.percentiles, simulation.lhs, got "simulation.threads"',
      ]);
    });

    it("locates a path the model does not have, and a distribution without its type, at their cells", async () => {
      const bytes = await edit(await writeTemplate(parsed(WITH_SETUP), { language: "en" }), (wb) => {
        const ws = sheet(wb, "Analysis");
        ws.getCell("B5").value = "programme.nothing";
        ws.getCell("F8").value = null;
      });
      const read = await readInputs(bytes);
      if (!read.ok) throw new Error("unreadable");
      const result = parseModel(read.document);
      expect(result.ok ? [] : result.problems.map((p) => `${read.locate(p.path)}: ${p.path}`)).toEqual([
        "Analysis!F8: $.analysis.simulation.inputs[1].distribution.type",
      ]);
      const fixed = await edit(bytes, (wb) => {
        sheet(wb, "Analysis").getCell("F8").value = "triangular";
      });
      const again = await readInputs(fixed);
      if (!again.ok) throw new Error("unreadable");
      const second = parseModel(again.document);
      expect(second.ok ? [] : second.problems.map((p) => `${again.locate(p.path)}: ${p.path}: ${p.message.en}`)).toEqual([
        'Analysis!B5: $.analysis.sensitivity.inputs[0].path: the path "programme.nothing" reaches no number in the model; expected a path such as ' +
          "programme.discountRate, costItems[PH01-SW].usefulLife or costItems[category=maintenance].amountPerYear",
      ]);
    });
  });
});
