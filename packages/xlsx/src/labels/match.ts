import type { Language } from "@costplan/core";
import { BOOLEAN_LABELS, CHOICE_LABELS, EARLIER_LABELS, type ChoiceList } from "./choice-labels.js";
import { HEADERS } from "./headers.js";
import { SHEET_NAMES, type Bilingual, type SheetKey } from "./sheet-names.js";

/**
 * How a label typed or saved by a person is compared: trimmed, spaces collapsed, Unicode
 * NFC (a Vietnamese letter typed with combining marks is the same letter) and without case.
 */
export function normalise(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en-US");
}

/**
 * A lookup from every accepted spelling (the key, its en and vi labels, then any earlier
 * labels) to the key; first key wins.
 */
function lookup(labels: Readonly<Record<string, Bilingual>>, earlier: Readonly<Record<string, Bilingual>> = {}): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  const add = (text: string, key: string): void => {
    const n = normalise(text);
    if (!found.has(n)) found.set(n, key);
  };
  for (const key of Object.keys(labels)) add(key, key);
  for (const table of [labels, earlier]) {
    for (const [key, label] of Object.entries(table)) {
      add(label.en, key);
      add(label.vi, key);
    }
  }
  return found;
}

const SHEETS = lookup(SHEET_NAMES);
const HEADER_LOOKUPS = new Map(Object.entries(HEADERS).map(([sheet, labels]) => [sheet, lookup(labels)]));
const CHOICE_LOOKUPS = new Map((Object.keys(CHOICE_LABELS) as ChoiceList[]).map((list) => [list, lookup(CHOICE_LABELS[list], EARLIER_LABELS[list])] as const));
const BOOLEANS = lookup(BOOLEAN_LABELS);

/** The input sheet a tab's name stands for (its name in vi or en, or its old English name), or undefined. */
export function sheetKeyOf(name: string): SheetKey | undefined {
  return SHEETS.get(normalise(name)) as SheetKey | undefined;
}

/** The column key a header (or a key/value sheet's field label) stands for, in vi, en or as the key. */
export function columnKeyOf(sheet: SheetKey, header: string): string | undefined {
  return HEADER_LOOKUPS.get(sheet)?.get(normalise(header));
}

/** The code a drop-down cell stands for: its label in vi or en, or the code itself; undefined when none. */
export function choiceCodeOf(list: ChoiceList, text: string): string | undefined {
  return CHOICE_LOOKUPS.get(list)?.get(normalise(text));
}

/** What a drop-down shows for a code in a language (the code itself when it has no label). */
export function choiceLabel(list: ChoiceList, code: string, language: Language): string {
  const labels = CHOICE_LABELS[list];
  return Object.hasOwn(labels, code) ? labels[code]![language] : code;
}

/** A boolean typed as a word: yes/no in either language, true/false or 1/0; undefined otherwise. */
export function booleanOf(text: string): boolean | undefined {
  const n = normalise(text);
  if (n === "1") return true;
  if (n === "0") return false;
  const key = BOOLEANS.get(n);
  return key === undefined ? undefined : key === "true";
}
