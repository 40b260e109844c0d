import type { CurrencyCode, Model, RunResult, SensitivityResult, TornadoEntry, LocalText } from "@costplan/core";
import { textIn } from "@costplan/core";
import type { OutputSummary, RankCorrelation } from "@costplan/core/analysis";
import type { ScenarioRow } from "./scenario-rows.js";

/**
 * Where a figure comes from in `costplan run --json` (or a scenario's run): the keys from the
 * result's root. Every figure the page shows carries its path, so a test can check each one
 * against the JSON result.
 */
export type FigurePath = readonly (string | number)[];

/** One figure with its place in the result. */
export interface Figure {
  readonly path: FigurePath;
  readonly value: number;
}

/** A summary line: a headline figure and whether the source gives it or it rests on assumptions. */
export interface SummaryLine extends Figure {
  readonly key:
    | "totalCost"
    | "public"
    | "private"
    | "accrualTotal"
    | "presentValue"
    | "equivalentAnnualCost"
    | "bookValueAtEnd"
    | "savingsTotal"
    | "units"
    | "target"
    | "attainment";
  readonly unit: "money" | "count" | "ratio";
  readonly basis: "source" | "assumption";
}

/** A series of one group (a category, a kind, a funding source) by year. */
export interface GroupSeries {
  readonly key: string;
  readonly byYear: readonly Figure[];
  readonly total: Figure;
  readonly assumption: boolean;
}

/** One class's row of a key service: the price before and after. */
export interface PriceRow {
  readonly label: string;
  readonly facilities: number;
  readonly current: Figure;
  readonly proposed: Figure;
  readonly emrComponent: { readonly path: FigurePath; readonly value: string };
  readonly increasePct: { readonly path: FigurePath; readonly value: string };
  readonly fund: Figure;
  readonly patients: Figure;
  readonly capped: boolean;
  readonly assumption: boolean;
}

/** A key service (the largest by current revenue in its category) in every class that prices it. */
export interface KeyService {
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly rows: readonly PriceRow[];
}

/** The payers of one year. */
export interface PayerYear {
  readonly year: string;
  readonly recoverable: Figure;
  readonly recovered: Figure;
  readonly fund: Figure;
  readonly patients: Figure;
}

/** The tornado of one output. */
export interface TornadoData {
  readonly output: string;
  readonly base: number;
  readonly bars: readonly (TornadoEntry & {
    readonly assumption: LocalText | undefined;
  })[];
}

/** One bar of a histogram: draws with a value in [from, to) (the last bar includes `to`). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** The Monte Carlo distribution of one output. */
export interface SimulationData {
  readonly draws: number;
  readonly seed: number;
  readonly correlations: readonly RankCorrelation[];
  readonly summary: OutputSummary;
  readonly bins: readonly HistogramBin[];
}

/** Everything the page shows, as figures with their paths; no text in any language. */
export interface ReportData {
  readonly programme: {
    readonly name: string;
    readonly firstYear: number;
    readonly lastYear: number;
    readonly baseYear: number;
    readonly discountRate: number;
  };
  readonly modelName: string;
  readonly scenario: string | null;
  readonly currency: CurrencyCode;
  readonly years: readonly string[];
  readonly summary: readonly SummaryLine[];
  /** The model's assumptions on top-level entries (programme, funding sources, facilities...), one per reason with the entries it covers. */
  readonly assumptions: readonly {
    readonly labels: readonly string[];
    /** As the model writes it, in one language or both: the page picks its language's text. */
    readonly reason: LocalText;
  }[];
  readonly assumptionCount: number;
  readonly budgetTotal: readonly Figure[];
  readonly budgetGrandTotal: Figure;
  readonly byCategory: readonly GroupSeries[];
  readonly byKind: readonly GroupSeries[];
  readonly byFunding: readonly (GroupSeries & {
    readonly name: string;
    readonly kind: string;
  })[];
  readonly priceYear: number;
  readonly keyServices: readonly KeyService[];
  readonly payers: readonly PayerYear[];
  readonly scenarios: readonly ScenarioRow[];
  readonly invalidScenarios: readonly string[];
  readonly tornado: TornadoData | undefined;
  readonly simulation: SimulationData | undefined;
}

/** What {@link reportData} reads besides the run. */
export interface ReportInputs {
  readonly modelName: string;
  readonly scenario: string | null;
  readonly scenarios: {
    readonly rows: readonly ScenarioRow[];
    readonly invalid: readonly string[];
  };
  readonly sensitivity?: SensitivityResult | undefined;
  readonly simulation?:
    | {
        readonly draws: number;
        readonly seed: number;
        readonly correlations?: readonly RankCorrelation[];
        readonly summary: OutputSummary;
        readonly values: readonly number[];
      }
    | undefined;
}

/** A summary figure: its place in `result.summary` (dotted, as the provenance map keys it) and its unit. */
const summaryLine = (
  key: SummaryLine["key"],
  provenance: string,
  unit: SummaryLine["unit"],
): { key: SummaryLine["key"]; provenance: string; path: FigurePath; unit: SummaryLine["unit"] } => ({
  key,
  provenance,
  path: ["summary", ...provenance.split(".")],
  unit,
});

const SUMMARY = [
  summaryLine("totalCost", "totalCost", "money"),
  summaryLine("public", "byOwnership.public", "money"),
  summaryLine("private", "byOwnership.private", "money"),
  summaryLine("accrualTotal", "accrualTotal", "money"),
  summaryLine("presentValue", "presentValue", "money"),
  summaryLine("equivalentAnnualCost", "equivalentAnnualCost", "money"),
  summaryLine("bookValueAtEnd", "bookValueAtEnd", "money"),
  summaryLine("savingsTotal", "savingsTotal", "money"),
  summaryLine("units", "units", "count"),
  summaryLine("target", "target", "count"),
  summaryLine("attainment", "attainment", "ratio"),
];

/** The value at a path of the result (the paths above are the result's own keys). */
function at(result: RunResult, path: FigurePath): unknown {
  let node: unknown = result;
  for (const key of path) node = node === undefined || node === null ? undefined : (node as Record<string | number, unknown>)[key];
  return node;
}

function series(
  base: FigurePath,
  key: string,
  s: {
    byYear: Readonly<Record<string, number>>;
    total: number;
    assumption?: boolean;
  },
  years: readonly string[],
): GroupSeries {
  return {
    key,
    byYear: years.map((y) => ({
      path: [...base, key, "byYear", y],
      value: s.byYear[y] ?? 0,
    })),
    total: { path: [...base, key, "total"], value: s.total },
    assumption: s.assumption === true,
  };
}

/** The key services: in each category, the service with the largest current revenue (price x volume) over its classes. */
function keyServices(result: RunResult): KeyService[] {
  const revenue = new Map<string, { code: string; name: string; category: string; revenue: number }>();
  for (const row of result.priceTable) {
    const seen = revenue.get(row.code) ?? {
      code: row.code,
      name: row.name,
      category: row.category,
      revenue: 0,
    };
    revenue.set(row.code, {
      ...seen,
      revenue: seen.revenue + row.currentPrice.mean * row.volume,
    });
  }
  const best = new Map<string, { code: string; name: string; category: string; revenue: number }>();
  for (const s of revenue.values()) {
    const held = best.get(s.category);
    if (held === undefined || s.revenue > held.revenue) best.set(s.category, s);
  }
  return [...best.values()].map((s) => ({
    code: s.code,
    name: s.name,
    category: s.category,
    rows: result.priceTable.flatMap((row, i) =>
      row.code !== s.code
        ? []
        : [
            {
              label: row.label,
              facilities: row.facilities,
              current: {
                path: ["priceTable", i, "currentPrice", "mean"],
                value: row.currentPrice.mean,
              },
              proposed: {
                path: ["priceTable", i, "proposedPrice", "mean"],
                value: row.proposedPrice.mean,
              },
              emrComponent: {
                path: ["priceTable", i, "emrComponent", "mean"],
                value: row.emrComponent.mean,
              },
              increasePct: {
                path: ["priceTable", i, "increasePct"],
                value: row.increasePct,
              },
              fund: { path: ["priceTable", i, "fund"], value: row.fund },
              patients: {
                path: ["priceTable", i, "patients"],
                value: row.patients,
              },
              capped: row.capped,
              assumption: row.assumption,
            },
          ],
    ),
  }));
}

/** Notes grouped by their reason, in the order reasons first appear: 56 facilities with one reason are one line. */
function byReason(notes: readonly { readonly label: string; readonly reason: LocalText }[]): { labels: string[]; reason: LocalText }[] {
  // Keyed by the text in both languages: two facilities' reasons are equal texts, not one object.
  const groups = new Map<string, { labels: string[]; reason: LocalText }>();
  for (const note of notes) {
    const key = JSON.stringify([textIn(note.reason, "en"), textIn(note.reason, "vi")]);
    const group = groups.get(key) ?? { labels: [], reason: note.reason };
    group.labels.push(note.label);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Equal-width bins over the draws' range (Sturges' rule for their number, at most 40); every
 * draw falls in one bin, so the counts add up to the draws.
 */
export function histogram(values: readonly number[]): HistogramBin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ from: min, to: max, count: values.length }];
  const n = Math.min(40, Math.ceil(Math.log2(values.length)) + 1);
  const width = (max - min) / n;
  const counts = new Array<number>(n).fill(0);
  for (const v of values) counts[Math.min(n - 1, Math.floor((v - min) / width))]! += 1;
  return counts.map((count, b) => ({
    from: min + b * width,
    to: b === n - 1 ? max : min + (b + 1) * width,
    count,
  }));
}

/**
 * Assembles every figure of the report from one run (and, when given, the scenarios, the
 * tornado and the Monte Carlo draws). A pure function: same inputs, same data.
 */
export function reportData(model: Model, result: RunResult, inputs: ReportInputs): ReportData {
  const years = result.years.map(String);
  const cash = result.budget.cash.nominal;
  const summary = SUMMARY.flatMap((line): SummaryLine[] => {
    const value = at(result, line.path);
    if (typeof value !== "number") return [];
    return [
      {
        key: line.key,
        path: line.path,
        value,
        unit: line.unit,
        basis: result.summary.provenance[line.provenance] === "source" ? "source" : "assumption",
      },
    ];
  });
  const base: FigurePath = ["budget", "cash", "nominal"];
  const sources = new Map(model.fundingSources.map((f) => [f.id, f]));
  // Programme-level notes are those on a top-level entry ($.programme, $.pricing, $.fundingSources[0]).
  const topLevel = result.assumptions.filter((a) => /^\$\.[A-Za-z]+(\[\d+\])?$/.test(a.path));
  const sim = inputs.simulation;
  const sens = inputs.sensitivity;
  return {
    programme: {
      name: result.programme.name,
      firstYear: result.programme.firstYear,
      lastYear: result.programme.lastYear,
      baseYear: result.programme.baseYear,
      discountRate: result.programme.discountRate,
    },
    modelName: inputs.modelName,
    scenario: inputs.scenario,
    currency: result.currency,
    years,
    summary,
    assumptions: byReason(topLevel),
    assumptionCount: result.assumptions.length,
    budgetTotal: years.map((y) => ({
      path: [...base, "total", "byYear", y],
      value: cash.total.byYear[y] ?? 0,
    })),
    budgetGrandTotal: {
      path: [...base, "total", "total"],
      value: cash.total.total,
    },
    byCategory: Object.entries(cash.byCategory).map(([k, s]) => series([...base, "byCategory"], k, s, years)),
    byKind: Object.entries(cash.byKind).map(([k, s]) => series([...base, "byKind"], k, s, years)),
    byFunding: Object.entries(cash.byFundingSource).map(([k, s]) => ({
      ...series([...base, "byFundingSource"], k, s, years),
      name: sources.get(k)?.name ?? k,
      kind: sources.get(k)?.kind ?? "",
    })),
    priceYear: result.pricing.priceYear,
    keyServices: keyServices(result),
    payers: Object.entries(result.payers.byYear).map(([year, p]) => ({
      year,
      recoverable: {
        path: ["payers", "byYear", year, "recoverable"],
        value: p.recoverable,
      },
      recovered: {
        path: ["payers", "byYear", year, "recovered"],
        value: p.recovered,
      },
      fund: { path: ["payers", "byYear", year, "fund"], value: p.fund },
      patients: {
        path: ["payers", "byYear", year, "patients"],
        value: p.patients,
      },
    })),
    scenarios: inputs.scenarios.rows,
    invalidScenarios: inputs.scenarios.invalid,
    tornado:
      sens === undefined || sens.outputs.length === 0
        ? undefined
        : {
            output: sens.outputs[0]!,
            base: sens.base[0]!,
            bars: sens.tornado[0]!.map((bar) => ({
              ...bar,
              assumption: sens.inputs.find((i) => i.path === bar.input)?.assumption,
            })),
          },
    simulation:
      sim === undefined
        ? undefined
        : {
            draws: sim.draws,
            seed: sim.seed,
            correlations: sim.correlations ?? [],
            summary: sim.summary,
            bins: histogram(sim.values),
          },
  };
}
