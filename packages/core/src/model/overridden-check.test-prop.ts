import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bacNinhDocument, bacNinhModel } from "../testing/bac-ninh.js";
import { minimalModel } from "../testing/minimal-model.js";
import { applyOverrides } from "./overrides.js";
import { parsePath, resolvePath } from "./paths.js";
import { parseModel, parseVariant, type ParseResult } from "./parse.js";

type Doc = Record<string, unknown> & { scenarios?: unknown[] };

/** Every path of a document in the overrides' syntax, entries by id or name where they have one (else by position), to some depth. */
function pathsOf(document: unknown, depth: number): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string, left: number): void => {
    if (left === 0 || typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((entry: unknown, i) => {
        const named =
          typeof entry === "object" && entry !== null ? ((entry as Record<string, unknown>)["id"] ?? (entry as Record<string, unknown>)["name"]) : undefined;
        const at = `${path}[${typeof named === "string" ? named : i}]`;
        out.push(at);
        walk(entry, at, left - 1);
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      // A key with a dot or a bracket cannot be written in a path (the price index's years can).
      if (/[.[\]]/.test(key)) continue;
      const at = path === "" ? key : `${path}.${key}`;
      out.push(at);
      walk(child, at, left - 1);
    }
  };
  walk(document, "", depth);
  return out;
}

/** Values an override could give: the document's own values (from anywhere, so often of the right kind), and anything JSON holds. */
function values(document: unknown): fc.Arbitrary<unknown> {
  const found: unknown[] = [];
  const walk = (node: unknown, left: number): void => {
    found.push(node);
    if (left > 0 && typeof node === "object" && node !== null) for (const child of Object.values(node)) walk(child, left - 1);
  };
  walk(document, 5);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...found) },
    {
      weight: 2,
      arbitrary: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 0.5, 1, 1.5, 2025)),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.constantFrom("", " x ", "vi", "class", "capital", "2024-13"), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null)),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

/**
 * The check of the whole variant: the overrides applied, then the whole document validated (what parseModel did before it validated only the touched
 * parts).
 */
function wholeCheck(document: Doc, overrides: Record<string, unknown>): ParseResult {
  const base = parseModel(document);
  if (!base.ok) return base;
  const applied = applyOverrides(document, overrides, `$.scenarios[${base.model.scenarios.length - 1}].overrides`);
  return applied.ok ? parseModel(applied.document) : applied;
}

/** Overrides that keep a number's kind (often valid, so the references and the analysis set-up are checked too). */
function plausible(document: unknown, paths: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const numbers = paths.flatMap((path) => {
    const [found] = resolvePath(document, parsePath(path)!);
    return typeof found?.value === "number" ? [{ path, value: found.value }] : [];
  });
  const change = fc
    .constantFrom(...numbers)
    .chain(({ path, value }) => fc.constantFrom(value, value + 1, Math.max(0, value - 1), value * 2, Math.round(value / 2), 0).map((v) => [path, v] as const));
  return fc.array(change, { maxLength: 3 }).map((pairs) => Object.fromEntries(pairs));
}

function property(document: Doc, extraPaths: readonly string[], numRuns: number): void {
  const paths = [...pathsOf(document, 7), ...extraPaths];
  const overrides = fc
    .tuple(plausible(document, paths), fc.dictionary(fc.constantFrom(...paths), values(document), { maxKeys: 3 }))
    .map(([a, b]) => ({ ...a, ...b }))
    .filter((o) => Object.keys(o).length > 0);
  fc.assert(
    fc.property(overrides, (o) => {
      const withScenario: Doc = { ...document, scenarios: [...(document.scenarios ?? []), { name: "prop", overrides: o }] };
      const partial = parseModel(withScenario, { scenario: "prop" });
      const whole = wholeCheck(withScenario, o);
      expect(partial.ok).toBe(whole.ok);
      if (partial.ok && whole.ok) {
        expect(partial.model).toEqual(whole.model);
        // The same keys in the same order: a run's JSON shows the options as the model holds them.
        expect(JSON.stringify(partial.model)).toBe(JSON.stringify(whole.model));
      } else if (!partial.ok && !whole.ok) expect(partial.problems).toEqual(whole.problems);
    }),
    { numRuns },
  );
}

// Keys the documents do not have: an optional field to add, and names no schema knows.
const EXTRA = [
  "pricing.phaseInYears",
  "pricing.recoveryYears",
  "pricing.basis",
  "pricing.nope",
  "programme.baseYear",
  "programme.nope",
  "nope",
  "$schema",
  "analysis",
  "costItems[0].factor",
  "costItems[0].nope",
  "facilities[0].costCentres",
  "serviceLists[0].services[0].maxPrice",
];

describe("validating only what a scenario's overrides touch (properties)", () => {
  it("reports exactly what a check of the whole variant reports, in the same order, and gives the same model, for any overrides of a small model", () => {
    property(minimalModel() as Doc, EXTRA, 400);
  }, 120_000);

  it("does the same for any overrides of Bac Ninh", () => {
    property(bacNinhDocument() as Doc, EXTRA, 80);
  }, 120_000);

  it("does the same for a validated model taken as its own document, as the analyses' varied models are checked", () => {
    const model = bacNinhModel();
    const paths = pathsOf(model, 7);
    fc.assert(
      fc.property(plausible(model, paths), (o) => {
        const applied = applyOverrides(model, o, "$");
        if (!applied.ok) return;
        const partial = parseVariant(model, applied.document, applied.targets);
        const whole = parseModel(applied.document);
        if (partial.ok && whole.ok) expect(JSON.stringify(partial.model)).toBe(JSON.stringify(whole.model));
        else expect(partial.ok ? [] : partial.problems).toEqual(whole.ok ? [] : whole.problems);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
