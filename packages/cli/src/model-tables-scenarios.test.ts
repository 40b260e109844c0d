import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModels } from "./model-source.js";
import { runCli } from "./testing/run-cli.js";

/*
 * Scenario overrides of services kept in table files: the same model generated with its services
 * inline (JSON), in CSV and in Parquet, each given the same scenarios, must read and run the same.
 */

const dir = mkdtempSync(join(tmpdir(), "costplan-table-scenarios-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FORMATS = ["json", "csv", "parquet"] as const;
const SCENARIOS = [
  { name: "vol", description: "More visits", overrides: { "serviceLists[0].services[0].volume": 5000, "serviceLists[1].services[2].currentPrice": 99000 } },
  { name: "rate", description: "Another part only", overrides: { "programme.discountRate": 0.05 } },
];

const modelOf = (format: string): string => join(dir, format, "model.json");

/** Gives each generated model the scenarios (plus any more), rewriting its model file. */
function withScenarios(format: string, more: readonly unknown[] = []): string {
  const file = modelOf(format);
  const doc = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> & { scenarios: unknown[] };
  doc.scenarios = [...SCENARIOS, ...more];
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

beforeAll(async () => {
  for (const format of FORMATS) {
    const args = ["--facilities", "2", "--centres", "6", "--services", "12", "--years", "3", "--seed", "9"];
    const r = await runCli("generate", "--size", "small", ...args, "--format", format, "--out", join(dir, format), "--lang", "en");
    expect(r.code).toBe(0);
    withScenarios(format);
  }
}, 60_000);

/** The run's JSON without the model file's name. */
async function figures(file: string, scenario: string): Promise<unknown> {
  const { code, stdout, stderr } = await runCli("run", file, "--json", "--scenario", scenario);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  const out = JSON.parse(stdout) as Record<string, unknown>;
  delete out["model"];
  return out;
}

describe("scenario overrides of services kept in table files", () => {
  it("give the figures of the same overrides of services written in the model file, from CSV and from Parquet", async () => {
    const json = await figures(modelOf("json"), "vol");
    expect(await figures(modelOf("csv"), "vol")).toEqual(json);
    expect(await figures(modelOf("parquet"), "vol")).toEqual(json);
    for (const format of FORMATS) expect(await runCli("validate", modelOf(format), "--scenario", "vol")).toMatchObject({ code: 0, stderr: "" });
    // The override did move the figures.
    expect(json).not.toEqual(await figures(modelOf("json"), "rate"));
  }, 60_000);

  it("leave the base and the other scenarios as the files hold them, when every scenario is read from one reading (compare, --scenario all)", async () => {
    const [base, vol, rate] = await readModels(modelOf("csv"), "all");
    const [alone] = await readModels(modelOf("csv"), [undefined]);
    if (!base?.ok || !vol?.ok || !rate?.ok || !alone?.ok) throw new Error("the model and its scenarios are valid");
    expect(vol.model.serviceLists[0]!.services[0]!.volume).toBe(5000);
    expect(vol.model.serviceLists[1]!.services[2]!.currentPrice).toBe(99000);
    expect(base.model).toStrictEqual(alone.model);
    expect(base.model.serviceLists[0]!.services[0]!.volume).not.toBe(5000);
    expect(rate.model.serviceLists).toStrictEqual(base.model.serviceLists);
    // Read again after the scenarios: still the file's values.
    const [again] = await readModels(modelOf("csv"), [undefined]);
    expect(again).toStrictEqual(alone);
  }, 60_000);

  it("compare gives the same table from CSV services as from services written in the model file", async () => {
    const json = await runCli("compare", modelOf("json"), "--json");
    const csv = await runCli("compare", modelOf("csv"), "--json");
    expect(csv.code).toBe(0);
    const strip = (text: string): unknown => {
      const out = JSON.parse(text) as Record<string, unknown>;
      delete out["model"];
      return out;
    };
    expect(strip(csv.stdout)).toEqual(strip(json.stdout));
  }, 60_000);
});

describe("edge cases: scenario overrides of table services that cannot be applied", () => {
  it("are refused with the inline case's message, at the override in the model file", async () => {
    const bad = { name: "bad", description: "x", overrides: { "serviceLists[0].services[1].volume": -4 } };
    for (const format of ["json", "csv"]) withScenarios(format, [bad]);
    const json = await runCli("validate", modelOf("json"), "--scenario", "bad", "--lang", "en");
    const csv = await runCli("validate", modelOf("csv"), "--scenario", "bad", "--lang", "en");
    expect(csv.code).toBe(1);
    expect(csv.stderr.replaceAll(dir, "DIR")).toMatchInlineSnapshot(
      `"DIR/csv/model.json:522:9: $.serviceLists[0].services[1].volume: expected a whole number ≥ 0, got -4"`,
    );
    expect(json.stderr.replaceAll(dir, "DIR")).toMatchInlineSnapshot(
      `"DIR/json/model.json:883:9: $.serviceLists[0].services[1].volume: expected a whole number ≥ 0, got -4"`,
    );
  }, 60_000);

  it("name the list and its number of rows for a row beyond the table, in English and Vietnamese", async () => {
    const far = { name: "far", description: "x", overrides: { "serviceLists[0].services[999999].volume": 5000 } };
    withScenarios("csv", [far]);
    const en = await runCli("validate", modelOf("csv"), "--scenario", "far", "--lang", "en");
    const vi = await runCli("validate", modelOf("csv"), "--scenario", "far", "--lang", "vi");
    expect(en.code).toBe(1);
    expect(en.stderr.replaceAll(dir, "DIR")).toMatchInlineSnapshot(
      `"DIR/csv/model.json:522:9: $.scenarios[2].overrides["serviceLists[0].services[999999].volume"]: scenario override "serviceLists[0].services[999999].volume" cannot be applied: the price list "MC01-PRICES" has 12 services in its table "services.csv", so "[999999]" is beyond them; expected a row from 0 to 11"`,
    );
    expect(vi.stderr.replaceAll(dir, "DIR")).toMatchInlineSnapshot(
      `"DIR/csv/model.json:522:9: $.scenarios[2].overrides["serviceLists[0].services[999999].volume"]: không áp dụng được thay đổi "serviceLists[0].services[999999].volume" của kịch bản: bảng giá "MC01-PRICES" có 12 dịch vụ trong tệp bảng "services.csv", nên "[999999]" vượt quá số dòng; cần một dòng từ 0 đến 11"`,
    );
  }, 60_000);
});
