import { HEADER_ROW, TABLES } from "../layout.js";
import { BASES_EXPECTED, parseBases } from "./cell-values.js";
import { fundingOfItems } from "./funding-shares.js";
import { Locations } from "./locations.js";
import { READ_PROBLEMS, shownCell, type ReadProblem } from "./messages.js";
import type { TableKey } from "./records.js";
import { assembleAnalysis } from "./analysis-rows.js";
import type { ReadFields, ReadRow } from "./sheet-readers.js";
import { sheetRef } from "./address.js";
import type { Tabs } from "./tabs.js";

/** What was read from the input sheets, before it becomes a model document. */
export interface ReadSheets {
  readonly programme: ReadFields;
  readonly pricing: ReadFields;
  readonly tables: Readonly<Record<TableKey, readonly ReadRow[]>>;
  /** The name of each input sheet in the workbook read. */
  readonly tabs: Tabs;
}

/** A model document, where each part came from, and what did not fit together. */
export interface Assembled {
  readonly document: Record<string, unknown>;
  readonly locations: Locations;
  readonly problems: readonly ReadProblem[];
}

type Json = Record<string, unknown>;

const COST_ELEMENTS = ["personnel", "direct", "depreciation", "generalAdministrative", "accumulation"] as const;

/**
 * Puts rows back together as a model document: the programme's dotted fields nested,
 * the price index as a record, funding shares under their cost item, cost centres under their facility, services under their
 * list and scenario overrides under their scenario. Rows that name a facility, list or
 * scenario that the sheets do not define are problems naming the cell.
 */
export function assemble(sheets: ReadSheets): Assembled {
  const problems: ReadProblem[] = [];
  const { tables, tabs } = sheets;
  const at = (key: keyof Tabs, cell: string): string => `${sheetRef(tabs[key])}!${cell}`;
  const loc = new Locations(at("Programme", "A1"));

  const programme = fields(sheets.programme, "programme", at("Programme", "A1"), loc);
  const priceIndex = new Map<string, unknown>();
  loc.set(["programme", "priceIndex"], at(TABLES.priceIndex.name, "A1"));
  for (const row of tables.priceIndex) {
    const { year, value } = row.values;
    if (typeof year !== "number" || value === undefined) continue;
    const key = String(year);
    const first = priceIndex.has(key) ? tables.priceIndex.find((r) => r.values["year"] === year) : undefined;
    if (first !== undefined) problems.push(READ_PROBLEMS.repeatedRow(row.at["year"]!, ["noun-index-year", { year: key }], first.start));
    else priceIndex.set(key, value);
    loc.set(["programme", "priceIndex", key], row.at["value"]!);
  }
  if (priceIndex.size > 0) programme["priceIndex"] = Object.fromEntries(priceIndex);

  // These sheets hold one list of the model each, under the same key.
  const list = (key: "fundingSources" | "facilities" | "pools" | "costItems" | "savings"): Json[] => {
    loc.set([key], at(TABLES[key].name, `A${HEADER_ROW + 1}`));
    return tables[key].map((row, i) => {
      located(loc, [key, i], row);
      return { ...row.values };
    });
  };
  const fundingSources = list("fundingSources");
  const facilities = list("facilities");
  const pools = list("pools");
  // Before the cost items' cells are located, so that shares are located at their FundingShares rows.
  const funding = fundingOfItems(tables.costItems, tables.fundingShares, loc, problems, tabs[TABLES.costItems.name]);
  const costItems = list("costItems");
  for (const [i, shares] of funding) costItems[i]!["funding"] = shares;
  const savings = list("savings");

  addCostCentres(tables, facilities, loc, problems, tabs);
  const serviceLists = addServices(tables, loc, problems, tabs);
  const scenarios = addScenarios(tables.scenarios, loc, problems, tabs);
  const pricing = fields(sheets.pricing, "pricing", at("Pricing", "A1"), loc);
  const analysis = assembleAnalysis(tables.analysis, loc, problems);

  const document = {
    programme,
    fundingSources,
    facilities,
    pools,
    costItems,
    savings,
    scenarios,
    pricing,
    serviceLists,
    ...(analysis === undefined ? {} : { analysis }),
  };
  return { document, locations: loc, problems };
}

/** A key/value sheet's fields, nested by their dotted keys (`target.units`). */
/** @param sheet - where the sheet's problems point when no field's cell is known (`Programme!A1`) */
function fields(read: ReadFields, name: string, sheet: string, loc: Locations): Json {
  loc.set([name], sheet);
  const out: Json = {};
  for (const [key, where] of Object.entries(read.at)) {
    const parts = key.split(".");
    parts.forEach((_, n) => {
      loc.set([name, ...parts.slice(0, n + 1)], where);
    });
    const value = read.values[key];
    if (value === undefined) continue;
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Json;
    node[parts.at(-1)!] = value;
  }
  return out;
}

/** Records a row and each of its cells under a path. */
function located(loc: Locations, base: readonly PropertyKey[], row: ReadRow, rename: (key: string) => readonly PropertyKey[] = (key) => [key]): void {
  loc.set(base, row.start);
  for (const [key, where] of Object.entries(row.at)) loc.set([...base, ...rename(key)], where);
}

function without(values: Readonly<Record<string, unknown>>, ...keys: readonly string[]): Json {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !keys.includes(key)));
}

/** CentreSettings, CostCentres and Usage rows become each facility's `costCentres`. */
function addCostCentres(tables: ReadSheets["tables"], facilities: Json[], loc: Locations, problems: ReadProblem[], tabs: Tabs): void {
  const facilityIndex = new Map<string, number>();
  facilities.forEach((f, i) => {
    if (typeof f["id"] === "string" && !facilityIndex.has(f["id"])) facilityIndex.set(f["id"], i);
  });
  interface Settings {
    readonly row: ReadRow;
    readonly at: readonly PropertyKey[];
    readonly centres: Json[];
    readonly usage: Map<string, Map<string, unknown>>;
    readonly json: Json;
  }
  const settings = new Map<string, Settings>();
  for (const row of tables.centreSettings) {
    const id = row.values["facility"];
    if (typeof id !== "string") continue;
    const index = facilityIndex.get(id);
    const first = settings.get(id);
    if (index === undefined) {
      problems.push(READ_PROBLEMS.unknownOwner(row.at["facility"]!, ["noun-facility"], id, tabs[TABLES.facilities.name]));
      continue;
    }
    if (first !== undefined) {
      problems.push(READ_PROBLEMS.repeatedRow(row.at["facility"]!, ["noun-settings-of", { facility: id }], first.row.start));
      continue;
    }
    const at = ["facilities", index, "costCentres"];
    located(loc, at, row);
    loc.set([...at, "centres"], row.start);
    loc.set([...at, "usage"], row.start);
    const json = without(row.values, "facility");
    if (typeof json["bases"] === "string") {
      const bases = parseBases(json["bases"]);
      if (bases === undefined) problems.push(READ_PROBLEMS.expected(row.at["bases"]!, BASES_EXPECTED, shownCell(json["bases"])));
      else json["bases"] = bases;
    }
    settings.set(id, { row, at, centres: [], usage: new Map(), json });
  }
  const owner = (row: ReadRow): Settings | undefined => {
    const id = row.values["facility"];
    if (typeof id !== "string") return undefined;
    const found = settings.get(id);
    if (found === undefined) {
      problems.push(READ_PROBLEMS.unknownOwner(row.at["facility"]!, ["noun-centre-settings-of-facility"], id, tabs[TABLES.centreSettings.name]));
    }
    return found;
  };
  for (const row of tables.centres) {
    const s = owner(row);
    if (s === undefined) continue;
    located(loc, [...s.at, "centres", s.centres.length], row);
    s.centres.push(without(row.values, "facility"));
  }
  for (const row of tables.usage) {
    const s = owner(row);
    const { support, receiver, value } = row.values;
    if (s === undefined || typeof support !== "string" || typeof receiver !== "string" || value === undefined) continue;
    const uses = s.usage.get(support) ?? new Map<string, unknown>();
    s.usage.set(support, uses);
    if (uses.has(receiver)) {
      const first = tables.usage.find(
        (r) => r.values["facility"] === row.values["facility"] && r.values["support"] === support && r.values["receiver"] === receiver,
      )!;
      problems.push(READ_PROBLEMS.repeatedRow(row.start, ["noun-usage-by", { support, receiver }], first.start));
      continue;
    }
    uses.set(receiver, value);
    loc.set([...s.at, "usage", support], row.start);
    loc.set([...s.at, "usage", support, receiver], row.at["value"]!);
  }
  for (const s of settings.values()) {
    const usage = Object.fromEntries([...s.usage].map(([support, uses]) => [support, Object.fromEntries(uses)]));
    facilities[s.at[1] as number]!["costCentres"] = { ...s.json, centres: s.centres, usage };
  }
}

/** ServiceLists and Services rows become price lists with their services. */
function addServices(tables: ReadSheets["tables"], loc: Locations, problems: ReadProblem[], tabs: Tabs): Json[] {
  loc.set(["serviceLists"], `${sheetRef(tabs[TABLES.serviceLists.name])}!A${HEADER_ROW + 1}`);
  const lists = new Map<string, { readonly index: number; readonly row: ReadRow; readonly services: Json[] }>();
  const out: Json[] = [];
  tables.serviceLists.forEach((row) => {
    const id = row.values["id"];
    const first = typeof id === "string" ? lists.get(id) : undefined;
    if (first !== undefined) {
      problems.push(READ_PROBLEMS.repeatedRow(row.at["id"]!, ["noun-price-list-named", { list: String(id) }], first.row.start));
      return;
    }
    const index = out.length;
    located(loc, ["serviceLists", index], row);
    loc.set(["serviceLists", index, "services"], row.start);
    const services: Json[] = [];
    if (typeof id === "string") lists.set(id, { index, row, services });
    out.push({ ...row.values, services });
  });
  for (const row of tables.services) {
    const id = row.values["list"];
    if (typeof id !== "string") continue;
    const list = lists.get(id);
    if (list === undefined) {
      problems.push(READ_PROBLEMS.unknownOwner(row.at["list"]!, ["noun-price-list"], id, tabs[TABLES.serviceLists.name]));
      continue;
    }
    const at = ["serviceLists", list.index, "services", list.services.length];
    located(loc, at, row, (key) => ((COST_ELEMENTS as readonly string[]).includes(key) ? ["costElements", key] : [key]));
    const service = without(row.values, "list", ...COST_ELEMENTS);
    const elements = COST_ELEMENTS.filter((key) => row.values[key] !== undefined);
    if (elements.length > 0) service["costElements"] = Object.fromEntries(elements.map((key) => [key, row.values[key]]));
    list.services.push(service);
  }
  return out;
}

/** Scenario rows, one override each, grouped by scenario name in order of first appearance. */
function addScenarios(rows: readonly ReadRow[], loc: Locations, problems: ReadProblem[], tabs: Tabs): Json[] {
  loc.set(["scenarios"], `${sheetRef(tabs[TABLES.scenarios.name])}!A${HEADER_ROW + 1}`);
  interface Scenario {
    readonly index: number;
    description?: { readonly text: unknown; readonly where: string };
    /** The two languages' descriptions and the reason, from the scenario's first row that gives them. */
    readonly more: Map<"descriptionEn" | "descriptionVi" | "reason", unknown>;
    readonly overrides: Map<string, { readonly value: unknown; readonly where: string }>;
  }
  const scenarios = new Map<string, Scenario>();
  for (const row of rows) {
    const { name, description, path } = row.values;
    if (typeof name !== "string") continue;
    let scenario = scenarios.get(name);
    if (scenario === undefined) {
      scenario = { index: scenarios.size, more: new Map(), overrides: new Map() };
      scenarios.set(name, scenario);
      located(loc, ["scenarios", scenario.index], row, (key) =>
        key === "path" || key === "value" ? [] : key === "descriptionEn" ? ["descriptions", "en"] : key === "descriptionVi" ? ["descriptions", "vi"] : [key],
      );
      loc.set(["scenarios", scenario.index, "overrides"], row.at["path"] ?? row.start);
    }
    if (description !== undefined) {
      if (scenario.description === undefined) scenario.description = { text: description, where: row.at["description"]! };
      else if (scenario.description.text !== description)
        problems.push(READ_PROBLEMS.twoDescriptions(row.at["description"]!, name, scenario.description.where));
    }
    for (const key of ["descriptionEn", "descriptionVi", "reason"] as const) {
      if (row.values[key] !== undefined && !scenario.more.has(key)) scenario.more.set(key, row.values[key]);
    }
    // Without both a path and a value there is no override (an empty cell is already a problem).
    if (typeof path !== "string" || !("value" in row.values)) continue;
    const first = scenario.overrides.get(path);
    if (first !== undefined) {
      problems.push(READ_PROBLEMS.repeatedRow(row.at["path"]!, ["noun-override-of", { path, scenario: name }], first.where));
      continue;
    }
    scenario.overrides.set(path, { value: row.values["value"], where: row.at["path"]! });
    loc.set(["scenarios", scenario.index, "overrides", path], row.at["value"]!);
  }
  return [...scenarios].map(([name, s]) => ({
    name,
    ...(s.description === undefined ? {} : { description: s.description.text }),
    // Either language alone is kept as written, so the schema names the one that is missing.
    ...(s.more.has("descriptionEn") || s.more.has("descriptionVi")
      ? {
          descriptions: {
            ...(s.more.has("descriptionEn") ? { en: s.more.get("descriptionEn") } : {}),
            ...(s.more.has("descriptionVi") ? { vi: s.more.get("descriptionVi") } : {}),
          },
        }
      : {}),
    ...(s.more.has("reason") ? { reason: s.more.get("reason") } : {}),
    overrides: Object.fromEntries([...s.overrides].map(([path, o]) => [path, o.value])),
  }));
}
