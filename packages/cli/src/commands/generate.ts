import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatNumber, generateModel, GENERATE_LIMITS, resolveGenerateOptions, GENERATE_SIZES, type GenerateMethod, type GenerateOptions, type GenerateSize, type Language } from "@costplan/core";
import { chooseLanguage } from "../language.js";
import type { Output } from "../output.js";
import { usage } from "../usage.js";
import { writeAtomically } from "../write-file.js";
import { writeErrorMessage } from "../write/write-error.js";
import { writeModelTables, type ModelFormat } from "./generate-tables.js";

type Bilingual = Readonly<Record<Language, string>>;

/** A generate command line that cannot be understood: exit 2 with this message. */
class GenerateUsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

const COUNTS = { facilities: "facilities", centres: "centres", "support-centres": "supportCentres", services: "services", years: "years", seed: "seed" } as const;
const METHODS: readonly GenerateMethod[] = ["direct", "step-down", "reciprocal"];

interface GenerateInvocation {
  readonly options: GenerateOptions;
  readonly format: ModelFormat;
  readonly out: string;
  readonly lang: Language | undefined;
}

/** Reads the arguments after `generate`. */
function parseGenerate(argv: readonly string[]): GenerateInvocation {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        size: { type: "string" },
        method: { type: "string" },
        out: { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        ...Object.fromEntries(Object.keys(COUNTS).map((k) => [k, { type: "string" as const }])),
      },
    });
  } catch (error) {
    const message = (error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, "");
    throw new GenerateUsageError({ en: message, vi: `không hiểu lệnh: ${message}` });
  }
  const values = parsed.values as Record<string, string | undefined>;
  const lang = values["lang"];
  if (lang !== undefined && lang !== "vi" && lang !== "en") throw new GenerateUsageError({ en: `--lang expects "vi" or "en", got "${lang}"`, vi: `--lang cần "vi" hoặc "en", nhận được "${lang}"` });
  const out = values["out"];
  if (out === undefined || out === "") throw new GenerateUsageError({ en: "generate needs --out DIR, the folder to write model.json to", vi: "generate cần --out THƯ_MỤC, thư mục để ghi model.json" });
  const size = values["size"] ?? "small";
  if (!(GENERATE_SIZES as readonly string[]).includes(size)) throw new GenerateUsageError({ en: `--size expects small, province or national, got "${size}"`, vi: `--size cần small, province hoặc national, nhận được "${size}"` });
  // The national model as one JSON file would be past V8's string limit: tables by default.
  const format = values["format"] ?? (size === "national" ? "parquet" : "json");
  if (format !== "json" && format !== "csv" && format !== "parquet") throw new GenerateUsageError({ en: `--format expects json, csv or parquet, got "${format}"`, vi: `--format cần json, csv hoặc parquet, nhận được "${format}"` });
  const method = values["method"];
  if (method !== undefined && !(METHODS as readonly string[]).includes(method)) {
    throw new GenerateUsageError({ en: `--method expects direct, step-down or reciprocal, got "${method}"`, vi: `--method cần direct, step-down hoặc reciprocal, nhận được "${method}"` });
  }
  const options: { -readonly [K in keyof GenerateOptions]: GenerateOptions[K] } = { size: size as GenerateSize };
  if (method !== undefined) options.method = method as GenerateMethod;
  for (const [flag, key] of Object.entries(COUNTS)) {
    const text = values[flag];
    if (text === undefined) continue;
    const { min, max } = GENERATE_LIMITS[key];
    const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new GenerateUsageError({ en: `--${flag} expects a whole number from ${min} to ${max}, got "${text}"`, vi: `--${flag} cần một số nguyên từ ${min} đến ${max}, nhận được "${text}"` });
    }
    options[key] = n;
  }
  const centres = options.centres;
  const support = options.supportCentres;
  if (support !== undefined && support >= (centres ?? 40)) {
    throw new GenerateUsageError({ en: `--support-centres must be fewer than --centres (${centres ?? 40}): a facility needs an operating centre`, vi: `--support-centres phải ít hơn --centres (${centres ?? 40}): mỗi cơ sở cần ít nhất một khoa trực tiếp` });
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
    if (!(error instanceof GenerateUsageError)) throw error;
    // The arguments did not parse, so look for --lang by hand to answer in the asked language.
    const asked = argv[argv.indexOf("--lang") + 1];
    const lang = chooseLanguage(argv.includes("--lang") && (asked === "vi" || asked === "en") ? asked : undefined);
    out.err(`costplan: ${error.text[lang]}`);
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
  out.out(
    lang === "vi"
      ? `đã ghi ${target}: ${n(doc.facilities.length)} cơ sở, ${n(centres)} trung tâm chi phí, ${n(services)} dịch vụ, ${n(years)} năm (seed ${seed}; mọi số liệu là giả định)`
      : `wrote ${target}: ${n(doc.facilities.length)} facilities, ${n(centres)} cost centres, ${n(services)} services, ${n(years)} years (seed ${seed}; every figure an assumption)`,
  );
  return 0;
}
