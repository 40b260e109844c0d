import { formatMoney, message, parseModel, runModel, type Language, type Model } from "@costplan/core";
import { INPUT_SHEET_NAMES, inputGrids } from "@costplan/xlsx";
import bacNinh from "../../../examples/bac-ninh/model.json";
import { createInputSheets, officeLocale, readSheets, selectCell, writeResults } from "../office/excel.js";
import { failureText } from "./failure-text.js";
import { LABELS, type Labels } from "./labels.js";
import { modelFromSheets, type Headline } from "./model-from-sheets.js";
import { outputSheets } from "./results.js";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it knows the id has
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Lets the pane repaint (progress, status) between steps of a long run. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The task pane: wires its buttons to the Office code and core. */
export function startApp(): void {
  let choice: "auto" | Language = "auto";
  let model: Model | undefined;
  const language = (): Language => (choice !== "auto" ? choice : (officeLocale() ?? "en").toLowerCase().startsWith("vi") ? "vi" : "en");
  const t = (): Labels => LABELS[language()];

  const status = (text: string): void => {
    $("status").textContent = text;
  };
  const progress = (value: number | undefined): void => {
    const bar = $<HTMLProgressElement>("progress");
    bar.hidden = value === undefined;
    bar.value = value ?? 0;
  };
  const render = (): void => {
    const l = t();
    document.documentElement.lang = language();
    $("title").textContent = l.title;
    $("language-label").textContent = l.language;
    $<HTMLSelectElement>("language").options[0]!.textContent = l.auto;
    $("create-blank").textContent = l.createBlank;
    $("create-example").textContent = l.createExample;
    $("validate").textContent = l.validate;
    $("scenario-label").textContent = l.scenario;
    $<HTMLSelectElement>("scenario").options[0]!.textContent = l.baseCase;
    $("run").textContent = l.run;
    $("compare").textContent = l.compare;
  };
  const showProblems = (problems: readonly { where: string; message: string }[]): void => {
    const list = $("problems");
    list.replaceChildren(
      ...problems.map((p) => {
        const li = document.createElement("li");
        li.textContent = `${p.where}: ${p.message}`;
        li.addEventListener("click", () => void selectCell(p.where));
        return li;
      }),
    );
  };
  const guarded = (action: () => Promise<void>) => async (): Promise<void> => {
    try {
      await action();
    } catch (error) {
      progress(undefined);
      status(failureText(error, language()));
    }
  };
  const create = (example: boolean) =>
    guarded(async () => {
      const parsed = example ? parseModel(bacNinh) : undefined;
      // Sheets of either language block: a second copy of an input sheet would leave the reader guessing which to read.
      const outcome = await createInputSheets(inputGrids(parsed?.ok === true ? parsed.model : undefined, language()), INPUT_SHEET_NAMES);
      status(outcome.ok ? t().created(outcome.created) : message("pane-sheets-exist", language(), { names: outcome.existing.join(", ") }));
    });
  const scenario = (): string | undefined => $<HTMLSelectElement>("scenario").value || undefined;
  const validate = async (withScenario: string | undefined): Promise<Model | undefined> => {
    status(t().reading);
    progress(0.1);
    await paint();
    const read = modelFromSheets(await readSheets(INPUT_SHEET_NAMES), language(), withScenario);
    if (!read.ok) {
      progress(undefined);
      status(t().problems(read.problems.length));
      showProblems(read.problems);
      return undefined;
    }
    showProblems([]);
    model = read.model;
    const select = $<HTMLSelectElement>("scenario");
    const keep = select.value;
    select.replaceChildren(select.options[0]!, ...read.model.scenarios.map((s) => new Option(s.name, s.name)));
    select.value = read.model.scenarios.some((s) => s.name === keep) ? keep : "";
    return read.model;
  };

  $<HTMLSelectElement>("language").addEventListener("change", (e) => {
    choice = (e.target as HTMLSelectElement).value as typeof choice;
    render();
  });
  $("create-blank").addEventListener("click", () => void create(false)());
  $("create-example").addEventListener("click", () => void create(true)());
  $("validate").addEventListener(
    "click",
    () =>
      void guarded(async () => {
        if ((await validate(scenario())) !== undefined) {
          progress(undefined);
          status(t().valid);
        }
      })(),
  );
  $("run").addEventListener(
    "click",
    () =>
      void guarded(async () => {
        const m = await validate(scenario());
        if (m === undefined) return;
        status(t().computing);
        progress(0.4);
        await paint();
        const result = runModel(m);
        status(t().writing);
        progress(0.7);
        await paint();
        await writeResults(outputSheets(result, language()));
        progress(undefined);
        status(t().ran(formatMoney(result.summary.totalCost, result.currency, language(), { compact: true })));
      })(),
  );
  $("compare").addEventListener(
    "click",
    () =>
      void guarded(async () => {
        const base = model ?? (await validate(undefined));
        if (base === undefined) return;
        const values = await readSheets(INPUT_SHEET_NAMES);
        const names = [undefined, ...base.scenarios.map((s) => s.name)];
        const rows: Headline[] = [];
        for (const [i, name] of names.entries()) {
          progress((i + 1) / (names.length + 1));
          status(`${t().computing} ${name ?? t().baseCase}`);
          await paint();
          const read = modelFromSheets(values, language(), name);
          if (!read.ok) continue;
          const r = runModel(read.model);
          const years = Object.values(r.payers.byYear);
          rows.push({
            scenario: name ?? t().baseCase,
            totalCost: r.summary.totalCost,
            accrual: r.summary.accrualTotal,
            presentValue: r.summary.presentValue,
            fund: years.reduce((a, y) => a + y.fund, 0),
            patients: years.reduce((a, y) => a + y.patients, 0),
          });
        }
        progress(undefined);
        showComparison(rows, t(), language());
        status(t().compared(rows.length));
      })(),
  );
  render();
}

function showComparison(rows: readonly Headline[], l: Labels, language: Language): void {
  const table = document.createElement("table");
  const tr = (cells: readonly string[], head: boolean): HTMLTableRowElement => {
    const row = document.createElement("tr");
    for (const text of cells) {
      const cell = document.createElement(head ? "th" : "td");
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  };
  const money = (n: number): string => formatMoney(n, "VND", language, { compact: true });
  table.append(tr([l.figure, ...rows.map((r) => r.scenario)], true));
  const figures: readonly [string, (h: Headline) => number][] = [
    [l.totalCost, (h) => h.totalCost],
    [l.accrual, (h) => h.accrual],
    [l.presentValue, (h) => h.presentValue],
    [l.fund, (h) => h.fund],
    [l.patients, (h) => h.patients],
  ];
  for (const [label, of] of figures) table.append(tr([label, ...rows.map((r) => money(of(r)))], false));
  $("comparison").replaceChildren(table);
}
