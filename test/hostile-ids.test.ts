// Ids are data: a model whose ids are the names of Object.prototype's properties must lose no
// đồng and invent none, in JSON and through the workbook template round trip.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";
import { HOSTILE_NAMES, hostileModel } from "./support/hostile-model.js";

type Json = Record<string, unknown>;
type Series = { total: number; byYear: Record<string, number> };

const dir = mkdtempSync(join(tmpdir(), "costplan-hostile-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sum = (values: Iterable<number>): number => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};
const own = (o: unknown): [string, unknown][] => Object.entries(o as Json);

function writeModel(name: string, model: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(model, null, 1));
  return path;
}

async function runJson(...argv: string[]): Promise<Json> {
  const r = await runCli("run", ...argv, "--json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

// Every series anywhere in the result: its total is the sum of its years.
function expectSeriesReconcile(node: unknown, path: string): void {
  if (node === null || typeof node !== "object") return;
  const o = node as Json;
  if (typeof o["total"] === "number" && o["byYear"] !== null && typeof o["byYear"] === "object") {
    const years = Object.values(o["byYear"] as Json);
    const amounts = years.filter((v): v is number => typeof v === "number");
    if (amounts.length === years.length) expect(sum(amounts), `${path}.total`).toBe(o["total"]);
  }
  for (const [k, v] of own(o)) expectSeriesReconcile(v, `${path}.${k}`);
}

function expectReconciled(result: Json, model: Json): void {
  expectSeriesReconcile(result, "$");
  const units = [...(model["facilities"] as Json[]), ...(model["pools"] as Json[])].map((u) => u["id"]);
  const summary = result["summary"] as {
    totalCost: number;
    byOwnership: { public: number; private: number };
  };
  expect(summary.byOwnership.public + summary.byOwnership.private).toBe(summary.totalCost);
  const budget = result["budget"] as Record<"cash" | "accrual", { nominal: Record<string, Json> }>;
  for (const view of ["cash", "accrual"] as const) {
    const nominal = budget[view].nominal;
    const total = (nominal["total"] as unknown as Series).total;
    if (view === "cash") expect(total).toBe(summary.totalCost);
    for (const dimension of ["byFacility", "byKind", "byOwnership", "byCategory", "byFundingSource", "byFundingKind"]) {
      expect(sum(Object.values(nominal[dimension] as Record<string, Series>).map((s) => s.total)), `${view}.${dimension}`).toBe(total);
    }
    // Every facility and pool carries a cost here, and every funding source pays part of it.
    expect(Object.keys(nominal["byFacility"]!).sort()).toEqual([...units].sort());
    expect(Object.keys(nominal["byFundingSource"]!).sort()).toEqual((model["fundingSources"] as Json[]).map((s) => s["id"]).sort());
  }
  const items = result["items"] as {
    id: string;
    cash: Record<string, number>;
  }[];
  expect(items.map((i) => i.id).sort()).toEqual((model["costItems"] as Json[]).map((i) => i["id"]).sort());
  expect(sum(items.map((i) => sum(Object.values(i.cash))))).toBe(summary.totalCost);
  const accrualByFacility = budget.accrual.nominal["byFacility"] as Record<string, Series>;
  for (const a of result["allocation"] as {
    facility: string;
    centres: { id: string; kind: string }[];
    byYear: Record<string, { emr: Record<string, number>; emrSupport: Record<string, number> }>;
  }[]) {
    const operating = a.centres.filter((c) => c.kind === "operating").map((c) => c.id);
    const support = a.centres.filter((c) => c.kind === "support").map((c) => c.id);
    for (const [year, y] of Object.entries(a.byYear)) {
      expect(Object.keys(y.emr).sort()).toEqual([...operating].sort());
      expect(Object.keys(y.emrSupport).sort()).toEqual([...support].sort());
      expect(sum(Object.values(y.emr)), `allocation ${a.facility} ${year}`).toBe(accrualByFacility[a.facility]!.byYear[year]);
    }
  }
  const payers = result["payers"] as {
    byYear: Record<string, Record<string, number>>;
    byFacility: Record<string, { byYear: Record<string, Record<string, number>> }>;
  };
  for (const [year, y] of Object.entries(payers.byYear)) {
    expect(y["fund"]! + y["patients"]!, `payers ${year}`).toBe(y["increase"]);
    expect(y["recovered"]! + y["unrecoveredByCap"]!).toBe(y["recoverable"]! + y["roundingDifference"]! + y["unassigned"]!);
    for (const field of ["fund", "patients", "recoverable", "recovered"]) {
      expect(sum(Object.values(payers.byFacility).map((f) => f.byYear[year]?.[field] ?? 0)), `payers ${year} ${field} by facility`).toBe(y[field]);
    }
  }
  const prices = result["prices"] as { facility: string; code: string }[];
  const lists = model["serviceLists"] as { services: unknown[] }[];
  expect(prices.length).toBe(sum(lists.map((l) => l.services.length)));
}

describe("ids named after Object.prototype's properties", () => {
  for (const rotation of HOSTILE_NAMES.keys()) {
    const model = hostileModel(rotation);
    it(`are plain data in every id role (rotation ${rotation}): validate accepts, run reconciles to the đồng`, async () => {
      const path = writeModel(`model-${rotation}.json`, model);
      const validated = await runCli("validate", path);
      expect(validated.code).toBe(0);
      const result = await runJson(path);
      expectReconciled(result, model);
      // The text report (its detail tables too) and the results workbook read the same maps.
      const text = await runCli("run", path, "--lang", "en", "--detail");
      expect(text.stderr).toBe("");
      expect(text.code).toBe(0);
      expect(text.stdout).toContain("Private hospital");
      const workbook = join(dir, `results-${rotation}.xlsx`);
      const results = await runCli("run", path, "--xlsx", workbook, "--quiet");
      expect(results.stderr).toBe(`wrote ${workbook}`);
      expect(results.code).toBe(0);
      for (const scenario of model["scenarios"] as { name: string }[]) {
        const s = await runJson(path, "--scenario", scenario.name);
        expect(s["scenario"]).toBe(scenario.name);
        expectReconciled(s, model);
      }
    }, 60_000);

    it(`survive the workbook template round trip (rotation ${rotation}) with the same figures`, async () => {
      const path = writeModel(`round-${rotation}.json`, model);
      const xlsx = join(dir, `round-${rotation}.xlsx`);
      const written = await runCli("template", xlsx, path);
      expect(written.code).toBe(0);
      expect((await runCli("validate", xlsx)).code).toBe(0);
      const fromJson = await runJson(path);
      const fromWorkbook = await runJson(xlsx);
      expectReconciled(fromWorkbook, model);
      const { model: _a, ...jsonFigures } = fromJson;
      const { model: _b, ...workbookFigures } = fromWorkbook;
      expect(workbookFigures).toEqual(jsonFigures);
    }, 60_000);
  }
});

// `__proto__` is the one name a plain object cannot hold as data. A model id must start with a
// letter or digit, so there it is refused by name and place; an allocation problem's centres
// may be any text, so there it must work like any other name.
describe("the name __proto__", () => {
  const PROTO = "__proto__";
  const base = hostileModel(0);
  const withRaw = (name: string, edit: (text: string) => string): string => writeModel(name, JSON.parse(edit(JSON.stringify(base))));

  async function refused(path: string): Promise<string[]> {
    const r = await runCli("validate", path);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r.stderr.split("\n").map((line) => line.slice(line.indexOf(": $") + 2));
  }

  it("is refused as any model id, naming the field", async () => {
    for (const [role, edit] of [
      ["facility", (m: Json) => ((m["facilities"] as Json[])[1]!["id"] = PROTO)],
      ["funding source", (m: Json) => ((m["fundingSources"] as Json[])[1]!["id"] = PROTO)],
      ["pool", (m: Json) => ((m["pools"] as Json[])[0]!["id"] = PROTO)],
      ["cost item", (m: Json) => ((m["costItems"] as Json[])[4]!["id"] = PROTO)],
      ["scenario", (m: Json) => ((m["scenarios"] as Json[])[1]!["name"] = PROTO)],
      ["service list", (m: Json) => ((m["serviceLists"] as Json[])[1]!["id"] = PROTO)],
      ["service", (m: Json) => (((m["serviceLists"] as Json[])[1]!["services"] as Json[])[4]!["code"] = PROTO)],
    ] as const) {
      const model = structuredClone(base);
      edit(model);
      const lines = await refused(writeModel(`proto-${role}.json`, model));
      expect(lines.join("\n"), role).toContain(`got "${PROTO}"`);
    }
  });

  it("is refused, not silently dropped, as a usage row, a usage entry, a base or an override key", async () => {
    const row = withRaw("proto-row.json", (t) => t.replace('"usage":{', `"usage":{"${PROTO}":{"toString":5},`));
    expect(await refused(row)).toEqual([
      `$.facilities[0].costCentres.usage.${PROTO}: the name "${PROTO}" cannot be used: JavaScript reserves it and its value would be lost; use an ` +
        `id that starts with a letter or digit`,
    ]);
    const entry = withRaw("proto-entry.json", (t) => t.replace('"usage":{"constructor":{', `"usage":{"constructor":{"${PROTO}":4,`));
    expect((await refused(entry))[0]).toMatch(/^\$\.facilities\[0\]\.costCentres\.usage\.constructor\.__proto__: /);
    const basis = withRaw("proto-base.json", (t) => t.replace('"bases":{', `"bases":{"${PROTO}":"rooms",`));
    expect((await refused(basis))[0]).toMatch(/^\$\.facilities\[0\]\.costCentres\.bases\.__proto__: /);
    const override = withRaw("proto-override.json", (t) => t.replace('"overrides":{', `"overrides":{"${PROTO}":{"beds":1},`));
    expect((await refused(override))[0]).toMatch(/^\$\.scenarios\[0\]\.overrides\.__proto__: /);
  });

  it("is refused in a YAML model too, at its line and path", async () => {
    const path = join(dir, "proto.yaml");
    writeFileSync(path, "programme:\n  __proto__:\n    name: x\n");
    const r = await runCli("validate", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:3:5: $.programme.__proto__: the name "__proto__" cannot be used`);
  });

  it("is an allocation centre like any other: its cost reaches the operating centres to the đồng", async () => {
    for (const method of ["direct", "step-down", "reciprocal"]) {
      const problem = {
        method,
        currency: "VND",
        centres: [
          { id: PROTO, kind: "support", cost: 20_001 },
          { id: "constructor", kind: "support", cost: 3_333 },
          { id: "toString", kind: "operating", cost: 40_000 },
          { id: "hasOwnProperty", kind: "operating", cost: 7 },
          { id: "prototype", kind: "operating", cost: 0 },
        ],
        usage: JSON.parse(`{"${PROTO}":{"toString":4,"hasOwnProperty":2,"constructor":1},"constructor":{"${PROTO}":1,"toString":1,"prototype":3}}`) as unknown,
      };
      const path = writeModel(`proto-allocation-${method}.json`, problem);
      const r = await runCli("allocate", path, "--json");
      expect(r.stderr, method).toBe("");
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout) as {
        final: Record<string, number>;
        support: Record<string, number>;
        flows: { from: string; to: string; amount: number }[];
        total: number;
      };
      expect(Object.keys(result.final).sort()).toEqual(["hasOwnProperty", "prototype", "toString"]);
      expect(Object.keys(result.support).sort()).toEqual([PROTO, "constructor"].sort());
      expect(result.total).toBe(63_341);
      expect(sum(Object.values(result.final))).toBe(result.total);
      expect(result.flows.some((f) => f.from === PROTO)).toBe(true);
    }
  });

  it("is refused as a time-driven resource or minutes key, and constructor is a resource like any other", async () => {
    const problem = {
      method: "time-driven",
      currency: "VND",
      resources: [
        { id: "constructor", cost: 1_000_003, capacityMinutes: 10_000 },
        { id: "toString", cost: 500_001, capacityMinutes: 7_000 },
      ],
      // Parsed, as a file is: an object literal's type would read `constructor` as inherited.
      services: JSON.parse(
        '[{"id":"valueOf","volume":100,"minutes":{"toString":3}},{"id":"hasOwnProperty","volume":50,"minutes":{"constructor":2,"toString":1}}]',
      ) as unknown,
    };
    const ok = await runCli("allocate", writeModel("td.json", problem), "--json");
    expect(ok.stderr).toBe("");
    const result = JSON.parse(ok.stdout) as {
      resources: Record<string, { charged: number; unused: number; cost: number }>;
      services: Record<string, { total: number }>;
      total: number;
    };
    expect(Object.keys(result.services).sort()).toEqual(["hasOwnProperty", "valueOf"]);
    expect(sum(Object.values(result.services).map((s) => s.total)) + sum(Object.values(result.resources).map((r) => r.unused))).toBe(result.total);
    const bad = JSON.parse(JSON.stringify(problem).replace('"minutes":{"toString":3}', `"minutes":{"toString":3,"${PROTO}":9}`)) as unknown;
    const refusedTd = await runCli("allocate", writeModel("td-proto.json", bad), "--json");
    expect(refusedTd.code).toBe(1);
    expect(refusedTd.stderr).toContain(`$.services[0].minutes.${PROTO}: the name "${PROTO}" cannot be used`);
  });
});
