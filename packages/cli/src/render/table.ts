import Table from "cli-table3";

/** A plain table: a header row, then rows; the first `textColumns` columns are left-aligned text, the rest right-aligned numbers. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const t = new Table({
    head: [...head],
    style: { head: [], border: [], compact: true },
    colAligns: head.map((_, i) => (i < textColumns ? "left" : "right")),
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const row of rows) t.push([...row]);
  return t.toString();
}
