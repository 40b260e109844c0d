import { jsonPath, problem, type Problem } from "./problem.js";

/** The one key a JavaScript object cannot hold as data: assigning it sets the prototype. */
const RESERVED = "__proto__";

/**
 * Every `__proto__` key written in a document, as a problem at its path.
 *
 * `JSON.parse` keeps such a key as data, but the schema skips it (so that it cannot replace
 * the prototype of what it builds): a usage row, a base or an override written under that
 * name would vanish with its figures and the model would pass as valid. It is refused
 * instead, with the place named. The walk uses its own stack, not recursion, so a document
 * nested a hundred thousand levels deep is walked, not a stack overflow.
 *
 * @param input - a document as `JSON.parse` or the YAML reader returns it
 * @returns one `reserved-key` problem per `__proto__` key, in document order; none for most documents
 * @example reservedKeyProblems(JSON.parse('{"usage":{"__proto__":{"OPD":1}}}'))[0]?.path // "$.usage.__proto__"
 */
export function reservedKeyProblems(input: unknown): Problem[] {
  const out: Problem[] = [];
  const stack: Step[] = [{ value: input, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { value } = step;
    if (value === null || typeof value !== "object") continue;
    const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    // Pushed in reverse so that problems come out in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (key === RESERVED) out.push(problem(jsonPath(pathOf({ value: child, key, parent: step })), "reserved-key", { key: RESERVED }));
      else if (child !== null && typeof child === "object") stack.push({ value: child, key, parent: step });
    }
  }
  return out;
}

// Each step links to its parent, so a deep document costs one small object per level, and a
// path is spelled out only for a problem.
interface Step {
  readonly value: unknown;
  readonly key: PropertyKey | undefined;
  readonly parent: Step | undefined;
}

function pathOf(step: Step): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) keys.push(s.key);
  return keys.reverse();
}
