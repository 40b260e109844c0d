import type ExcelJS from "exceljs";
import { parseModel, runModel, textIn, type Language, type LocalText, type Model, type RunResult, type Scenario } from "@costplan/core";
import { resultSheetName } from "./sheet-names.js";
import { AuditLog, computed, header, MONEY } from "./sheet-kit.js";

/** The scenario a workbook was written under, with the model before its overrides. */
export interface AppliedScenario {
  /** The scenario's name in the model. */
  readonly name: string;
  /** The model before the scenario's overrides, from which every row of the sheet starts. */
  readonly base: Model;
}

/** One row of the ScenarioResults sheet. */
export interface ScenarioRow {
  /** `null` for the base model (no scenario). */
  readonly scenario: string | null;
  /** What the scenario asks, in each language (the one text twice when the model gives one). */
  readonly description: Readonly<Record<Language, string>>;
  /** Why the scenario is there, as the model writes it. */
  readonly reason: LocalText | undefined;
  /** True for the row whose figures the other sheets of the workbook show. */
  readonly applied: boolean;
  readonly result: RunResult;
}

const TEXTS = {
  en: {
    base: "(base)",
    applied: "(applied: the other sheets show it)",
    title: "Scenarios compared (đồng)",
    scenario: "Scenario",
    description: "Description",
    reason: "Reason",
    total: "Total cost",
    accrual: "Accrual",
    pv: "Present value",
    fund: "Insurance fund",
    patients: "Patients",
  },
  vi: {
    base: "(cơ sở)",
    applied: "(đang áp dụng: các trang khác thể hiện kịch bản này)",
    title: "So sánh kịch bản (đồng)",
    scenario: "Kịch bản",
    description: "Mô tả",
    reason: "Căn cứ",
    total: "Tổng chi phí",
    accrual: "Ghi nhận",
    pv: "Giá trị hiện tại",
    fund: "Quỹ BHYT",
    patients: "Người bệnh",
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * The rows of the comparison: the base model, then each scenario run from the base, so no
 * row stacks one scenario on another. Under an applied scenario, the written model already
 * carries its overrides: the base is run from `applied.base`, and the applied scenario's row
 * reuses `result`, the figures every other sheet shows.
 *
 * @param model - the model the workbook was written from (with the applied scenario's overrides, if any)
 * @param result - `runModel(model)`
 * @param applied - the scenario applied to `model`, if any
 * @returns one row for the base and one per scenario, in the model's order
 */
export function scenarioRows(model: Model, result: RunResult, applied?: AppliedScenario): ScenarioRow[] {
  const base = applied?.base ?? model;
  const rows: ScenarioRow[] = [
    {
      scenario: null,
      description: { en: "", vi: "" },
      reason: undefined,
      applied: applied === undefined,
      result: applied === undefined ? result : runModel(base),
    },
  ];
  for (const s of base.scenarios) {
    const isApplied = s.name === applied?.name;
    if (isApplied) {
      rows.push({ ...texts(s), applied: true, result });
      continue;
    }
    const parsed = parseModel(base, { scenario: s.name });
    if (parsed.ok) rows.push({ ...texts(s), applied: false, result: runModel(parsed.model) });
  }
  return rows;
}

/** A scenario's name and texts, as a row shows them. */
function texts(s: Scenario): Pick<ScenarioRow, "scenario" | "description" | "reason"> {
  const one = s.description ?? "";
  return { scenario: s.name, description: s.descriptions ?? { en: one, vi: one }, reason: s.reason };
}

/** The label of a row in the workbook's language: the scenario's name, marked when applied. */
export function scenarioLabel(row: ScenarioRow, lang: Language): string {
  const name = row.scenario ?? TEXTS[lang].base;
  return row.applied && row.scenario !== null ? `${name} ${TEXTS[lang].applied}` : name;
}

/** Every scenario of the model run in full, side by side: values. */
export function addScenariosSheet(wb: ExcelJS.Workbook, model: Model, result: RunResult, lang: Language, audit: AuditLog, applied?: AppliedScenario): void {
  const t = TEXTS[lang];
  const ws = wb.addWorksheet(resultSheetName("scenarios", lang));
  const priceYear = result.pricing.priceYear;
  header(
    ws,
    t.title,
    [t.scenario, t.description, t.total, t.accrual, t.pv, `${t.fund} ${priceYear}`, `${t.patients} ${priceYear}`, t.reason],
    [22, 50, 20, 20, 20, 20, 20, 50],
  );
  const rows = scenarioRows(model, result, applied);
  rows.forEach((entry, k) => {
    const row = 3 + k;
    ws.getCell(row, 1).value = scenarioLabel(entry, lang);
    ws.getCell(row, 2).value = entry.description[lang];
    ws.getCell(row, 8).value = textIn(entry.reason, lang) ?? "";
    const r = entry.result;
    const payer = r.payers.byYear[String(priceYear)];
    [r.summary.totalCost, r.summary.accrualTotal, r.summary.presentValue, payer?.fund ?? 0, payer?.patients ?? 0].forEach((v, c) => {
      computed(ws.getCell(row, 3 + c), v, MONEY);
    });
  });
  audit.add(
    ws.name,
    `C3:G${2 + rows.length}`,
    "each scenario is the whole model run again by costplan from the base model with the scenario's overrides",
    "mỗi kịch bản là toàn bộ mô hình cơ sở được costplan chạy lại với các thay đổi của kịch bản",
  );
}
