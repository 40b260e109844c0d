import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "@costplan/core";
import { PRICING, PROGRAMME, TABLES, type KeyValueSheet, type TableSheet } from "../layout.js";
import { RESULT_SHEET_NAMES } from "../results/sheet-names.js";
import { choiceCodes } from "../template/choices.js";
import { BOOLEAN_LABELS, CHOICE_LABELS, EARLIER_LABELS, type ChoiceList } from "./choice-labels.js";
import { headerOf } from "./headers.js";
import { booleanOf, choiceCodeOf, choiceLabel, columnKeyOf, normalise, sheetKeyOf } from "./match.js";
import { SHEET_NAMES, sheetName, type SheetKey } from "./sheet-names.js";

const SHEETS: readonly (TableSheet | KeyValueSheet)[] = [PROGRAMME, ...Object.values(TABLES), PRICING];
const keysOf = (sheet: TableSheet | KeyValueSheet): readonly string[] => ("columns" in sheet ? sheet.columns : sheet.fields).map((c) => c.key);
const LISTS = Object.keys(CHOICE_LABELS) as ChoiceList[];

const language = fc.constantFrom<Language>(...LANGUAGES);
const column = fc.constantFrom(...SHEETS.flatMap((sheet) => keysOf(sheet).map((key) => ({ sheet: sheet.name as SheetKey, key }))));
const choice = fc.constantFrom(...LISTS.flatMap((list) => Object.keys(CHOICE_LABELS[list]).map((code) => ({ list, code }))));

/**
 * A label as a person may type or a spreadsheet may save it: any letter case, spaces
 * around and doubled inside, and Vietnamese letters decomposed (NFD), as macOS and some
 * input methods store them.
 */
const retyped = (label: string): fc.Arbitrary<string> =>
  fc
    .record({
      cases: fc.array(fc.boolean(), { minLength: label.length, maxLength: label.length }),
      before: fc.constantFrom("", " ", "  ", "\t"),
      after: fc.constantFrom("", " ", "\u00a0"),
      doubled: fc.boolean(),
      form: fc.constantFrom<"NFC" | "NFD">("NFC", "NFD"),
    })
    .map(({ cases, before, after, doubled, form }) => {
      // Labels are NFC text without surrogate pairs, so each letter is one code unit and its offset picks its case.
      const cased = label.replace(/./gu, (ch, i: number) => (cases[i] === true ? ch.toLocaleUpperCase("vi") : ch.toLocaleLowerCase("vi")));
      return `${before}${doubled ? cased.replaceAll(" ", "  ") : cased}${after}`.normalize(form);
    });

/** Every spelling the reader accepts for each key of a table of labels: the key and its label in each language. */
const spellings = (labels: Readonly<Record<string, Readonly<Record<Language, string>>>>): [string, string][] =>
  Object.entries(labels).flatMap(([key, label]) => [key, ...LANGUAGES.map((l) => label[l])].map((text): [string, string] => [normalise(text), key]));

/** The spellings two different keys share, which would make a label mean two things. */
const clashes = (labels: Readonly<Record<string, Readonly<Record<Language, string>>>>): string[] => {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const [text, key] of spellings(labels)) {
    const first = owner.get(text);
    if (first === undefined) owner.set(text, key);
    else if (first !== key) out.push(`"${text}": ${first} and ${key}`);
  }
  return out;
};

describe("the label table of the input sheets", () => {
  it("maps every column's header, in either language and however it is retyped, back to its key", () => {
    fc.assert(
      fc.property(
        column.chain((c) =>
          fc.tuple(
            fc.constant(c),
            language.chain((l) => retyped(headerOf(c.sheet, c.key)[l])),
          ),
        ),
        ([{ sheet, key }, typed]) => {
          expect(columnKeyOf(sheet, typed)).toBe(key);
        },
      ),
    );
  });

  it("maps every field key itself back to its key, so workbooks made before headers had labels still read", () => {
    fc.assert(
      fc.property(column, ({ sheet, key }) => {
        expect(columnKeyOf(sheet, key)).toBe(key);
      }),
    );
  });

  it("maps every drop-down label, in either language and however it is retyped, back to its code, and the code to its label", () => {
    fc.assert(
      fc.property(
        choice.chain((c) =>
          fc.tuple(
            fc.constant(c),
            language,
            language.chain((l) => retyped(CHOICE_LABELS[c.list][c.code]![l])),
          ),
        ),
        ([{ list, code }, lang, typed]) => {
          expect(choiceCodeOf(list, typed)).toBe(code);
          expect(choiceCodeOf(list, code)).toBe(code);
          expect(choiceCodeOf(list, choiceLabel(list, code, lang))).toBe(code);
        },
      ),
    );
  });

  it("maps every tab name, in either language and however it is retyped, back to its sheet", () => {
    const sheet = fc.constantFrom(...(Object.keys(SHEET_NAMES) as SheetKey[]));
    fc.assert(
      fc.property(
        sheet.chain((key) =>
          fc.tuple(
            fc.constant(key),
            language.chain((l) => retyped(sheetName(key, l))),
          ),
        ),
        ([key, typed]) => {
          expect(sheetKeyOf(typed)).toBe(key);
        },
      ),
    );
  });

  it("reads yes and no in either language, however retyped", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<"true" | "false">("true", "false").chain((b) =>
          fc.tuple(
            fc.constant(b),
            language.chain((l) => retyped(BOOLEAN_LABELS[b][l])),
          ),
        ),
        ([b, typed]) => {
          expect(booleanOf(typed)).toBe(b === "true");
        },
      ),
    );
  });

  it("has no two columns of a sheet share a spelling (key, en or vi label), nor two codes of a drop-down, nor two sheets a tab name", () => {
    for (const sheet of SHEETS) {
      const labels = Object.fromEntries(keysOf(sheet).map((key) => [key, headerOf(sheet.name, key)]));
      expect(clashes(labels), sheet.name).toEqual([]);
    }
    for (const list of LISTS) expect(clashes(CHOICE_LABELS[list]), list).toEqual([]);
    expect(clashes(SHEET_NAMES)).toEqual([]);
    expect(clashes(BOOLEAN_LABELS)).toEqual([]);
  });
});

describe("edge cases", () => {
  it("labels every column of the layout and every code each drop-down offers, each label mapping back to its own key", () => {
    for (const sheet of SHEETS) {
      for (const key of keysOf(sheet)) {
        // Each one, not a sample: a label that maps to another column is found whichever it is.
        for (const lang of LANGUAGES) expect(columnKeyOf(sheet.name as SheetKey, headerOf(sheet.name, key)[lang]), `${sheet.name}.${key} ${lang}`).toBe(key);
      }
    }
    for (const list of LISTS) {
      expect(Object.keys(CHOICE_LABELS[list]).sort(), list).toEqual([...(choiceCodes(list, []) ?? [])].sort());
      for (const code of Object.keys(CHOICE_LABELS[list])) {
        for (const lang of LANGUAGES) expect(choiceCodeOf(list, choiceLabel(list, code, lang)), `${list}.${code} ${lang}`).toBe(code);
      }
    }
  });

  it("reads the short labels earlier templates wrote back to their code, and none is another code's label now", () => {
    for (const list of LISTS) {
      for (const [code, label] of Object.entries(EARLIER_LABELS[list] ?? {})) {
        for (const lang of LANGUAGES) expect(choiceCodeOf(list, label[lang]), `${list}.${code} ${lang}`).toBe(code);
      }
    }
    expect(choiceCodeOf("category", "Hạ tầng")).toBe("infrastructure");
    expect(choiceCodeOf("method", "Khấu hao đường thẳng")).toBe("straight-line");
  });

  it("gives tab names Excel accepts: 1 to 31 characters, none of []:*?/\\, no apostrophe at either end, none a result sheet's", () => {
    const results = new Set(Object.values(RESULT_SHEET_NAMES).flatMap((names) => Object.values(names).map(normalise)));
    for (const names of Object.values(SHEET_NAMES)) {
      for (const name of Object.values(names)) expect(results.has(normalise(name)), name).toBe(false);
      for (const name of Object.values(names)) {
        expect(name.length, name).toBeGreaterThan(0);
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name, name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      }
    }
  });

  it("does not take a label of another sheet or list for one of this one's: unknown text maps to nothing", () => {
    expect(columnKeyOf("CostItems", "Mã dịch vụ")).toBeUndefined();
    expect(choiceCodeOf("nature", "Khám bệnh")).toBeUndefined();
    expect(sheetKeyOf("Notes")).toBeUndefined();
    expect(booleanOf("maybe")).toBeUndefined();
  });
});
