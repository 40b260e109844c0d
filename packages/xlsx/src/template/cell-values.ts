import type { Language } from "@costplan/core";
import type { Column } from "../layout.js";
import { BOOLEAN_LABELS, isChoiceList } from "../labels/choice-labels.js";
import { booleanOf, choiceCodeOf, choiceLabel } from "../labels/match.js";
import type { Bilingual } from "./messages.js";
import { readTypedNumber } from "./typed-number.js";

/**
 * How model values become cell values and back. Writing keeps numbers as numbers and
 * text as plain strings (never formulas); reading accepts what Excel makes of what a
 * person types, and says what it expected when it cannot.
 */

/** A value as written into a cell. */
export type CellValue = string | number | boolean | null;

/** A cell's content as read: nothing, a plain value, or something an input cell must not hold. */
export type RawCell =
  | { readonly kind: "empty" }
  | { readonly kind: "value"; readonly value: string | number | boolean | Date }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "error"; readonly error: string };

/** The outcome of converting one cell: the model value, or what the cell should hold. */
export type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly expected: Bilingual; readonly hint?: Bilingual };

/** Excel keeps 15 significant digits; larger amounts are written as digit text so they survive. */
const EXCEL_EXACT_LIMIT = 999_999_999_999_999;

const EXPECTED: Readonly<Record<Column["kind"], Bilingual>> = {
  text: { en: "text", vi: "văn bản" },
  id: { en: "an id: letters, digits, '.', '_' or '-'", vi: "một mã gồm chữ cái, chữ số, '.', '_' hoặc '-'" },
  amount: { en: "an amount in đồng (a whole number ≥ 0)", vi: "một số tiền theo đồng (số nguyên ≥ 0)" },
  number: { en: "a number such as 0.08", vi: "một số, ví dụ 0.08" },
  integer: { en: "a whole number", vi: "một số nguyên" },
  year: { en: "a year such as 2021", vi: "một năm, ví dụ 2021" },
  month: { en: "a month YYYY-MM such as 2021-07", vi: "một tháng dạng YYYY-MM, ví dụ 2021-07" },
  boolean: { en: "Yes or No (or TRUE/FALSE)", vi: "Có hoặc Không (hoặc TRUE/FALSE)" },
  list: { en: "values separated by ;", vi: "các giá trị cách nhau bởi ;" },
  json: { en: "a value: a number, TRUE/FALSE, text or JSON", vi: "một giá trị: số, TRUE/FALSE, văn bản hoặc JSON" },
};

/** One group after a lone "." or ",": 1234 in Vietnamese, a decimal in English. */
const AMBIGUOUS: Bilingual = {
  en: 'one "." or "," before three digits reads as a thousands separator in Vietnamese and as a decimal point in English; type the digits alone, such as 1234',
  vi: 'một dấu "." hoặc "," trước ba chữ số là dấu phân cách hàng nghìn trong tiếng Việt nhưng là dấu thập phân trong tiếng Anh; hãy chỉ gõ chữ số, ví dụ 1234',
};

const ESCALATION: Bilingual = { en: "a yearly growth rate such as 0.05, or index", vi: "tỷ lệ tăng hằng năm, ví dụ 0.05, hoặc index" };

/** Funding: one source id, or shares of several. */
export const FUNDING_EXPECTED: Bilingual = {
  en: "a funding source id (the shares of several sources go on the FundingShares sheet), or id:share; id:share such as state:0.6; own:0.4",
  vi: "mã nguồn vốn (tỷ lệ của nhiều nguồn ghi ở trang Tỷ lệ nguồn vốn), hoặc mã:tỷ lệ; mã:tỷ lệ, ví dụ state:0.6; own:0.4",
};

/** Allocation bases: what each support centre's base measures. */
export const BASES_EXPECTED: Bilingual = {
  en: "centre=base; centre=base such as IT=EMR workstations; ADMIN=employees",
  vi: "trung tâm=tiêu thức; trung tâm=tiêu thức, ví dụ IT=số máy trạm; ADMIN=số nhân viên",
};

/** What a column expects, in words. */
export function expectation(column: Column): Bilingual {
  return column.choices === "escalation" ? ESCALATION : EXPECTED[column.kind];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const WHOLE = /^-?\d+$/;

const ok = (value: unknown): Converted => ({ ok: true, value });

/**
 * A number typed as text, when it is one in both conventions; a hint when the text is a
 * number in one convention only.
 */
function typedNumber(text: string, expected: Bilingual, accept: (n: number) => boolean): Converted {
  const typed = readTypedNumber(text);
  if (typed.kind === "ambiguous") return { ok: false, expected, hint: AMBIGUOUS };
  return typed.kind === "number" && accept(typed.value) ? ok(typed.value) : { ok: false, expected };
}

const wholeAtLeastZero = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * Converts a cell's value by the kind of its column. Numbers typed as text are accepted
 * where the text says one number whichever the typist's convention ("1500000",
 * "1.234.567", "1,234,567", "0,08"); one lone group ("1.234") is refused with a hint, since
 * in Vietnamese "." groups thousands and in English it is the decimal point.
 */
export function fromCell(column: Column, value: string | number | boolean | Date): Converted {
  const fail: Converted = { ok: false, expected: expectation(column) };
  // A drop-down's label in either language stands for its code; other text goes on to the model's check, which names the codes.
  if (isChoiceList(column.choices) && typeof value === "string") return ok(choiceCodeOf(column.choices, value) ?? value);
  if (column.choices === "escalation") {
    if (typeof value === "number") return ok(value);
    if (typeof value === "string" && value.toLowerCase() === "index") return ok("index");
    return typeof value === "string" && DECIMAL.test(value) ? ok(Number(value)) : fail;
  }
  switch (column.kind) {
    case "text":
    case "id":
      if (typeof value === "number") return ok(String(value));
      return typeof value === "string" ? ok(value) : fail;
    case "amount":
      if (typeof value === "number") return wholeAtLeastZero(value) ? ok(value) : fail;
      return typeof value === "string" ? typedNumber(value, fail.expected, wholeAtLeastZero) : fail;
    case "number":
      if (typeof value === "number") return Number.isFinite(value) ? ok(value) : fail;
      // The template asks for a decimal point here, so "1.234" is 1.234, as it says.
      if (typeof value === "string" && DECIMAL.test(value)) return ok(Number(value));
      return typeof value === "string" ? typedNumber(value, fail.expected, Number.isFinite) : fail;
    case "integer":
      if (typeof value === "number") return Number.isSafeInteger(value) ? ok(value) : fail;
      return typeof value === "string" ? typedNumber(value, fail.expected, Number.isSafeInteger) : fail;
    case "year": {
      // A year is never grouped: "2.025" is no year.
      const n = typeof value === "string" && WHOLE.test(value) ? Number(value) : value;
      return typeof n === "number" && Number.isSafeInteger(n) ? ok(n) : fail;
    }
    case "month":
      if (value instanceof Date) return ok(monthOf(value));
      // The format itself is checked by the model's schema, which names it precisely.
      return typeof value === "string" ? ok(value) : fail;
    case "boolean": {
      if (typeof value === "boolean") return ok(value);
      if (value === 1 || value === 0) return ok(value === 1);
      const word = typeof value === "string" ? booleanOf(value) : undefined;
      return word === undefined ? fail : ok(word);
    }
    case "list":
      if (typeof value === "number") return ok([String(value)]);
      return typeof value === "string" ? ok(splitList(value)) : fail;
    case "json":
      if (typeof value === "number" || typeof value === "boolean") return ok(value);
      return typeof value === "string" ? fromJsonText(value, fail) : fail;
  }
}

/**
 * Excel turns a typed `2021-07` into the date 1 July 2021: read it back as the month.
 * A date on another day keeps its day (`2021-07-15`), which the model also accepts.
 * Excel dates carry no time zone; exceljs reads them as UTC.
 */
function monthOf(date: Date): string {
  const iso = date.toISOString();
  return date.getUTCDate() === 1 ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** JSON where the text is JSON; other text is taken as it stands (`equivalent-annual-cost`). */
function fromJsonText(text: string, fail: Converted): Converted {
  try {
    return ok(JSON.parse(text));
  } catch {
    return /^[[{"]/.test(text) ? fail : ok(text);
  }
}

/** Splits `a; b; c` into its non-empty, trimmed parts. */
export function splitList(text: string): string[] {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * Reads funding text: an id alone, or the `id:share; id:share` shares that templates made
 * before the FundingShares sheet held in the cell; undefined when it is neither.
 */
export function parseFunding(text: string): string | { source: string; share: number }[] | undefined {
  if (!text.includes(":")) return text;
  const shares: { source: string; share: number }[] = [];
  for (const part of splitList(text)) {
    const match = /^([^:]+):\s*(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)$/.exec(part);
    if (match === null) return undefined;
    shares.push({ source: match[1]!.trim(), share: Number(match[2]) });
  }
  return shares.length > 0 ? shares : undefined;
}

/** Allocation bases as written, `IT=EMR workstations; ADMIN=employees`, in the order given. */
export function formatBases(bases: readonly (readonly [string, string])[]): string {
  return bases.map(([centre, base]) => `${centre}=${base}`).join("; ");
}

/** Reads allocation bases; undefined when a part has no `=` or a centre is named twice. */
export function parseBases(text: string): Record<string, string> | undefined {
  // A Map, then fromEntries: a centre named "__proto__" must stay an ordinary key.
  const bases = new Map<string, string>();
  for (const part of splitList(text)) {
    const at = part.indexOf("=");
    const centre = part.slice(0, at).trim();
    const base = part.slice(at + 1).trim();
    if (at < 0 || centre === "" || base === "" || bases.has(centre)) return undefined;
    bases.set(centre, base);
  }
  return Object.fromEntries(bases);
}

/**
 * A model value as an input cell shows it in a language: a code of a closed list as its
 * label (`Triển khai phần mềm`), a boolean as yes or no (`Có`), anything else as {@link toCell}.
 */
export function toInputCell(column: Column, value: unknown, language: Language): CellValue {
  if (isChoiceList(column.choices) && typeof value === "string") return choiceLabel(column.choices, value, language);
  if (column.kind === "boolean" && typeof value === "boolean") return BOOLEAN_LABELS[value ? "true" : "false"][language];
  return toCell(column, value);
}

/**
 * A model value as a cell value: numbers stay numbers (so live formulas can use them),
 * text stays plain text (a name beginning with `=` is text, never a formula), lists
 * are joined with `; ` and scenario values are JSON.
 */
export function toCell(column: Column, value: unknown): CellValue {
  if (value === undefined) return null;
  // A scenario may set a value to null: that is the JSON text "null", not an empty cell.
  if (column.kind === "json") return JSON.stringify(value);
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(String).join("; ");
  if (typeof value === "number") return column.kind === "amount" && value > EXCEL_EXACT_LIMIT ? String(value) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
