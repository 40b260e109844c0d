#!/usr/bin/env node
// Runs before `npm test` (the root `pretest` script): the spreadsheet-engine, workbook and browser
// tests need LibreOffice Calc, Chromium, openpyxl for /usr/bin/python3 and poppler-utils. On a fresh machine a
// missing tool would otherwise surface as dozens of confusing test failures minutes later, so
// this stops at once: it installs what is missing where it can (root, with apt-get), and
// otherwise prints the one command to run.
//
// --no-install only reports. COSTPLAN_CHROMIUM and COSTPLAN_PYTHON override where the tests
// look for Chromium and Python (the tests use /usr/bin/chromium and /usr/bin/python3).
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const chromium = process.env.COSTPLAN_CHROMIUM ?? "/usr/bin/chromium";
const python = process.env.COSTPLAN_PYTHON ?? "/usr/bin/python3";

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (name) => (process.env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && executable(join(dir, name)));
const hasOpenpyxl = () => executable(python) && spawnSync(python, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;

const tools = [
  { what: "LibreOffice Calc (soffice)", apt: "libreoffice-calc-nogui", present: () => onPath("soffice") },
  { what: `Chromium (${chromium})`, apt: "chromium", present: () => executable(chromium) },
  { what: `openpyxl for ${python}`, apt: "python3-openpyxl", present: hasOpenpyxl },
  // The print and image tests read the PDF LibreOffice writes with poppler's pdfinfo and pdftotext, and render its pages with pdftoppm.
  {
    what: "poppler-utils (pdfinfo, pdftotext, pdftoppm)",
    apt: "poppler-utils",
    present: () => onPath("pdfinfo") && onPath("pdftotext") && onPath("pdftoppm"),
  },
];

const missing = () => tools.filter((t) => !t.present());
const command = (packages) => `apt-get update && apt-get install -y --no-install-recommends ${packages.map((t) => t.apt).join(" ")}`;

let absent = missing();
if (absent.length === 0) process.exit(0);

const canInstall = !process.argv.includes("--no-install") && process.getuid?.() === 0 && onPath("apt-get");
if (canInstall) {
  console.error(`costplan tests: installing ${absent.map((t) => t.what).join(", ")}: ${command(absent)}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status === 0) spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...absent.map((t) => t.apt)], { stdio: "inherit", env });
  absent = missing();
  if (absent.length === 0) process.exit(0);
}

console.error(`costplan tests need ${absent.map((t) => t.what).join(", ")}, which ${absent.length === 1 ? "is" : "are"} not installed. Run, as root:`);
console.error(`  ${command(absent)}`);
process.exit(1);
