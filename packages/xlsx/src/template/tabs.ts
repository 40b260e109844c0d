import { sheetKeyOf } from "../labels/match.js";
import { SHEET_NAMES, type SheetKey } from "../labels/sheet-names.js";
import { READ_PROBLEMS, type ReadProblem } from "./messages.js";

/** The name each input sheet has in a workbook being read. */
export type Tabs = Readonly<Record<SheetKey, string>>;

/** The input sheets found among a workbook's sheets. */
export interface FoundTabs {
  /** Each input sheet's tab; a sheet the workbook lacks keeps its English name, for messages. */
  readonly tabs: Tabs;
  readonly present: ReadonlySet<SheetKey>;
  /** An input sheet present twice (in both languages, say): which one is read would be a guess. */
  readonly problems: readonly ReadProblem[];
}

/**
 * Finds the input sheets among a workbook's sheet names: each by its name in vi, in en
 * or its old English name (`CostItems`), compared trimmed, without case and NFC-normalised.
 * Other sheets (results, a person's notes) are left alone.
 *
 * @example findTabs(["Khoản chi phí", "Notes"]).tabs.CostItems // "Khoản chi phí"
 */
export function findTabs(names: readonly string[]): FoundTabs {
  const tabs = new Map<SheetKey, string>();
  const problems: ReadProblem[] = [];
  for (const name of names) {
    const key = sheetKeyOf(name);
    if (key === undefined) continue;
    const first = tabs.get(key);
    if (first === undefined) tabs.set(key, name);
    else problems.push(READ_PROBLEMS.twoSheets(name, first, name));
  }
  const all = Object.fromEntries((Object.keys(SHEET_NAMES) as SheetKey[]).map((key) => [key, tabs.get(key) ?? SHEET_NAMES[key].en])) as Record<
    SheetKey,
    string
  >;
  return { tabs: all, present: new Set(tabs.keys()), problems };
}
