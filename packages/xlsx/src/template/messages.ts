/**
 * The problems the reader finds in a filled workbook. Each names the cell (`CostItems!H7`)
 * and says what the cell expects, so a finance officer can go straight to it and fix it;
 * the words are the catalogue's.
 */
import { messages, type MessageCode, type MessageParams } from "@costplan/core";

/** Text in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/** One thing wrong with a filled workbook: the cell (or sheet) and what to do about it. */
export interface ReadProblem {
  /** Cell such as `CostItems!H7`, row header such as `CostItems!2:2`, or a sheet name. */
  readonly where: string;
  readonly message: Bilingual;
}

/** Shows a found cell value briefly: text quoted, cut at 60 characters. */
export function shownCell(value: string | number | boolean | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");
/** A list of labels quoted in each language, as the messages' `NAME` and `NAMEVi` parameters. */
const quotedIn = (values: readonly Bilingual[], name: string): MessageParams => ({
  [name]: quoted(values.map((v) => v.en)),
  [`${name}Vi`]: quoted(values.map((v) => v.vi)),
  count: values.length,
});

/** A noun of the catalogue (`noun-facility`) that a problem names, with the parameters it quotes. */
export type Noun = readonly [code: MessageCode, params?: MessageParams];

/**
 * The reader's problems as messages of the catalogue, by what went wrong. The texts live in
 * the catalogue (core's errors/messages/workbook.ts); these give each its parameters.
 */
export const READ_MESSAGES = {
  expected: (expected: Bilingual, got: string, hint?: Bilingual): Bilingual =>
    messages("cell-expected", {
      expected: expected.en,
      expectedVi: expected.vi,
      received: got,
      ...(hint === undefined ? {} : { hint: hint.en, hintVi: hint.vi }),
    }),
  required: (expected: Bilingual): Bilingual => messages("required", { expected: expected.en, expectedVi: expected.vi }),
  formula: (formula: string): Bilingual => messages("cell-formula", { formula: formula.length > 40 ? `=${formula.slice(0, 37)}...` : `=${formula}` }),
  errorValue: (error: string): Bilingual => messages("cell-error", { error }),
  notWorkbook: (detail: string): Bilingual => messages("not-a-workbook", { detail }),
  missingSheet: (sheet: Bilingual): Bilingual => messages("sheet-missing", { sheet: sheet.en, sheetVi: sheet.vi }),
  twoSheets: (first: string, second: string): Bilingual => messages("sheet-twice", { first, second }),
  missingColumns: (headers: readonly Bilingual[]): Bilingual => messages("columns-missing", quotedIn(headers, "columns")),
  unknownColumn: (header: string, known: readonly Bilingual[]): Bilingual => messages("column-unknown", { header, ...quotedIn(known, "known") }),
  repeatedColumn: (header: string, first: string): Bilingual => messages("column-twice", { header, first }),
  missingKeys: (fields: readonly Bilingual[]): Bilingual => messages("fields-missing", quotedIn(fields, "fields")),
  unknownKey: (field: string, known: readonly Bilingual[]): Bilingual => messages("field-unknown", { field, ...quotedIn(known, "known") }),
  repeatedKey: (field: string, first: string): Bilingual => messages("field-twice", { field, first }),
  valueWithoutKey: (): Bilingual => messages("value-without-field", {}),
  repeatedRow: ([what, params = {}]: Noun, first: string): Bilingual => messages("row-twice", { ...params, what, first }),
  unknownOwner: ([what, params = {}]: Noun, id: string, sheet: string): Bilingual => messages("owner-unknown", { ...params, what, id, sheet }),
  twoDescriptions: (name: string, first: string): Bilingual => messages("scenario-two-descriptions", { name, first }),
} as const;
