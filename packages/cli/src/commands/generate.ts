import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  formatNumber,
  generateModel,
  message,
  GENERATE_LIMITS,
  resolveGenerateOptions,
  GENERATE_SIZES,
  type GenerateMethod,
  type GenerateOptions,
  type GenerateSize,
  type Language,
} from "@costplan/core";
import { chooseLanguage } from "../language.js";
import type { Output } from "../output.js";
import { usage } from "../usage.js";
import { expects, langExpected, parseArgsFailure, UsageError } from "../usage-error.js";
import { writeAtomically } from "../write-file.js";
import { writeErrorMessage } from "../write/write-error.js";
import { writeModelTables, type ModelFormat } from "./generate-tables.js";

const COUNTS = {
  facilities: "facilities",
  centres: "centres",
  "support-centres": "supportCentres",
  services: "services",
  years: "years",
  seed: "seed",
} as const;
const METHODS: readonly GenerateMethod[] = ["direct", "step-down", "reciprocal"];

interface GenerateInvocation {
  readonly options: GenerateOptions;
  readonly format: ModelFormat;
  readonly out: string;
  readonly lang: Language | undefined;
}

/** Reads the arguments after `generate`. */
function parseGenerate(argv: readonly string[]): GenerateInvocation {
  const known = {
    size: { type: "string" },
    method: { type: "string" },
    out: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    ...Object.fromEntries(Object.keys(COUNTS).map((k) => [k, { type: "string" as const }])),
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: false, strict: true, options: known });
  } catch (error) {
    throw parseArgsFailure(error, known);
  }
  const values = parsed.values as Record<string, string | undefined>;
  const lang = values["lang"];
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw langExpected(lang);
  const out = values["out"];
  if (out === undefined || out === "") throw new UsageError("usage-generate-out");
  const size = values["size"] ?? "small";
  if (!(GENERATE_SIZES as readonly string[]).includes(size)) throw expects("size", "usage-expect-generate-size", size);
  // The national model as one JSON file would be past V8's string limit: tables by default.
  const format = values["format"] ?? (size === "national" ? "parquet" : "json");
  if (format !== "json" && format !== "csv" && format !== "parquet") {
    throw expects("format", "usage-expect-generate-format", format);
  }
  const method = values["method"];
  if (method !== undefined && !(METHODS as readonly string[]).includes(method)) {
    throw expects("method", "usage-expect-generate-method", method);
  }
  const options: { -readonly [K in keyof GenerateOptions]: GenerateOptions[K] } = { size: size as GenerateSize };
  if (method !== undefined) options.method = method as GenerateMethod;
  for (const [flag, key] of Object.entries(COUNTS)) {
    const text = values[flag];
    if (text === undefined) continue;
    const { min, max } = GENERATE_LIMITS[key];
    const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError("usage-whole-number", { option: flag, min, max, received: text });
    }
    options[key] = n;
  }
  const centres = options.centres;
  const support = options.supportCentres;
  if (support !== undefined && support >= (centres ?? 40)) {
    throw new UsageError("usage-support-centres", { centres: centres ?? 40 });
  }
  return { options, format, out, lang };
}

/**
 * `costplan generate --size small|province|national [--format json|csv|parquet] [--facilities N --centres N --support-centres N
 * --services N --years N --method M] --seed S --out DIR`: writes a synthetic, valid model
 * to DIR/model.json (for trying the tool and benchmarks; every figure an assumption).
 */
export async function generateCommand(argv: readonly string[], out: Output): Promise<number> {
  let inv: GenerateInvocation;
  try {
    inv = parseGenerate(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The arguments did not parse, so look for --lang by hand to answer in the asked language.
    const asked = argv[argv.indexOf("--lang") + 1];
    const lang = chooseLanguage(argv.includes("--lang") && (asked === "vi" || asked === "en") ? asked : undefined);
    out.err(`costplan: ${message(error.code, lang, error.params)}`);
    out.err(usage(lang));
    return 2;
  }
  const lang = chooseLanguage(inv.lang);
  const doc = generateModel(inv.options);
  const target = join(inv.out, "model.json");
  try {
    mkdirSync(inv.out, { recursive: true });
  } catch (error) {
    out.err(`${inv.out}: ${writeErrorMessage(error)[lang]}`);
    return 1;
  }
  let document: unknown;
  try {
    document = inv.format === "json" ? doc : await writeModelTables(doc, inv.out, inv.format);
  } catch (error) {
    // A full disk or a folder that turned read-only while the tables were written.
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    out.err(`${inv.out}: ${writeErrorMessage(error)[lang]}`);
    return 1;
  }
  const written = await writeAtomically(target, new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`));
  if (!written.ok) {
    out.err(`${target}: ${written.message[lang]}`);
    return 1;
  }
  const services = doc.serviceLists.reduce((n, l) => n + l.services.length, 0);
  const centres = doc.facilities.reduce((n, f) => n + (f.costCentres?.centres.length ?? 0), 0);
  const years = doc.programme.lastYear - doc.programme.firstYear + 1;
  const n = (x: number): string => formatNumber(x, lang);
  const { seed } = resolveGenerateOptions(inv.options);
  const counts = { facilities: n(doc.facilities.length), centres: n(centres), services: n(services), years: n(years) };
  out.out(message("generated-model", lang, { file: target, ...counts, seed }));
  return 0;
}
