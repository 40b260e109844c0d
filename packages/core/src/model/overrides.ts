import { messages, type Language } from "../errors/catalogue.js";
import { problem, type Problem } from "./problem.js";

/** Where one override landed: the keys from the document's root, list entries by position. */
export type OverrideTarget = readonly (string | number)[];

type Applied =
  | { readonly ok: true; readonly document: unknown; readonly targets: readonly OverrideTarget[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Applies a scenario's overrides (path -> value) to a copy of a document.
 *
 * A path is dot-separated keys; a list entry is picked by `[index]` or by its id,
 * `[PH01-SW]` (or, for scenarios, its name): `costItems[PH01-SW].usefulLife`,
 * `programme.discountRate`. The last key may be new (an optional field); every step
 * before it must exist.
 *
 * The document is never changed: only the lists and records on the way to an overridden value
 * are copied, and the rest is shared with it (a scenario that moves one rate copies the
 * programme record, not 300 cost items). The values given are placed as they are.
 *
 * @returns the new document and where each override landed (in the overrides' order), or a problem per override that cannot be applied
 */
export function applyOverrides(document: unknown, overrides: Readonly<Record<string, unknown>>, at: string): Applied {
  const copies = new Set<object>();
  const root = { document };
  copies.add(root);
  const problems: Problem[] = [];
  const targets: OverrideTarget[] = [];
  for (const [target, value] of Object.entries(overrides)) {
    const landed = setPath(root, copies, target, value);
    if ("failure" in landed) {
      const { failure } = landed;
      problems.push(problem(`${at}[${JSON.stringify(target)}]`, "invalid-override", { target, detail: failure.en, detailVi: failure.vi }));
    } else targets.push(landed.keys);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: root.document, targets };
}

type Step = { readonly key: string } | { readonly select: string };

function parsePath(target: string): Step[] | undefined {
  const steps: Step[] = [];
  for (const part of target.split(".")) {
    const match = /^([^[\]]*)((?:\[[^[\]]+\])*)$/.exec(part);
    if (match === null || (match[1] === "" && match[2] === "")) return undefined;
    if (match[1] !== "") steps.push({ key: match[1]! });
    for (const sel of match[2]!.matchAll(/\[([^[\]]+)\]/g)) steps.push({ select: sel[1]! });
  }
  return steps;
}

type Landed = { readonly keys: OverrideTarget } | { readonly failure: Readonly<Record<Language, string>> };

/** Sets one override in `holder.document`, copying each container on the way that is not yet a copy. */
function setPath(holder: { document: unknown }, copies: Set<object>, target: string, value: unknown): Landed {
  const steps = parsePath(target);
  if (steps === undefined || steps.length === 0) return { failure: messages("override-bad-path", {}) };
  const keys: (string | number)[] = [];
  // The container the next step looks into, and how to put a copy of it in place.
  let parent: Record<string | number, unknown> = holder;
  let parentKey: string | number = "document";
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    const lastStep = i === steps.length - 1;
    const container: unknown = parent[parentKey];
    let key: string | number;
    if ("key" in step) {
      if (!isRecord(container)) return notFound(steps, i);
      key = step.key;
      // Own keys only: `constructor` or `toString` must not reach what Object.prototype holds,
      // and `__proto__` would replace the prototype, so that a document could inherit fields.
      if (key === "__proto__" || (!lastStep && !Object.hasOwn(container, key))) return notFound(steps, i);
    } else {
      if (!Array.isArray(container)) return notFound(steps, i);
      const found = /^\d+$/.test(step.select)
        ? Number(step.select)
        : container.findIndex((e) => isRecord(e) && (e["id"] === step.select || e["name"] === step.select));
      if (found < 0 || found >= container.length) return notFound(steps, i);
      key = found;
    }
    keys.push(key);
    const own = copyOf(container, copies);
    parent[parentKey] = own;
    if (lastStep) {
      own[key] = value;
      return { keys };
    }
    parent = own;
    parentKey = key;
  }
  return { keys };
}

/** The container itself when it is already a copy made for these overrides, else a shallow copy (recorded). */
function copyOf(container: Record<string, unknown> | unknown[], copies: Set<object>): Record<string | number, unknown> {
  if (copies.has(container)) return container as Record<string | number, unknown>;
  const copy = Array.isArray(container) ? [...container] : { ...container };
  copies.add(copy);
  return copy as Record<string | number, unknown>;
}

function notFound(steps: readonly Step[], at: number): Landed {
  const step = steps[at]!;
  const name = "key" in step ? step.key : `[${step.select}]`;
  return { failure: messages("override-not-found", { name }) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
