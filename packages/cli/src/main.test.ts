import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./testing/run-cli.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/models/${name}`, import.meta.url));

// Paths in messages are shown relative to the repository, as a user in it would see them.
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runCli(...argv);
  const strip = (s: string): string => s.replaceAll(fileURLToPath(new URL("../../../", import.meta.url)), "");
  return { code, stdout: strip(stdout), stderr: strip(stderr) };
}

describe("costplan run", () => {
  it("runs the built-in Bac Ninh model and reproduces the source figures exactly", async () => {
    const { code, stdout } = await cli("run", "--json");
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { summary: Record<string, unknown> };
    expect(r.summary).toMatchObject({
      totalCost: 292_600_000_000,
      byOwnership: { public: 212_300_000_000, private: 80_300_000_000 },
      units: 56,
      target: 54,
      attainment: 56 / 54,
    });
  });

  it("gives byte-identical output for the same input", async () => {
    expect((await cli("run", "--json")).stdout).toBe((await cli("run", "--json")).stdout);
    expect((await cli("run", "--lang", "vi")).stdout).toBe((await cli("run", "--lang", "vi")).stdout);
  });

  it("writes readable tables in Vietnamese or English, marking assumptions", async () => {
    const vi = (await cli("run", "--lang", "vi")).stdout;
    // One way of writing amounts per table: whole đồng, the currency named once in the title.
    expect(vi).toContain("Tổng quan (số tiền tính bằng VND, chính xác)");
    expect(vi).toContain("292.600.000.000");
    expect(vi).not.toContain("tỷ đồng");
    expect(vi).toContain("giả định *");
    expect(vi).toContain("Đối chiếu với nguồn");
    const en = (await cli("run", "--lang", "en")).stdout;
    expect(en).toContain("292,600,000,000");
    expect(en).toContain("212,300,000,000");
    expect(en).toContain("assumption *");
  });

  it("applies a named scenario", async () => {
    const base = JSON.parse((await cli("run", "--json")).stdout) as { summary: { presentValue: number } };
    const alt = JSON.parse((await cli("run", "--json", "--scenario", "discount-5")).stdout) as {
      scenario: string;
      summary: { presentValue: number; totalCost: number };
    };
    expect(alt.scenario).toBe("discount-5");
    expect(alt.summary.totalCost).toBe(292_600_000_000);
    expect(alt.summary.presentValue).toBeGreaterThan(base.summary.presentValue);
  });

  it("runs a model file", async () => {
    const { code, stdout } = await cli("run", fixture("small.json"), "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { summary: { totalCost: number } }).summary.totalCost).toBe(900_000_000 + 120_000_000 + 40_000_000);
  });

  it("refuses an invalid model with exit code 1 and located problems", async () => {
    const { code, stdout, stderr } = await cli("run", fixture("unknown-facility.json"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('$.costItems[2].facility: unknown facility or pool "H7"');
  });

  it("names an unknown scenario", async () => {
    const { code, stderr } = await cli("run", "--scenario", "nope");
    expect(code).toBe(1);
    expect(stderr).toMatch(/no scenario named "nope"; expected one of "discount-5", "prorate", "software-8y"/);
  });
});

describe("costplan validate", () => {
  it("accepts a valid model with exit code 0", async () => {
    const { code, stdout } = await cli("validate", fixture("small.json"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid \(2 facilities, 3 cost items, 2021-2023\)$/);
  });

  it.each([
    [
      "wrong-types.json",
      [":6:5: $.programme.firstYear: expected a year as a whole number", ':25:7: $.facilities[0].beds: expected a whole number ≥ 0, got "many"'],
    ],
    ["negative-amounts.json", [":43:7: $.costItems[0].cost: expected an amount of money", ":54:7: $.costItems[1].amountPerYear: expected an amount of money"]],
    ["unknown-facility.json", [':61:7: $.costItems[2].facility: unknown facility or pool "H7"; expected one of "H1", "P1"']],
    [
      "duplicate-ids.json",
      [':28:7: $.facilities[1].id: duplicate id "H1"', ':59:7: $.costItems[2].id: duplicate id "H1-SRV"', ":61:7: $.costItems[2].facility"],
    ],
    ["last-year-before-first.json", [":7:5: $.programme.lastYear: the last year (2019) is before the first year (2021)"]],
    ["malformed.json", [":5:5: the file is not valid JSON: expected ',' between entries"]],
  ])("rejects %s with exit code 1 and one line per problem", async (name, expected) => {
    const { code, stderr } = await cli("validate", fixture(name), "--lang", "en");
    expect(code).toBe(1);
    const lines = stderr.split("\n");
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      expect(line.startsWith(`test/fixtures/models/${name}`)).toBe(true);
      expect(line).toContain(expected[i]);
    });
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("writes problems in Vietnamese", async () => {
    expect((await cli("validate", fixture("wrong-types.json"), "--lang", "vi")).stderr).toContain(
      '$.facilities[0].beds: cần một số nguyên ≥ 0, nhận được "many"',
    );
  });

  it("names a missing file", async () => {
    const { code, stderr } = await cli("validate", "no/such/model.json", "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toBe("no/such/model.json: no such file; expected a model file (.json, .yaml or .xlsx)");
  });
});

describe("usage", () => {
  it("exits 2 on an unknown command, flag or language", async () => {
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("run", "--colour")).code).toBe(2);
    expect((await cli("run", "--lang", "fr")).stderr).toContain('--lang expects "vi" or "en", got "fr"');
  });

  it("prints help with exit code 0", async () => {
    const { code, stdout } = await cli("help", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: costplan <command>");
  });

  it("prints help for --help or -h after any command, those that read their own options too", async () => {
    for (const command of ["run", "generate", "compare", "sensitivity", "simulate", "report"]) {
      const { code, stdout, stderr } = await cli(command, "--help", "--lang", "en");
      expect([command, code, stderr]).toEqual([command, 0, ""]);
      expect(stdout).toContain("Usage: costplan <command>");
    }
    const vi = await cli("-h", "--lang", "vi");
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Lệnh");
  });
});

describe("costplan run: prices", () => {
  it("adds prices (one entry per service) and payers to the JSON", async () => {
    const r = JSON.parse((await cli("run", "--json")).stdout) as {
      prices: {
        facility: string;
        class?: string;
        code: string;
        currentPrice: number;
        emrComponent: string;
        proposedPrice: number;
        increasePct: string;
        fundImpact: number;
        patientImpact: number;
      }[];
      payers: { byYear: Record<string, { fund: number; patients: number; increase: number }> };
    };
    const exam = r.prices.find((p) => p.facility === "PH01" && p.code === "KB")!;
    expect(Object.keys(exam)).toEqual(expect.arrayContaining(["currentPrice", "emrComponent", "proposedPrice", "increasePct", "fundImpact", "patientImpact"]));
    expect(exam.currentPrice).toBe(37_000);
    for (const y of Object.values(r.payers.byYear)) expect(y.fund + y.patients).toBe(y.increase);
  });

  it("shows the price structure by service and class, and the fund's cost by year", async () => {
    const en = (await cli("run", "--lang", "en")).stdout;
    expect(en).toContain("Price structure 2025: EMR component of each service, by hospital class");
    expect(en).toMatch(/│ I \*\s+│ KB Khám bệnh\s+│/);
    expect(en).toMatch(/│ III \*\s+│ NG-NOI Ngày giường/);
    expect(en).toContain("Cost of the price increases to the insurance fund and to patients, by year");
    const vi = (await cli("run", "--lang", "vi")).stdout;
    expect(vi).toContain("Cấu phần BAĐT");
    expect(vi).toContain("Quỹ BHYT");
  });

  it("applies a pricing scenario", async () => {
    const base = JSON.parse((await cli("run", "--json")).stdout) as { payers: { byYear: Record<string, { fund: number }> } };
    const half = JSON.parse((await cli("run", "--json", "--scenario", "phase-in-50")).stdout) as { payers: { byYear: Record<string, { fund: number }> } };
    expect(half.payers.byYear["2025"]!.fund).toBeLessThan(base.payers.byYear["2025"]!.fund);
  });
});

describe("YAML models", () => {
  it("runs a YAML model to the same result as its JSON twin", async () => {
    const json = JSON.parse((await cli("run", fixture("small.json"), "--json")).stdout) as { summary: unknown };
    const yaml = JSON.parse((await cli("run", fixture("small.yaml"), "--json")).stdout) as { summary: unknown };
    expect(yaml.summary).toEqual(json.summary);
  });

  it("locates problems in a YAML model by line and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "costplan-yaml-"));
    const file = join(dir, "bad.yaml");
    writeFileSync(file, readFileSync(fixture("small.yaml"), "utf8").replace("beds: 80", "beds: -80"));
    const { code, stderr } = await cli("validate", file, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toBe(`${file}:14:82: $.facilities[1].beds: expected a whole number ≥ 0, got -80`);
    writeFileSync(file, "programme: [unclosed\n");
    expect((await cli("validate", file)).stderr).toMatch(/bad\.yaml:\d+:\d+: the file is not valid YAML/);
    rmSync(dir, { recursive: true, force: true });
  });
});
