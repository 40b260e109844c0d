import type { CostItem } from "@costplan/core";
import { FUNDING_EXPECTED, parseFunding } from "./cell-values.js";
import type { Locations } from "./locations.js";
import { READ_PROBLEMS, shownCell, type ReadProblem } from "./messages.js";
import type { Row } from "./records.js";
import type { ReadRow } from "./sheet-readers.js";

/**
 * How a cost item's funding sits in a workbook. One source: its id in the item's `funding`
 * cell on CostItems, with a drop-down of the sources. Shares (several sources, or one source
 * given as a share): one row per source on FundingShares, each cell with its own drop-down,
 * and the item's `funding` cell left empty. Templates made before FundingShares held shares
 * as `id:share; id:share` text in the cell; that text still reads.
 */

/** The item's `funding` cell: the source id, or empty when the shares go to FundingShares. */
export function fundingCell(funding: CostItem["funding"]): string | undefined {
  return typeof funding === "string" ? funding : undefined;
}

/** The FundingShares rows of the items funded by shares, in item order, then in the order of the shares. */
export function fundingShareRows(items: readonly CostItem[]): Row[] {
  return items.flatMap((item) => (typeof item.funding === "string" ? [] : item.funding.map((f) => ({ item: item.id, source: f.source, share: f.share }))));
}

/**
 * Each cost item's funding as the sheets give it, by the item's index among the CostItems
 * rows, for the items whose cell alone does not say it: shares from FundingShares, or the
 * shares of an earlier template's text. An item's shares are located at their rows, so that
 * the model's check of their sum names the FundingShares cells.
 *
 * Call it before the cost items' own cells are located: the first place given for a path wins.
 *
 * @param items - the CostItems rows
 * @param shares - the FundingShares rows
 * @param loc - where each part of the document came from
 * @param problems - receives a share row naming an unknown item, an item given both ways, and unreadable text
 * @param itemsTab - the cost items sheet's name in the workbook, for the messages
 * @returns the funding of each item that has shares, by item index
 */
export function fundingOfItems(
  items: readonly ReadRow[],
  shares: readonly ReadRow[],
  loc: Locations,
  problems: ReadProblem[],
  itemsTab: string,
): Map<number, unknown> {
  const groups = sharesByItem(items, shares, problems, itemsTab);
  const out = new Map<number, unknown>();
  items.forEach((row, i) => {
    const cell = row.values["funding"];
    const group = groups.get(i);
    if (group !== undefined && cell !== undefined) {
      const id = row.values["id"];
      const item = typeof id === "string" ? id : "";
      problems.push(READ_PROBLEMS.fundingInTwoPlaces(row.at["funding"]!, item, cellsOf(group, "item")));
    } else if (group !== undefined) {
      // A row with an empty cell is already a problem there: the model's check of the whole list is located there too, and so left out.
      const empty = group.flatMap((share) => ["source", "share"].filter((key) => !(key in share.values)).map((key) => share.at[key] ?? share.start));
      loc.set(["costItems", i, "funding"], empty[0] ?? cellsOf(group, "share"));
      group.forEach((share, j) => {
        loc.set(["costItems", i, "funding", j], share.start);
        for (const key of ["source", "share"]) loc.set(["costItems", i, "funding", j, key], share.at[key] ?? share.start);
      });
      // The values read, no more: an empty share cell is already a problem, and the model's check would repeat it.
      out.set(
        i,
        group.map((share) => Object.fromEntries(Object.entries(share.values).filter(([key]) => key !== "item"))),
      );
    } else if (typeof cell === "string" && cell.includes(":")) {
      const parsed = parseFunding(cell);
      if (parsed === undefined) problems.push(READ_PROBLEMS.expected(row.at["funding"]!, FUNDING_EXPECTED, shownCell(cell)));
      else out.set(i, parsed);
    }
  });
  return out;
}

/** The share rows of each item, by item index (an id given twice on CostItems takes them at its first row). */
function sharesByItem(items: readonly ReadRow[], shares: readonly ReadRow[], problems: ReadProblem[], itemsTab: string): Map<number, ReadRow[]> {
  const index = new Map<string, number>();
  items.forEach((row, i) => {
    const id = row.values["id"];
    if (typeof id === "string" && !index.has(id)) index.set(id, i);
  });
  const groups = new Map<number, ReadRow[]>();
  for (const row of shares) {
    const id = row.values["item"];
    // An empty item cell is already a problem of its own.
    if (typeof id !== "string") continue;
    const i = index.get(id);
    if (i === undefined) {
      problems.push(READ_PROBLEMS.unknownOwner(row.at["item"]!, ["noun-cost-item"], id, itemsTab));
      continue;
    }
    groups.set(i, [...(groups.get(i) ?? []), row]);
  }
  return groups;
}

/** The cells of one column of some rows: a range when the rows follow each other (`FundingShares!C3:C4`), else each cell. */
function cellsOf(rows: readonly ReadRow[], key: string): string {
  // A sheet that lacks the column (its header renamed) has no cell there: the row's first cell stands in.
  const cells = rows.map((row) => row.at[key] ?? row.start);
  const adjacent = rows.every((row, k) => key in row.at && (k === 0 || row.row === rows[k - 1]!.row + 1));
  if (cells.length === 1) return cells[0]!;
  return adjacent ? `${cells[0]!}:${cells.at(-1)!.split("!")[1]!}` : cells.join(", ");
}
