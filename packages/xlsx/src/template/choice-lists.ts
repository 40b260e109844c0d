import type ExcelJS from "exceljs";
import type { Language } from "@costplan/core";
import type { Column } from "../layout.js";
import { HEADER_ROW } from "../layout.js";
import { CHOICE_LABELS, type ChoiceList } from "../labels/choice-labels.js";
import { absolute } from "./address.js";
import { choicesOf } from "./choices.js";
import { LISTS_SHEET } from "./reference-lists.js";

/** A closed list whose drop-down lists cells of the Lists sheet: a labelled choice, or the programme's hospital classes. */
export type ListedChoice = ChoiceList | "class";

/** Every closed list a drop-down offers, in the order the Lists sheet holds them. */
export const LISTED_CHOICES: readonly ListedChoice[] = [...(Object.keys(CHOICE_LABELS) as ChoiceList[]), "class"];

/** The defined name of a closed list's cells, as a drop-down's formula names it: `Choices_category`. */
export function choiceListName(list: ListedChoice): string {
  return `Choices_${list}`;
}

/** Whether a column's drop-down is a closed list on the Lists sheet (escalation is a rate or `index`: free text). */
export function isListedChoice(choice: Column["choices"]): choice is ListedChoice {
  return choice !== undefined && choice !== "escalation";
}

/**
 * Writes each closed list's labels in the language down a column of the hidden Lists sheet
 * (the key in the header row, one label a row below it) and defines its name over them.
 * Cells, unlike Excel's inline list `"a,b,c"` (at most 255 characters, no commas), hold core's
 * labels as they are, and Excel, LibreOffice and openpyxl keep a list validation that names
 * a range.
 *
 * @param workbook - the workbook holding the input sheets (it is changed; the Lists sheet is added when absent)
 * @param classes - the programme's hospital classes, offered as they are
 * @param language - the language of the labels
 */
export function addChoiceLists(workbook: ExcelJS.Workbook, classes: readonly string[], language: Language): void {
  const ws = workbook.getWorksheet(LISTS_SHEET) ?? workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  // After the columns that gather ids, with one empty column between.
  const first = ws.columnCount + 2;
  LISTED_CHOICES.forEach((list, k) => {
    const column = first + k;
    const labels = choicesOf(list, classes, language) ?? [];
    ws.getCell(HEADER_ROW, column).value = list;
    labels.forEach((label, i) => (ws.getCell(HEADER_ROW + 1 + i, column).value = label));
    // A programme without hospital classes still gets a (one empty cell) range, so the name resolves.
    const last = HEADER_ROW + Math.max(1, labels.length);
    workbook.definedNames.add(`${absolute(LISTS_SHEET, HEADER_ROW + 1, column)}:${absolute(LISTS_SHEET, last, column).split("!")[1]!}`, choiceListName(list));
  });
}
