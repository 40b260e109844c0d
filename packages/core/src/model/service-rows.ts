import type { Service } from "./schema.js";

/*
 * A hand-written check of one price-list service row, for the lists that make up most of a
 * large model (112,000 rows at province size): zod builds several objects and closures per
 * row, this builds one. It accepts a row only when it is certain the schema accepts it, and
 * returns exactly what the schema returns (same keys in the same order, defaults applied);
 * any doubt gives undefined, and the caller then validates with zod, which names the
 * problem. So the messages and paths are zod's whichever way a model goes.
 */

const CATEGORIES = new Set(["examination", "bed-day", "technical", "test"]);
const KEYS = new Set([
  "code",
  "name",
  "category",
  "bedType",
  "centre",
  "volume",
  "volumePerBed",
  "weight",
  "currentPrice",
  "costElements",
  "maxPrice",
  "insuredShare",
  "coverage",
  "source",
  "assumption",
]);
const ELEMENTS = ["personnel", "direct", "depreciation", "generalAdministrative", "accumulation"] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Trimmed already and not empty: the schema's `text` would return it unchanged. */
const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.trim() === v;
/** A text in one language or both, as the schema's `localText` returns it (`{ en, vi }` in that key order), or undefined when not certainly valid. */
function localText(v: unknown): string | { en?: string; vi?: string } | undefined {
  if (isText(v)) return v;
  if (!isRow(v) || !knownKeys(v, LOCAL_KEYS)) return undefined;
  const { en, vi } = v;
  if ((en !== undefined && !isText(en)) || (vi !== undefined && !isText(vi)) || (en === undefined && vi === undefined)) return undefined;
  return { ...(en === undefined ? {} : { en }), ...(vi === undefined ? {} : { vi }) };
}
const isId = (v: unknown): v is string => typeof v === "string" && ID.test(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isAmount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isShare = (v: unknown): v is number => typeof v === "number" && v > 0 && v <= 1;
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Every own key is a field of the schema, none is undefined (the schema then drops it or keeps it; let zod decide). */
function knownKeys(row: Row, keys: ReadonlySet<string>): boolean {
  for (const key of Object.keys(row)) if (!keys.has(key) || row[key] === undefined) return false;
  return true;
}

const ELEMENT_KEYS = new Set<string>(ELEMENTS);
const LOCAL_KEYS = new Set(["en", "vi"]);

function costElements(value: unknown): Service["costElements"] | null {
  if (!isRow(value) || !knownKeys(value, ELEMENT_KEYS)) return null;
  const out: Record<string, number> = {};
  for (const key of ELEMENTS) {
    const v = value[key] ?? 0;
    if (!isAmount(v)) return null;
    out[key] = v;
  }
  return out as NonNullable<Service["costElements"]>;
}

/**
 * One service row as the schema returns it, or undefined when the row is not certainly valid.
 *
 * @example serviceRow({ code: "K1", name: "Visit", category: "examination", currentPrice: 39100 })
 * // { code: "K1", name: "Visit", category: "examination", weight: 1, currentPrice: 39100 }
 */
export function serviceRow(row: unknown): Service | undefined {
  if (!isRow(row) || !knownKeys(row, KEYS)) return undefined;
  const { code, name, category, bedType, centre, volume, volumePerBed, weight, currentPrice, maxPrice, insuredShare, coverage, source, assumption } = row;
  if (!isId(code) || !isText(name) || typeof category !== "string" || !CATEGORIES.has(category) || !isAmount(currentPrice)) return undefined;
  if (weight !== undefined && !(isFiniteNumber(weight) && weight > 0)) return undefined;
  // Built in the schema's field order, optional fields only when given, as zod returns them.
  const out: Row = { code, name, category };
  if (bedType !== undefined) {
    if (!isText(bedType)) return undefined;
    out["bedType"] = bedType;
  }
  if (centre !== undefined) {
    if (!isId(centre)) return undefined;
    out["centre"] = centre;
  }
  if (volume !== undefined) {
    if (!isCount(volume)) return undefined;
    out["volume"] = volume;
  }
  if (volumePerBed !== undefined) {
    if (!(isFiniteNumber(volumePerBed) && volumePerBed >= 0)) return undefined;
    out["volumePerBed"] = volumePerBed;
  }
  out["weight"] = weight ?? 1;
  out["currentPrice"] = currentPrice;
  if (row["costElements"] !== undefined) {
    const elements = costElements(row["costElements"]);
    if (elements === null) return undefined;
    out["costElements"] = elements;
  }
  if (maxPrice !== undefined) {
    if (!isAmount(maxPrice)) return undefined;
    out["maxPrice"] = maxPrice;
  }
  if (insuredShare !== undefined) {
    if (!(insuredShare === 0 || isShare(insuredShare))) return undefined;
    out["insuredShare"] = insuredShare;
  }
  if (coverage !== undefined) {
    if (!isShare(coverage)) return undefined;
    out["coverage"] = coverage;
  }
  if (source !== undefined) {
    const text = localText(source);
    if (text === undefined) return undefined;
    out["source"] = text;
  }
  if (assumption !== undefined) {
    const text = localText(assumption);
    if (text === undefined) return undefined;
    out["assumption"] = text;
  }
  return out as Service;
}

/**
 * The service rows of every price list of a model document, each as the schema returns it,
 * or undefined when any row (or the lists' shape) is not certainly valid: then the whole
 * document goes through zod, so every problem is found and named as before.
 */
export function serviceRowsOf(document: unknown): Service[][] | undefined {
  if (!isRow(document)) return undefined;
  const lists = document["serviceLists"];
  if (lists === undefined) return [];
  if (!Array.isArray(lists)) return undefined;
  const out: Service[][] = [];
  for (const list of lists) {
    if (!isRow(list) || !Array.isArray(list["services"])) return undefined;
    const rows = list["services"] as unknown[];
    const parsed: Service[] = new Array<Service>(rows.length);
    for (let i = 0; i < rows.length; i += 1) {
      const row = serviceRow(rows[i]);
      if (row === undefined) return undefined;
      parsed[i] = row;
    }
    out.push(parsed);
  }
  return out;
}
