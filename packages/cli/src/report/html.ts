import { CATEGORY_LABELS, FACILITY_KIND_LABELS, FUNDING_KIND_LABELS, formatNumber, textIn, type Language } from "@costplan/core";
import { budgetChart, histogramChart, payersChart, priceChart, tornadoChart, totalsChart } from "./charts.js";
import { REPORT_CSS } from "./css.js";
import type { ReportData } from "./data.js";
import { reportFormat, type ReportFormat } from "./format.js";
import { analysisCell, chartFigure, escapeHtml, figureCell, row, tableHtml, textCell } from "./html-parts.js";
import { REPORT_TEXT, type ReportText } from "./text.js";

type Labels = Readonly<Record<string, Readonly<Record<Language, string>>>>;
const labelOf =
  (labels: Labels, lang: Language) =>
  (key: string): string =>
    labels[key]?.[lang] ?? key;

/** Year columns per table: with the total, four exact amounts to the đồng and a label fit the A4 width in print type (the browser test measures it). */
const YEARS_PER_TABLE = 3;

interface Context {
  readonly data: ReportData;
  readonly lang: Language;
  readonly t: ReportText;
  readonly f: ReportFormat;
}

function badge(basis: "source" | "assumption", t: ReportText): string {
  return ` <span class="badge ${basis}">${escapeHtml(basis === "source" ? t.source : t.assumption)}</span>`;
}

function summarySection({ data, lang, t, f }: Context): string {
  const rows = data.summary.map((line) => {
    const label = line.key === "public" || line.key === "private" ? `— ${t.lines[line.key]}` : t.lines[line.key];
    const exact = line.unit === "money" ? f.money(line.value) : line.unit === "ratio" ? f.percent(line.value) : f.number(line.value);
    const rounded = line.unit === "money" ? f.compact(line.value) : "";
    return row([textCell(label), figureCell(line, exact), `<td class="num">${escapeHtml(rounded)}</td>`, `<td>${badge(line.basis, t)}</td>`]);
  });
  const names = (labels: readonly string[]): string =>
    labels.length <= 4 ? labels.join(", ") : `${labels.slice(0, 3).join(", ")} ${t.more(labels.length - 3)}`;
  const notes = data.assumptions.map((a) => `<li><b>${escapeHtml(names(a.labels))}</b>: ${escapeHtml(textIn(a.reason, lang))}</li>`).join("");
  const figures = tableHtml([t.figure, t.value, t.rounded, t.basis], [false, true, true, false], rows);
  return (
    `<section id="summary"><h2>${escapeHtml(t.summary)}</h2>${figures}<p class="note">${escapeHtml(t.legend)}</p>` +
    `<h3>${escapeHtml(t.assumptionsTitle)}</h3><ul class="assumptions">${notes}</ul>` +
    `<p class="note">${escapeHtml(t.assumptionsMore(data.assumptionCount))}</p></section>`
  );
}

function budgetSection({ data, lang, t, f }: Context): string {
  const name = labelOf(CATEGORY_LABELS, lang);
  const unit = t.unitMoney(data.currency);
  const chart = chartFigure(budgetChart(data.years, data.byCategory, name, unit, data.currency, lang), t.budget);
  const tables: string[] = [];
  for (let from = 0; from < data.years.length; from += YEARS_PER_TABLE) {
    const cols = data.years.slice(from, from + YEARS_PER_TABLE).map((_, j) => from + j);
    const last = from + YEARS_PER_TABLE >= data.years.length;
    const rows = data.byCategory.map((g) =>
      row([
        textCell(name(g.key), g.assumption ? " *" : ""),
        ...cols.map((c) => figureCell(g.byYear[c]!, f.amount(g.byYear[c]!.value))),
        ...(last ? [figureCell(g.total, f.amount(g.total.value))] : []),
      ]),
    );
    rows.push(
      row(
        [
          textCell(t.total),
          ...cols.map((c) => figureCell(data.budgetTotal[c]!, f.amount(data.budgetTotal[c]!.value))),
          ...(last ? [figureCell(data.budgetGrandTotal, f.amount(data.budgetGrandTotal.value))] : []),
        ],
        "total",
      ),
    );
    const head = [`${t.category} (${t.unitPrice(data.currency)})`, ...cols.map((c) => data.years[c]!), ...(last ? [t.total] : [])];
    tables.push(
      tableHtml(
        head,
        head.map((_, i) => i > 0),
        rows,
      ),
    );
  }
  return `<section id="budget"><h2>${escapeHtml(t.budget)}</h2>${chart}${tables.join("")}<p class="note">${escapeHtml(t.starNote)}</p></section>`;
}

function totalsSection({ data, lang, t, f }: Context): string {
  const unit = t.unitMoney(data.currency);
  const kind = labelOf(FACILITY_KIND_LABELS, lang);
  const funding = labelOf(FUNDING_KIND_LABELS, lang);
  const kinds = data.byKind.map((g) => ({ name: kind(g.key), g }));
  const sources = data.byFunding.map((g) => ({
    name: `${g.name} (${funding(g.kind)})`,
    g,
  }));
  const table = (title: string, items: typeof kinds): string =>
    tableHtml(
      [title, `${t.total} (${t.unitPrice(data.currency)})`],
      [false, true],
      items.map(({ name, g }) => row([textCell(name, g.assumption ? " *" : ""), figureCell(g.total, f.amount(g.total.value))])),
    );
  const chart = (key: string, title: string, items: typeof kinds): string =>
    chartFigure(
      totalsChart(
        key,
        items.map(({ name, g }) => ({ name, value: g.total.value })),
        unit,
        data.currency,
        lang,
      ),
      title,
    );
  return (
    `<section id="totals"><h2>${escapeHtml(t.byKind)}</h2>${chart("kinds", t.byKind, kinds)}${table(t.kind, kinds)}` +
    `<h2>${escapeHtml(t.byFunding)}</h2>${chart("funding", t.byFunding, sources)}${table(t.fundingSource, sources)}` +
    `<p class="note">${escapeHtml(t.starNote)}</p></section>`
  );
}

function pricesSection({ data, lang, t, f }: Context): string {
  // A model without price lists proposes no prices: no section rather than an empty one.
  if (data.keyServices.length === 0) return "";
  const unit = t.unitPrice(data.currency);
  const charts = data.keyServices
    .map((s) => chartFigure(priceChart(s, { current: t.current, increase: t.increaseBar }, unit, data.currency, lang), `${s.code} ${s.name}`))
    .join("");
  const tables = data.keyServices.map((s) => {
    const rows = s.rows.map((r) =>
      row([
        textCell(r.label, r.assumption ? " *" : ""),
        `<td class="num">${r.facilities}</td>`,
        figureCell(r.current, f.amount(r.current.value)),
        figureCell(r.emrComponent, f.number(r.emrComponent.value, 0)),
        figureCell(r.proposed, f.amount(r.proposed.value) + (r.capped ? " ^" : "")),
        figureCell(r.increasePct, `${f.number(r.increasePct.value, 2)} %`),
        figureCell(r.fund, f.amount(r.fund.value)),
        figureCell(r.patients, f.amount(r.patients.value)),
      ]),
    );
    const head = [t.cls, t.facilities, t.current, t.emr, t.proposed, t.increase, t.fund, t.patients];
    return `<h3>${escapeHtml(`${s.code} ${s.name}`)} (${escapeHtml(unit)})</h3>${tableHtml(
      head,
      head.map((_, i) => i > 0),
      rows,
    )}`;
  });
  return (
    `<section id="prices"><h2>${escapeHtml(t.prices(data.priceYear))}</h2><div class="charts">${charts}</div>${tables.join("")}` +
    `<p class="note">${escapeHtml(t.pricesNote)} ${escapeHtml(t.starNote)}</p></section>`
  );
}

function payersSection({ data, lang, t, f }: Context): string {
  if (data.keyServices.length === 0) return "";
  const chart = chartFigure(
    payersChart(data.payers, { fund: t.fund, patients: t.patients, recoverable: t.recoverable }, t.unitMoney(data.currency), data.currency, lang),
    t.payers,
  );
  const rows = data.payers.map((p) =>
    row([
      textCell(p.year),
      figureCell(p.recoverable, f.amount(p.recoverable.value)),
      figureCell(p.recovered, f.amount(p.recovered.value)),
      figureCell(p.fund, f.amount(p.fund.value)),
      figureCell(p.patients, f.amount(p.patients.value)),
    ]),
  );
  const head = [`${t.year} (${t.unitPrice(data.currency)})`, t.recoverable, t.recovered, t.fund, t.patients];
  return `<section id="payers"><h2>${escapeHtml(t.payers)}</h2>${chart}${tableHtml(
    head,
    head.map((_, i) => i > 0),
    rows,
  )}</section>`;
}

function scenariosSection({ data, lang, t, f }: Context): string {
  const rows = data.scenarios.map((s) => {
    const year = String(s.priceYear);
    const cell = (path: readonly (string | number)[], value: number): string => figureCell({ path, value }, f.amount(value), s.name);
    return row(
      [
        textCell(
          s.name ?? t.base,
          s.description === undefined
            ? ""
            : `<br><small>${escapeHtml(s.description[lang])}${s.reason === undefined ? "" : ` (${escapeHtml(s.reason[lang])})`}</small>`,
        ),
        cell(["summary", "totalCost"], s.totalCost),
        cell(["payers", "byYear", year, "recoverable"], s.recoverable),
        cell(["payers", "byYear", year, "recovered"], s.recovered),
        cell(["payers", "byYear", year, "fund"], s.fund),
        cell(["payers", "byYear", year, "patients"], s.patients),
      ],
      s.name === null ? "total" : undefined,
    );
  });
  const head = [`${t.scenario} (${t.unitPrice(data.currency)})`, t.totalCost, t.annualEmr, t.recovered, t.fund, t.patients];
  const invalid = data.invalidScenarios.length === 0 ? "" : `<p class="note">${escapeHtml(t.invalid(data.invalidScenarios.join(", ")))}</p>`;
  return `<section id="scenarios"><h2>${escapeHtml(t.scenarios(data.priceYear))}</h2>${tableHtml(
    head,
    head.map((_, i) => i > 0),
    rows,
  )}${invalid}</section>`;
}

function tornadoSection({ data, lang, t, f }: Context): string {
  const tornado = data.tornado;
  if (tornado === undefined) return "";
  const chart = chartFigure(tornadoChart(tornado, { low: t.low, high: t.high }, t.unitMoney(data.currency), data.currency, lang), t.tornado(tornado.output));
  const rows = tornado.bars.map((b) =>
    row([
      textCell(b.input),
      analysisCell("tornado.low", b.low, f.amount(b.low)),
      analysisCell("tornado.high", b.high, f.amount(b.high)),
      analysisCell("tornado.swing", b.swing, f.amount(b.swing)),
      textCell(b.assumption === undefined ? "" : textIn(b.assumption, lang)),
    ]),
  );
  const head = [t.input, t.low, t.high, t.swing, t.why];
  return (
    `<section id="tornado"><h2>${escapeHtml(t.tornado(tornado.output))}</h2>${chart}${tableHtml(head, [false, true, true, true, false], rows)}` +
    `<p class="note">${escapeHtml(t.tornadoNote)} ${escapeHtml(`${tornado.output}: ${f.money(tornado.base)}`)}</p></section>`
  );
}

function simulationSection({ data, lang, t, f }: Context): string {
  const sim = data.simulation;
  if (sim === undefined) return "";
  const s = sim.summary;
  const chart = chartFigure(histogramChart(sim, t.draws, t.unitMoney(data.currency), data.currency, lang), t.simulation(s.output));
  const whole = (v: number): string => f.amount(Math.round(v));
  const cells = [
    [t.mean, "mean", s.mean],
    [t.sd, "sd", s.sd],
    [t.min, "min", s.min],
    [t.max, "max", s.max],
    ...s.percentiles.map((p) => [`P${formatNumber(p.p, lang, Number.isInteger(p.p) ? 0 : 1)}`, `P${p.p}`, p.value] as const),
  ] as const;
  const rows = cells.map(([label, key, value]) => row([textCell(label), analysisCell(`simulation.${key}`, value, whole(value))]));
  const note = [t.simulationNote(sim.draws, sim.seed), ...sim.correlations.map((c) => t.correlation(c.a, c.b, f.number(c.rank, 2)))].join(" ");
  return (
    `<section id="simulation"><h2>${escapeHtml(t.simulation(s.output))}</h2>${chart}` +
    `${tableHtml([t.figure, t.unitPrice(data.currency)], [false, true], rows)}<p class="note">${escapeHtml(note)}</p></section>`
  );
}

/**
 * The committee's report as one self-contained HTML page: styles and charts inline, system
 * fonts, no script and a content security policy that refuses every request, so it opens
 * offline and prints to A4. A pure function: the same data and language give the same bytes.
 */
export function reportHtml(data: ReportData, lang: Language): string {
  const t = REPORT_TEXT[lang];
  const context: Context = {
    data,
    lang,
    t,
    f: reportFormat(data.currency, lang),
  };
  const p = data.programme;
  const body = [summarySection, budgetSection, totalsSection, pricesSection, payersSection, scenariosSection, tornadoSection, simulationSection]
    .map((s) => s(context))
    .join("\n");
  const header =
    `<header><h1>${escapeHtml(p.name)}</h1><p>${escapeHtml(t.title)} · ${escapeHtml(t.years(p.firstYear, p.lastYear))}</p>` +
    `<p>${escapeHtml(t.generated(data.modelName, data.scenario))}</p></header>`;
  return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`${t.title}: ${p.name}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${header}
${body}
</body>
</html>
`;
}
