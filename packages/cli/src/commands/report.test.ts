import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "costplan-report-cmd-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("costplan report", () => {
  it("writes the same bytes for the same model, twice", async () => {
    const a = await runCli("report", "--html", join(dir, "a.html"), "--lang", "en");
    const b = await runCli("report", "--html", join(dir, "b.html"), "--lang", "en");
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr).toBe(`wrote ${join(dir, "a.html")}`);
    const html = readFileSync(join(dir, "a.html"), "utf8");
    expect(readFileSync(join(dir, "b.html"), "utf8")).toBe(html);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("VND 292,600,000,000");
    expect(html).toContain("VND 292.6 billion");
    expect(html).not.toMatch(/\bzr\d+-/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  }, 60_000);

  it("shows the tornado that costplan sensitivity gives for the price year's fund, bar for bar", async () => {
    const html = readFileSync(join(dir, "a.html"), "utf8");
    const cells = (name: string): number[] =>
      [...html.matchAll(new RegExp(`data-analysis="tornado\\.${name}" data-value="([^"]+)"`, "g"))].map((m) => Number(m[1]));
    const r = await runCli("sensitivity", "--on", "payers.byYear.2025.fund", "--steps", "2", "--json");
    expect(r.code).toBe(0);
    const bars = (
      JSON.parse(r.stdout) as {
        tornado: { bars: { low: number; high: number; swing: number }[] }[];
      }
    ).tornado[0]!.bars;
    expect(cells("low")).toEqual(bars.map((b) => b.low));
    expect(cells("high")).toEqual(bars.map((b) => b.high));
    expect(cells("swing")).toEqual(bars.map((b) => b.swing));
    expect(bars.length).toBe(6);
  }, 60_000);

  it("shows the scenario it was asked for and compares it with the base and every other", async () => {
    const r = await runCli("report", "--html", join(dir, "s.html"), "--lang", "vi", "--scenario", "recover-10y");
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "s.html"), "utf8");
    expect(html).toContain("kịch bản: recover-10y");
    expect(html).toContain("292.600.000.000 ₫");
    expect(html.match(/data-scenario="discount-5"/g)?.length).toBe(5);
  }, 60_000);

  it("adds the Monte Carlo histogram and percentiles, with the rank correlations it was given, when asked for draws", async () => {
    const r = await runCli(
      "report",
      "--html",
      join(dir, "m.html"),
      "--lang",
      "en",
      "--draws",
      "4",
      "--seed",
      "3",
      "--correlate",
      "costItems[category=maintenance].amountPerYear,costItems[category=software-deployment].cost=0.7",
    );
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "m.html"), "utf8");
    expect(html).toContain('<section id="simulation">');
    expect(html).toContain("4 draws, seed 3");
    expect(html).toContain("Rank correlation of costItems[category=maintenance].amountPerYear and costItems[category=software-deployment].cost: 0.70.");
    expect(html.match(/data-analysis="simulation\.P(5|50|95)"/g)?.length).toBe(3);
  }, 90_000);

  describe("edge cases", () => {
    it("refuses a call without --html, or with --draws and no --seed, as a usage error", async () => {
      const none = await runCli("report", "--lang", "en");
      expect(none.code).toBe(2);
      expect(none.stderr.split("\n")[0]).toMatchInlineSnapshot(`"costplan: report needs --html FILE: the page to write"`);
      const half = await runCli("report", "--html", join(dir, "x.html"), "--draws", "10");
      expect(half.code).toBe(2);
      expect(half.stderr.split("\n")[0]).toMatchInlineSnapshot(
        `"costplan: report's Monte Carlo needs both --draws N and --seed S, so that its numbers can be reproduced"`,
      );
      const threads = await runCli("report", "--html", join(dir, "x.html"), "--draws", "10", "--seed", "1", "--threads", "0", "--lang", "en");
      expect(threads.code).toBe(2);
      expect(threads.stderr.split("\n")[0]).toContain("--threads");
    });

    it(
      "leaves out what a model does not have: prices and payers without price lists, the tornado where the default ranges reach nothing, saying " + "why",
      async () => {
        const r = await runCli(
          "report",
          fileURLToPath(new URL("../../../../test/fixtures/models/small.json", import.meta.url)),
          "--html",
          join(dir, "small.html"),
          "--lang",
          "en",
        );
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(
          'costplan: tornado left out: inputs[3]: the path "costItems[category=software-deployment].cost" reaches no number in the model',
        );
        const html = readFileSync(join(dir, "small.html"), "utf8");
        expect([...html.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1])).toEqual(["summary", "budget", "totals", "scenarios"]);
      },
      60_000,
    );

    it("reports a folder it cannot write to as exit 1 with the reason", async () => {
      const r = await runCli("report", "--html", join(dir, "missing", "r.html"), "--lang", "en");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("cannot write the file: its folder does not exist or is not a folder; nothing was written");
    }, 60_000);
  });
});
