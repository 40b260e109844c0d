import { messages, type Language } from "../errors/catalogue.js";
import { problem, type Problem } from "./problem.js";

type Applied = { readonly ok: true; readonly document: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Applies a scenario's overrides (path -> value) to a copy of a document.
 *
 * A path is dot-separated keys; a list entry is picked by `[index]` or by its id,
 * `[PH01-SW]` (or, for scenarios, its name): `costItems[PH01-SW].usefulLife`,
 * `programme.discountRate`. The last key may be new (an optional field); every step
 * before it must exist.
 */
export function applyOverrides(document: unknown, overrides: Readonly<Record<string, unknown>>, at: string): Applied {
  const copy: unknown = structuredClone(document);
  const problems: Problem[] = [];
  for (const [target, value] of Object.entries(overrides)) {
    const failure = setPath(copy, target, value);
    if (failure !== undefined)
      problems.push(problem(`${at}[${JSON.stringify(target)}]`, "invalid-override", { target, detail: failure.en, detailVi: failure.vi }));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: copy };
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

function setPath(root: unknown, target: string, value: unknown): Readonly<Record<Language, string>> | undefined {
  const steps = parsePath(target);
  if (steps === undefined || steps.length === 0) {
    return messages("override-bad-path", {});
  }
  let node: unknown = root;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    const lastStep = i === steps.length - 1;
    const container = node;
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
    if (lastStep) {
      (container as Record<string | number, unknown>)[key] = value;
      return undefined;
    }
    node = (container as Record<string | number, unknown>)[key];
  }
  return undefined;
}

function notFound(steps: readonly Step[], at: number): Readonly<Record<Language, string>> {
  const step = steps[at]!;
  const name = "key" in step ? step.key : `[${step.select}]`;
  return messages("override-not-found", { name });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
