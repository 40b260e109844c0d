import { messages, type LocalText, type Model } from "@costplan/core";
import { TABLES } from "../layout.js";
import type { Locations } from "./locations.js";
import { READ_PROBLEMS, shownCell, type Bilingual, type ReadProblem } from "./messages.js";
import type { Row } from "./records.js";
import type { ReadRow } from "./sheet-readers.js";

/*
 * The Analysis sheet: a model's sensitivity and Monte Carlo set-up, one row per output, input,
 * correlation or setting, so that model -> template -> model keeps it. An assumption in both
 * languages takes the assumptionEn and assumptionVi columns; a one-language text the
 * assumption column.
 */

type Json = Record<string, unknown>;

const KINDS = ["output", "sensitivity", "simulation", "correlation", "setting"] as const;
type Kind = (typeof KINDS)[number];
const KIND_EXPECTED: Bilingual = messages("expect-one-of", { values: ["sensitivity", "simulation", "correlation", "output", "setting"].join(", ") });

/** The settings a row can give, by the name in its path column: where each goes in the set-up. */
const SETTINGS = {
  "sensitivity.steps": ["sensitivity", "steps"],
  "simulation.draws": ["simulation", "draws"],
  "simulation.seed": ["simulation", "seed"],
  "simulation.percentiles": ["simulation", "percentiles"],
  "simulation.lhs": ["simulation", "lhs"],
} as const satisfies Record<string, readonly ["sensitivity" | "simulation", string]>;
type SettingName = keyof typeof SETTINGS;
const SETTING_EXPECTED: Bilingual = messages("expect-one-of", { values: Object.keys(SETTINGS).join(", ") });

const DISTRIBUTION_PARAMETERS = ["min", "mode", "max", "mean", "sd"] as const;

function assumptionCells(text: LocalText | undefined): Row {
  if (text === undefined) return {};
  return typeof text === "string" ? { assumption: text } : { assumptionEn: text.en, assumptionVi: text.vi };
}

/** The rows of the Analysis sheet for a model: outputs, sensitivity inputs, simulation inputs, correlations, then settings. */
export function analysisRows(model: Model): Row[] {
  const setup = model.analysis;
  if (setup === undefined) return [];
  const sensitivity = setup.sensitivity;
  const simulation = setup.simulation;
  const settings = (Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]).flatMap(([name, [part, key]]) => {
    const value = (setup[part] as Json | undefined)?.[key];
    return value === undefined ? [] : [{ kind: "setting", path: name, value }];
  });
  return [
    ...(setup.outputs ?? []).map((path) => ({ kind: "output", path })),
    ...(sensitivity?.inputs ?? []).map((i) => ({
      kind: "sensitivity",
      path: i.path,
      basis: i.basis,
      low: i.low,
      high: i.high,
      ...assumptionCells(i.assumption),
    })),
    ...(simulation?.inputs ?? []).map(({ distribution: { type, ...parameters }, ...i }) => ({
      kind: "simulation",
      path: i.path,
      basis: i.basis,
      distribution: type,
      ...parameters,
      ...assumptionCells(i.assumption),
    })),
    ...(simulation?.correlations ?? []).map((c) => ({ kind: "correlation", path: c.a, with: c.b, rank: c.rank, ...assumptionCells(c.assumption) })),
    ...settings,
  ];
}

/** A row's assumption as the schema takes it; either language alone is kept, so the schema names the one missing. */
function assumptionOf(values: Readonly<Record<string, unknown>>): Json {
  const { assumption, assumptionEn: en, assumptionVi: vi } = values;
  if (en !== undefined || vi !== undefined) return { assumption: { ...(en === undefined ? {} : { en }), ...(vi === undefined ? {} : { vi }) } };
  return assumption === undefined ? {} : { assumption };
}

const picked = (values: Readonly<Record<string, unknown>>, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));

/** Where each cell of a row goes under the row's place in the document. */
function cellPath(kind: Kind, key: string): readonly PropertyKey[] {
  if (key === "assumptionEn") return ["assumption", "en"];
  if (key === "assumptionVi") return ["assumption", "vi"];
  if (kind === "correlation") return [key === "path" ? "a" : key === "with" ? "b" : key];
  if (kind === "simulation" && (key === "distribution" || (DISTRIBUTION_PARAMETERS as readonly string[]).includes(key)))
    return ["distribution", key === "distribution" ? "type" : key];
  return [key];
}

/**
 * The Analysis sheet's rows back as the model's `analysis` section (undefined when the sheet
 * has none), each row and cell located for the model's problems; a row of an unknown kind or
 * setting is a problem naming its cell.
 */
export function assembleAnalysis(rows: readonly ReadRow[], loc: Locations, problems: ReadProblem[]): Json | undefined {
  if (rows.length === 0) return undefined;
  const root = ["analysis"] as const;
  loc.set(root, `${TABLES.analysis.name}!A1`);
  const outputs: unknown[] = [];
  const parts = { sensitivity: { inputs: [] as Json[] } as Json, simulation: { inputs: [] as Json[], correlations: [] as Json[] } as Json };
  const place = (row: ReadRow, kind: Kind, at: readonly PropertyKey[]): void => {
    loc.set([...root, ...at], row.start);
    for (const [key, where] of Object.entries(row.at)) if (key !== "kind") loc.set([...root, ...at, ...cellPath(kind, key)], where);
  };
  for (const row of rows) {
    const { kind, path } = row.values;
    if (!(KINDS as readonly unknown[]).includes(kind)) {
      if (kind !== undefined) problems.push(READ_PROBLEMS.expected(row.at["kind"]!, KIND_EXPECTED, shownCell(kind as string)));
      continue;
    }
    const k = kind as Kind;
    const v = row.values;
    if (k === "output") {
      loc.set([...root, "outputs", outputs.length], row.at["path"]!);
      outputs.push(path);
    } else if (k === "sensitivity") {
      const inputs = parts.sensitivity["inputs"] as Json[];
      place(row, k, ["sensitivity", "inputs", inputs.length]);
      inputs.push({ ...picked(v, ["path", "basis", "low", "high"]), ...assumptionOf(v) });
    } else if (k === "simulation") {
      const inputs = parts.simulation["inputs"] as Json[];
      place(row, k, ["simulation", "inputs", inputs.length]);
      inputs.push({
        ...picked(v, ["path", "basis"]),
        distribution: { ...(v["distribution"] === undefined ? {} : { type: v["distribution"] }), ...picked(v, DISTRIBUTION_PARAMETERS) },
        ...assumptionOf(v),
      });
    } else if (k === "correlation") {
      const correlations = parts.simulation["correlations"] as Json[];
      place(row, k, ["simulation", "correlations", correlations.length]);
      correlations.push({
        ...(path === undefined ? {} : { a: path }),
        ...(v["with"] === undefined ? {} : { b: v["with"] }),
        ...picked(v, ["rank"]),
        ...assumptionOf(v),
      });
    } else {
      const setting = typeof path === "string" && Object.hasOwn(SETTINGS, path) ? SETTINGS[path as SettingName] : undefined;
      if (setting === undefined) {
        if (path !== undefined) problems.push(READ_PROBLEMS.expected(row.at["path"]!, SETTING_EXPECTED, shownCell(path as string)));
        continue;
      }
      loc.set([...root, ...setting], row.at["value"] ?? row.start);
      parts[setting[0]][setting[1]] = v["value"];
    }
  }
  const sensitivity = parts.sensitivity;
  const simulation = parts.simulation;
  if ((simulation["correlations"] as Json[]).length === 0) delete simulation["correlations"];
  // A part with settings but no inputs is kept, so that the schema names its missing inputs.
  const used = (part: Json): boolean => Object.keys(part).length > 1 || (part["inputs"] as Json[]).length > 0;
  return {
    ...(outputs.length > 0 ? { outputs } : {}),
    ...(used(sensitivity) ? { sensitivity } : {}),
    ...(used(simulation) ? { simulation } : {}),
  };
}
