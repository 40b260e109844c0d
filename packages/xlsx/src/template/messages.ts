/**
 * The problems the reader finds in a filled workbook. Each names the cell (`CostItems!H7`)
 * and says what the cell expects, so a finance officer can go straight to it and fix it;
 * the words are the catalogue's.
 */
import { locatedProblem, type LocatedProblem, type MessageCode, type MessageParams } from "@costplan/core";

/** Text in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/**
 * One thing wrong with a filled workbook, in the shape of every problem: its catalogue code, the
 * cell (`CostItems!H7`), row header (`CostItems!2:2`) or sheet it is at, and what to do about it.
 */
export type ReadProblem = LocatedProblem;

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
 * The reader's problems by what went wrong, each at its place (`where`) and with its catalogue
 * code. The texts live in the catalogue (core's errors/messages/workbook.ts); these give each its
 * parameters.
 */
export const READ_PROBLEMS = {
  expected: (where: string, expected: Bilingual, got: string, hint?: Bilingual): ReadProblem =>
    locatedProblem(where, "cell-expected", {
      expected: expected.en,
      expectedVi: expected.vi,
      received: got,
      ...(hint === undefined ? {} : { hint: hint.en, hintVi: hint.vi }),
    }),
  required: (where: string, expected: Bilingual): ReadProblem => locatedProblem(where, "required", { expected: expected.en, expectedVi: expected.vi }),
  formula: (where: string, formula: string): ReadProblem =>
    locatedProblem(where, "cell-formula", { formula: formula.length > 40 ? `=${formula.slice(0, 37)}...` : `=${formula}` }),
  errorValue: (where: string, error: string): ReadProblem => locatedProblem(where, "cell-error", { error }),
  notWorkbook: (where: string, zip: boolean): ReadProblem => locatedProblem(where, zip ? "workbook-damaged" : "not-a-workbook"),
  missingSheet: (where: string, sheet: Bilingual): ReadProblem => locatedProblem(where, "sheet-missing", { sheet: sheet.en, sheetVi: sheet.vi }),
  twoSheets: (where: string, first: string, second: string): ReadProblem => locatedProblem(where, "sheet-twice", { first, second }),
  missingColumns: (where: string, headers: readonly Bilingual[]): ReadProblem => locatedProblem(where, "columns-missing", quotedIn(headers, "columns")),
  unknownColumn: (where: string, header: string, known: readonly Bilingual[]): ReadProblem =>
    locatedProblem(where, "column-unknown", { header, ...quotedIn(known, "known") }),
  repeatedColumn: (where: string, header: string, first: string): ReadProblem => locatedProblem(where, "column-twice", { header, first }),
  missingKeys: (where: string, fields: readonly Bilingual[]): ReadProblem => locatedProblem(where, "fields-missing", quotedIn(fields, "fields")),
  unknownKey: (where: string, field: string, known: readonly Bilingual[]): ReadProblem =>
    locatedProblem(where, "field-unknown", { field, ...quotedIn(known, "known") }),
  repeatedKey: (where: string, field: string, first: string): ReadProblem => locatedProblem(where, "field-twice", { field, first }),
  valueWithoutKey: (where: string): ReadProblem => locatedProblem(where, "value-without-field", {}),
  repeatedRow: (where: string, [what, params = {}]: Noun, first: string): ReadProblem => locatedProblem(where, "row-twice", { ...params, what, first }),
  unknownOwner: (where: string, [what, params = {}]: Noun, id: string, sheet: string): ReadProblem =>
    locatedProblem(where, "owner-unknown", { ...params, what, id, sheet }),
  twoDescriptions: (where: string, name: string, first: string): ReadProblem => locatedProblem(where, "scenario-two-descriptions", { name, first }),
  fundingInTwoPlaces: (where: string, item: string, shares: string): ReadProblem => locatedProblem(where, "funding-in-two-places", { item, shares }),
} as const;
