import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inputGrids } from "@costplan/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built task pane in Debian's Chromium, with the npm copy of office.js served at the CDN
// address and a fake Excel object model injected: create, validate, run, and check what was
// written and charted. No request may leave the machine.
const CHROMIUM = "/usr/bin/chromium";
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "addin", "dist");
const officeDist = join(root, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

let server: Server | undefined;
let base: string;
let context: BrowserContext | undefined;
let profile: string | undefined;
let fake: string;
const leaving: string[] = [];
// office.js, outside Office, tries to open Microsoft's telemetry frame; the route aborts it like
// any other request off the machine. Anything else trying to leave is a failure.
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";
const offMachine = (): string[] => leaving.filter((url) => !url.startsWith(OFFICE_TELEMETRY));

beforeAll(async () => {
  // Fail, never skip: a missing browser must turn the suite red.
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error("addin/dist is missing: run npm run build --workspace @costplan/excel-addin");
  const http = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  server = http;
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const bundled = await build({
    entryPoints: [join(root, "addin", "src", "testing", "browser-fake.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  fake = bundled.outputFiles[0]!.text;
  profile = mkdtempSync(join(tmpdir(), "costplan-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 360, height: 900 },
  });
  context = browser;
  await browser.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN)) {
      // office.js from the npm package, and whatever it loads beside itself (strings, host scripts).
      const file = join(officeDist, url.slice(CDN.length).split("?")[0]!);
      if (existsSync(file)) await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
      else await route.fulfill({ status: 404, body: "" });
      return;
    }
    const { hostname, protocol } = new URL(url);
    if (protocol === "data:" || hostname === "127.0.0.1" || hostname === "localhost") await route.continue();
    else {
      leaving.push(url);
      await route.abort();
    }
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

async function open(inExcel: boolean): Promise<{ page: Page; errors: string[] }> {
  if (context === undefined) throw new Error("Chromium did not start");
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  if (inExcel) await page.addInitScript(fake);
  await page.goto(`${base}/taskpane.html`);
  return { page, errors };
}

describe("the task pane in Chromium", () => {
  it("creates, validates and runs the Bac Ninh model into its own sheets with charts", async () => {
    const { page, errors } = await open(true);
    await page.locator("#run").waitFor();
    await page.selectOption("#language", "en");
    await page.click("#create-example");
    await expect.poll(() => page.textContent("#status")).toBe(`Created ${inputGrids(undefined, "en").length} input sheets.`);
    await page.click("#validate");
    await expect.poll(() => page.textContent("#status"), { timeout: 30_000 }).toBe("The model is valid.");
    expect(await page.locator("#scenario option").count()).toBeGreaterThan(1);
    await page.click("#run");
    await expect.poll(() => page.textContent("#status"), { timeout: 60_000 }).toMatch(/^Done: total cost VND 292\.6 billion/);
    const written = await page.evaluate(() => (globalThis as unknown as { __costplanFake: { summary: () => unknown } }).__costplanFake.summary());
    expect(written).toMatchObject({
      sheets: expect.arrayContaining(["Programme", "CostItems", "CP Budget", "CP Allocation", "CP Prices", "CP Payers", "CP Audit"]) as unknown,
      charts: [
        { sheet: "CP Budget", type: "ColumnStacked" },
        { sheet: "CP Prices", type: "BarClustered" },
      ],
      budgetTotal: 292_600_000_000,
    });
    await page.click("#compare");
    await expect.poll(() => page.textContent("#status"), { timeout: 60_000 }).toMatch(/^Compared \d+ scenarios\.$/);
    const header = await page.locator("#comparison th").allTextContents();
    expect(header.slice(0, 2)).toEqual(["Figure", "(base case)"]);
    expect(header).toContain("recover-10y");
    expect(await page.locator("#comparison tr").count()).toBe(6);
    mkdirSync(join(root, "tmp"), { recursive: true });
    await page.screenshot({ path: join(root, "tmp", "addin-taskpane.png"), fullPage: true });

    // A wrong cell is listed, and clicking it selects the cell.
    await page.evaluate(() => {
      (globalThis as unknown as { __costplanFake: { setCell: (sheet: string, row: number, column: number, value: string) => void } }).__costplanFake.setCell(
        "CostItems",
        2,
        7,
        "abc",
      );
    });
    await page.click("#validate");
    await page.locator("#problems li").first().waitFor();
    expect(await page.textContent("#problems li")).toMatch(/^CostItems!H3: expected/);
    await page.click("#problems li");
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { __costplanFake: { summary: () => { selected: string } } }).__costplanFake.summary().selected))
      .toBe("CostItems!H3");
    expect(errors).toEqual([]);
    expect(offMachine()).toEqual([]);
  }, 180_000);

  it("says it runs inside Excel when opened in a plain browser tab", async () => {
    const { page, errors } = await open(false);
    await page.locator("#outside").waitFor({ state: "visible" });
    expect(await page.textContent("#outside")).toMatch(/runs inside Excel|chạy bên trong Excel/);
    expect(await page.isVisible("#app")).toBe(false);
    expect(errors).toEqual([]);
    expect(offMachine()).toEqual([]);
  }, 60_000);
});
