/**
 * Paths into a model or a result, as the analyses address them.
 *
 * The syntax is the one scenario overrides use, with two selectors more so that one path can
 * name a group of inputs:
 * - `programme.discountRate`: keys, dot-separated;
 * - `costItems[PH01-SW].usefulLife`: a list entry by its `id` (or `name`, or `code` for a
 *   service), or by position: `costItems[0]`;
 * - `costItems[*].usefulLife`: every entry of the list;
 * - `costItems[category=maintenance].amountPerYear`: every entry whose field equals the value
 *   (compared as text, so `[class=I]` and `[beds=500]` both work).
 * A group path reaches every number it names; an entry that lacks the last key (a capital
 * item has no `amount`) is passed over, so `costItems[*].amount` is every item with an amount.
 */
export type Step = { readonly key: string } | { readonly select: string };

/** Splits a path into steps, or undefined when it is not a path. */
export function parsePath(path: string): Step[] | undefined {
  const steps: Step[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)((?:\[[^[\]]+\])*)$/.exec(part);
    if (match === null || (match[1] === "" && match[2] === "")) return undefined;
    if (match[1] !== "") steps.push({ key: match[1]! });
    for (const sel of match[2]!.matchAll(/\[([^[\]]+)\]/g)) steps.push({ select: sel[1]! });
  }
  return steps.length === 0 ? undefined : steps;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The name an entry of a list is known by in a path. */
function entryName(entry: unknown, index: number): string {
  if (isRecord(entry)) for (const key of ["id", "code", "name"]) if (typeof entry[key] === "string") return entry[key];
  return String(index);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function selectEntries(list: readonly unknown[], select: string): number[] {
  if (select === "*") return list.map((_, i) => i);
  const eq = select.indexOf("=");
  if (eq > 0) {
    const field = select.slice(0, eq);
    const want = select.slice(eq + 1);
    return list.flatMap((e, i) => (isRecord(e) && isScalar(e[field]) && String(e[field]) === want ? [i] : []));
  }
  if (/^\d+$/.test(select)) return Number(select) < list.length ? [Number(select)] : [];
  const found = list.findIndex((e) => isRecord(e) && (e["id"] === select || e["code"] === select || e["name"] === select));
  return found < 0 ? [] : [found];
}

/**
 * Every value a path reaches in a document, numbers or not, in document order.
 * @returns the places found and their values (an empty list when the path reaches nothing)
 */
export function resolvePath(root: unknown, steps: readonly Step[]): { keys: (string | number)[]; path: string; value: unknown }[] {
  let frontier: { keys: (string | number)[]; path: string; value: unknown }[] = [{ keys: [], path: "", value: root }];
  for (const step of steps) {
    const next: typeof frontier = [];
    for (const at of frontier) {
      if ("key" in step) {
        if (isRecord(at.value) && Object.hasOwn(at.value, step.key))
          next.push({ keys: [...at.keys, step.key], path: at.path === "" ? step.key : `${at.path}.${step.key}`, value: at.value[step.key] });
      } else if (Array.isArray(at.value)) {
        for (const i of selectEntries(at.value, step.select))
          next.push({ keys: [...at.keys, i], path: `${at.path}[${entryName(at.value[i], i)}]`, value: at.value[i] });
      }
    }
    frontier = next;
  }
  return frontier;
}
