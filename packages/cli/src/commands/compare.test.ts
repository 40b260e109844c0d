import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../testing/run-cli.js";
import { compareCommand } from "./compare.js";
import { displayWidth } from "../render/fit-table.js";

interface Headline {
  totalCost: number;
  byYear: Record<string, { recoverable: number; recovered: number; fund: number; patients: number }>;
  keyPrices: {
    code: string;
    label: string;
    proposedPrice: number;
    emrComponent: string;
  }[];
  breakEven: { count: number; facilities: string[] };
}
interface CompareJson {
  scenarios: {
    scenario: string | null;
    basis: "facility" | "class";
    bases: Record<"facility" | "class", Headline>;
  }[];
  keyServices: { service: string; code: string }[];
}
interface RunJson {
  summary: { totalCost: number };
  payers: {
    byYear: Record<string, { recoverable: number; recovered: number; fund: number; patients: number }>;
    byFacility: Record<string, { breakEvenYear: number | null }>;
  };
  priceTable: {
    code: string;
    label: string;
    proposedPrice: { mean: number };
    emrComponent: { mean: string };
  }[];
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("costplan compare", () => {
  it("gives each scenario, on the basis it sets, the figures of `costplan run --scenario NAME --json`", async () => {
    const r = await runCli("compare", "--json", "--quiet");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as CompareJson;
    expect(json.keyServices.map((k) => k.code)).toEqual(["KB", "NG-NOI", "NG-HSTC", "XN-TPT"]);
    for (const s of json.scenarios) {
      const alone = await runCli("run", "--json", "--no-detail", ...(s.scenario === null ? [] : ["--scenario", s.scenario]));
      expect(alone.code).toBe(0);
      const run = JSON.parse(alone.stdout) as RunJson;
      const h = s.bases[s.basis];
      expect(h.totalCost, String(s.scenario)).toBe(run.summary.totalCost);
      for (const [year, p] of Object.entries(run.payers.byYear))
        expect(h.byYear[year], `${String(s.scenario)} ${year}`).toEqual({
          recoverable: p.recoverable,
          recovered: p.recovered,
          fund: p.fund,
          patients: p.patients,
        });
      expect(h.breakEven.facilities).toEqual(
        Object.entries(run.payers.byFacility)
          .filter(([, f]) => f.breakEvenYear !== null)
          .map(([id]) => id),
      );
      for (const k of h.keyPrices) {
        const row = run.priceTable.find((p) => p.code === k.code && p.label === k.label)!;
        expect([k.proposedPrice, k.emrComponent]).toEqual([row.proposedPrice.mean, row.emrComponent.mean]);
      }
    }
  }, 120_000);

  it("compares the named scenarios of a model file, in the order given", async () => {
    const r = await runCli("compare", "examples/bac-ninh/model.json", "eac", "discount-5", "--json", "--quiet");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as CompareJson).scenarios.map((s) => s.scenario)).toEqual([null, "eac", "discount-5"]);
  });

  it.each([80, 120])("writes no line wider than COLUMNS=%i, in the chosen language", async (columns) => {
    vi.stubEnv("COLUMNS", String(columns));
    for (const lang of ["en", "vi"]) {
      const r = await runCli("compare", "discount-5", "recover-10y", "--lang", lang, "--quiet");
      expect(r.code).toBe(0);
      const widest = Math.max(...r.stdout.split("\n").map(displayWidth));
      expect(widest).toBeLessThanOrEqual(columns);
      expect(widest).toBeGreaterThan(columns - 30);
    }
    const vi_ = await runCli("compare", "discount-5", "--lang", "vi", "--quiet");
    expect(vi_.stdout).toContain("Chi phí và thu hồi trong cả giai đoạn tính giá");
    expect(vi_.stdout).not.toContain("Total cost");
  });

  it("writes its tables as CSV (plain integers) and as Markdown", async () => {
    const csv = await runCli("compare", "discount-5", "--format", "csv", "--lang", "en", "--quiet");
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain("Scenario,Basis,Total cost,Δ,EMR cost to recover,Δ,Recovered by prices,Δ");
    expect(csv.stdout).toContain("base,per facility •,292600000000,0,");
    const md = await runCli("compare", "discount-5", "--format", "markdown", "--lang", "en", "--quiet");
    expect(md.stdout).toContain("| Scenario | Basis | Total cost | Δ |");
    expect(md.stdout).toContain("| base | per facility • | 292,600,000,000 | 0 |");
  });

  it("shows its runs as progress on stderr when it is a terminal, never on stdout, and clears the line at the end", async () => {
    const drawn: string[] = [];
    const stdout: string[] = [];
    const stream = {
      isTTY: true,
      columns: 80,
      write: (text: string) => drawn.push(text) > 0,
    };
    const code = await compareCommand(["discount-5", "--json", "--lang", "en"], {
      out: (t) => stdout.push(t),
      err: () => undefined,
      progress: { stream, afterMs: 0 },
    });
    expect(code).toBe(0);
    expect(drawn.some((d) => d.includes("4/4 runs"))).toBe(true);
    expect(drawn[drawn.length - 1]).toBe("\r\x1b[2K");
    expect(stdout.join("")).not.toContain("runs\r");
    const quiet: string[] = [];
    await compareCommand(["discount-5", "--json", "--quiet"], {
      out: () => undefined,
      err: () => undefined,
      progress: {
        stream: { isTTY: true, write: (t: string) => quiet.push(t) > 0 },
        afterMs: 0,
      },
    });
    expect(quiet).toEqual([]);
  });

  describe("edge cases", () => {
    it("refuses a scenario the model does not have (exit 1, naming the ones it has)", async () => {
      const r = await runCli("compare", "no-such", "--lang", "en", "--quiet");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('no scenario named "no-such"');
    });

    it("refuses a second model file and an unknown format as usage errors (exit 2), in both languages", async () => {
      const two = await runCli("compare", "a.json", "b.json", "--lang", "en");
      expect(two.code).toBe(2);
      expect(two.stderr.split("\n")[0]).toMatchInlineSnapshot(
        `"costplan: compare takes an optional model file (.json, .yaml, .yml or .xlsx) and then scenario names; "b.json" looks like a second model file"`,
      );
      const format = await runCli("compare", "--format", "html", "--lang", "vi");
      expect(format.code).toBe(2);
      expect(format.stderr.split("\n")[0]).toMatchInlineSnapshot(`"costplan: --format cần một trong các giá trị table, csv, markdown, nhận được "html""`);
    });
  });
});

describe("a repeated --scenario", () => {
  it.each([
    ["run", "--scenario", "eac", "--scenario", "discount-5"],
    ["validate", "--scenario=eac", "--scenario", "discount-5"],
    ["sensitivity", "--scenario", "eac", "--scenario", "discount-5"],
    ["simulate", "--draws", "2", "--seed", "1", "--scenario", "eac", "--scenario", "eac"],
  ])("is a usage error for %s (exit 2), never a silent choice of the last", async (...argv) => {
    const r = await runCli(...argv, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe(
      "costplan: --scenario is given 2 times; give it once (a run applies one scenario; to set scenarios side by side: costplan compare [MODEL] SCENARIO...)",
    );
  });

  it("says so in Vietnamese", async () => {
    const r = await runCli("--lang", "vi", "run", "--scenario", "eac", "--scenario", "eac");
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatchInlineSnapshot(
      `"costplan: --scenario được nhập 2 lần; chỉ nhập một lần (mỗi lần chạy áp dụng một kịch bản; để đặt các kịch bản cạnh nhau: costplan compare [MÔ_HÌNH] KỊCH_BẢN...)"`,
    );
  });
});
