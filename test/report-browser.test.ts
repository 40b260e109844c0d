import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/testing/run-cli.js";

// The Bac Ninh report in Debian's Chromium, in Vietnamese and in English: each must open from the
// file with no console error and no request, show its charts, carry exactly the figures of
// `costplan run --json`, and print to A4 with nothing wider than the printable width (the English
// words are longer, so the width is checked for both).
const CHROMIUM = "/usr/bin/chromium";
const root = fileURLToPath(new URL("..", import.meta.url));
const screenshotOf = (lang: "vi" | "en"): string => join(root, "docs", "images", `report-${lang}.png`);
// A4 is 210 mm wide; the page's @page margins are 12 mm each side: 186 mm at 96 px an inch.
const PRINTABLE_PX = Math.floor((186 / 25.4) * 96);

// `costplan run --json` of the base and each scenario, run once for both pages (the figures do not depend on the language).
const runs = new Map<string, unknown>();

async function runJson(scenario: string | null): Promise<unknown> {
  const args = ["run", "--json", "--no-detail", ...(scenario === null ? [] : ["--scenario", scenario])];
  const { code, stdout } = await runCli(...args);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** The checks of one language's page. */
function reportSuite(lang: "vi" | "en"): void {
  let dir: string | undefined;
  let page: Page;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  const leaving: string[] = [];
  const consoleErrors: string[] = [];

  /** Runs an expression in the page: the tests' types have no DOM, so page code is written as text. */
  async function inPage<T>(expression: string): Promise<T> {
    return page.evaluate<T>(expression);
  }

  beforeAll(async () => {
    // Fail, never skip: a missing browser must turn the suite red.
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
    dir = mkdtempSync(join(tmpdir(), "costplan-report-"));
    const file = join(dir, "report.html");
    const written = await runCli("report", "--html", file, "--lang", lang, "--draws", "40", "--seed", "1");
    expect(written.code).toBe(0);
    profile = mkdtempSync(join(tmpdir(), "costplan-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 900, height: 1200 },
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(file).href) await route.continue();
      else {
        leaving.push(url);
        await route.abort();
      }
    });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  describe(`the HTML report in Chromium (${lang})`, () => {
    it("opens with no console error and no request leaving the page, in its language", async () => {
      expect(consoleErrors).toEqual([]);
      expect(leaving).toEqual([]);
      expect(await inPage<string>("document.documentElement.lang")).toBe(lang);
      // Amounts are written the language's way: "292.600.000.000 ₫" in Vietnamese, "VND 292,600,000,000" in English.
      expect(await inPage<string>("document.body.innerText")).toContain(lang === "vi" ? "292.600.000.000 ₫" : "VND 292,600,000,000");
    });

    it("shows every chart as an inline ECharts SVG with its data", async () => {
      const charts = await inPage<{ svg: boolean; marks: number }[]>(
        `[...document.querySelectorAll("figure.chart")].map((f) => ({ svg: f.querySelector("svg") !== null, marks: ` +
          `f.querySelectorAll("[ecmeta_data_index]").length }))`,
      );
      // budget, kinds, funding, four key services, payers, tornado, histogram
      expect(charts.length).toBe(10);
      for (const c of charts) {
        expect(c.svg).toBe(true);
        expect(c.marks).toBeGreaterThan(0);
      }
      mkdirSync(join(root, "docs", "images"), { recursive: true });
      // For the README: the summary with its badges (both languages), the budget chart and the price charts (Vietnamese).
      const screenshot = screenshotOf(lang);
      writeFileSync(screenshot, await page.screenshot({ clip: { x: 0, y: 0, width: 900, height: 1020 } }));
      if (lang === "vi") {
        writeFileSync(screenshot.replace(".png", "-budget.png"), await page.locator("#budget").screenshot());
        writeFileSync(screenshot.replace(".png", "-prices.png"), await page.locator("#prices").screenshot());
      }
    });

    it("tells source figures from assumptions with a badge", async () => {
      const badges = await inPage<string[]>(`[...document.querySelectorAll("#summary .badge")].map((e) => e.className)`);
      expect(badges).toContain("badge source");
      expect(badges).toContain("badge assumption");
    });

    it("carries exactly the figures of costplan run --json, scenario by scenario", async () => {
      const figures = await inPage<
        {
          path: (string | number)[];
          value: string | null;
          scenario: string | null;
        }[]
      >(
        `[...document.querySelectorAll("[data-path]")].map((e) => ({ path: JSON.parse(e.getAttribute("data-path")), value: ` +
          `e.getAttribute("data-value"), scenario: e.getAttribute("data-scenario") }))`,
      );
      expect(figures.length).toBeGreaterThan(150);
      for (const f of figures) {
        const name = f.scenario === null || f.scenario === "" ? null : f.scenario;
        const key = name ?? "";
        if (!runs.has(key)) runs.set(key, await runJson(name));
        let node: unknown = runs.get(key);
        for (const k of f.path) node = (node as Record<string | number, unknown>)[k];
        expect(`${f.path.join(".")}=${f.value ?? ""}`).toBe(`${f.path.join(".")}=${String(node)}`);
      }
      // the base and every Bac Ninh scenario
      const model = JSON.parse(readFileSync(join(root, "examples", "bac-ninh", "model.json"), "utf8")) as { scenarios: unknown[] };
      expect(runs.size).toBe(1 + model.scenarios.length);
    }, 120_000);

    it("prints to A4 with nothing wider than the printable width", async () => {
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: PRINTABLE_PX, height: 1000 });
      // Run in the page (the tests' types have no DOM): every element's right edge, and every HTML
      // element's content against its box. An SVG's inner shapes have no scroll box of their own.
      const wide = await inPage<{ over: string[]; page: number }>(`(() => {
      const over = [];
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        const clipped = el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1;
        if (r.right > ${PRINTABLE_PX} + 0.5 || clipped)
          over.push(el.tagName + "." + String(el.className) + " " + Math.round(r.right) + " / " + el.scrollWidth + ">" + el.clientWidth);
      }
      return { over, page: document.documentElement.scrollWidth };
    })()`);
      expect(wide.over).toEqual([]);
      expect(wide.page).toBeLessThanOrEqual(PRINTABLE_PX);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
      const text = pdf.toString("latin1");
      expect(text.startsWith("%PDF-")).toBe(true);
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      // A4 in points is 595.28 x 841.89; Chromium rounds to its own units.
      expect(boxes.length).toBeGreaterThanOrEqual(8);
      for (const [w, h] of boxes) {
        expect(Math.abs(w! - 595.3)).toBeLessThan(1.5);
        expect(Math.abs(h! - 841.9)).toBeLessThan(1.5);
      }
    }, 60_000);
  });
}

reportSuite("vi");
reportSuite("en");
