import type { Problem } from "./problem.js";
import { modelSchema } from "./schema.js";

/*
 * zod reports a document's problems field by field in the schema's order, each object's unknown
 * keys after its fields. When a model's price lists are checked apart from the rest (table files,
 * checked column by column), their rows' problems are put back where zod would have reported them
 * in the whole document, so a table model and its JSON form list the same problems in one order.
 */

const TOP = Object.keys(modelSchema.shape);
const LISTS_AT = TOP.indexOf("serviceLists");
const LIST_FIELDS = Object.keys(modelSchema.shape.serviceLists.unwrap().element.shape);
const IN_LIST = /^\$\.serviceLists\[(\d+)\](?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\["(?:[^"\\]|\\.)*"\])?/;
const TOP_KEY = /^\$\.([A-Za-z_$][A-Za-z0-9_$]*)/;

/** Where a problem comes in zod's walk: [list, place in the list's fields]; before every list is [-1, 0], after every list [+∞, 0]. */
function rank(p: Problem): readonly [number, number] {
  const list = IN_LIST.exec(p.path);
  if (list !== null) {
    const field = list[2];
    if (field === undefined) return [Number(list[1]), list[0].length === p.path.length ? -1 : LIST_FIELDS.length];
    const at = LIST_FIELDS.indexOf(field);
    // An unknown key of a list itself comes after its fields (zod reports unknown keys last).
    const ownKey = list[0].length === p.path.length;
    return [Number(list[1]), at < 0 || (ownKey && p.code === "unknown-key") ? LIST_FIELDS.length : at];
  }
  const top = TOP_KEY.exec(p.path)?.[1];
  if (top === undefined) return [-1, 0];
  const at = TOP.indexOf(top);
  return at >= 0 && at <= LISTS_AT ? [-1, 0] : [Number.POSITIVE_INFINITY, 0];
}

/**
 * The problems in the order zod gives for the whole document (a stable sort: problems of one
 * place keep their order).
 *
 * @param problems - the rest of the document's problems in zod's order, then the rows' problems list by list
 */
export function orderLikeZod(problems: readonly Problem[]): Problem[] {
  const ranked = problems.map((p, i) => ({ p, i, r: rank(p) }));
  ranked.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i);
  return ranked.map((x) => x.p);
}
