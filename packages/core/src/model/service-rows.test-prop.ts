import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel, type ParseResult } from "./parse.js";
import { checkReferences } from "./references.js";
import { problemsFromZod } from "./zod-issues.js";
import { modelSchema, serviceSchema } from "./schema.js";
import { serviceRow, serviceRowsOf } from "./service-rows.js";
import { bacNinhDocument } from "../testing/bac-ninh.js";

// Each field: a valid value, or one of the values the schema refuses (wrong type, out of range, untrimmed, bad id...).
const text = fc.oneof(fc.constantFrom("Khám bệnh", "Visit", "x"), fc.constantFrom("", " padded ", "tab\t", 5, null));
// A provenance text: plain, in one language or both (either key order), or a malformed object.
const localText = fc.oneof(
  text,
  fc.record({ en: text, vi: text }, { requiredKeys: [] }),
  fc.constantFrom({ vi: "giả định", en: "assumed" }, { fr: "x" }, { en: "" }),
);
const id = fc.oneof(fc.constantFrom("K1", "OPD-0001", "a.b_c"), fc.constantFrom("", "-x", "has space", "x".repeat(65), 7));
const whole = fc.oneof(fc.nat({ max: 1e9 }), fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, "10", Number.NaN, Infinity));
const ratio = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 1.01, -0.1, "0.5"));
const positive = fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0, -1, Infinity, "1"));
const elements = fc.oneof(
  fc.record({ personnel: whole, direct: whole, depreciation: whole, generalAdministrative: whole, accumulation: whole }, { requiredKeys: [] }),
  fc.constantFrom(null, [], "x", { personnel: 1, extra: 2 }),
);
const row = fc.oneof(
  fc.record(
    {
      code: id,
      name: text,
      category: fc.constantFrom("examination", "bed-day", "technical", "test", "other"),
      bedType: text,
      centre: id,
      volume: whole,
      volumePerBed: positive,
      weight: positive,
      currentPrice: whole,
      costElements: elements,
      maxPrice: whole,
      insuredShare: ratio,
      coverage: ratio,
      source: localText,
      assumption: localText,
      unknownField: fc.constant(1),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, [], "row", 3),
);

describe("service rows checked by hand (properties)", () => {
  it("accepts a row only when zod accepts it, and returns what zod returns, keys in the same order", () => {
    fc.assert(
      fc.property(row, (r) => {
        const fast = serviceRow(r);
        const zod = serviceSchema.safeParse(r);
        if (fast === undefined) return;
        expect(zod.success).toBe(true);
        expect(fast).toStrictEqual(zod.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts the rows zod accepts when each field is valid (the check is not merely refusing everything)", () => {
    const valid = fc.record(
      {
        code: fc.constantFrom("K1", "OPD-0001"),
        name: fc.constantFrom("Visit", "Khám"),
        category: fc.constantFrom("examination", "test"),
        currentPrice: fc.nat({ max: 1e9 }),
        weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
        volume: fc.nat({ max: 1e6 }),
        coverage: fc.constantFrom(0.8, 0.95, 1),
        assumption: fc.constantFrom("x", { en: "a", vi: "b" }, { vi: "b", en: "a" }, { vi: "b" }),
      },
      { requiredKeys: ["code", "name", "category", "currentPrice"], noNullPrototype: true },
    );
    fc.assert(
      fc.property(valid, (r) => {
        expect(serviceRow(r)).toStrictEqual(serviceSchema.parse(r));
      }),
    );
  });
});

/** The reference: validation by zod alone, as parseModel did before rows were checked by hand. */
function byZodAlone(input: unknown): ParseResult {
  const shape = modelSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { ok: false, problems: problemsFromZod(shape.error.issues) };
  const problems = checkReferences(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model: shape.data };
}

describe("parseModel with the hand-checked rows", () => {
  const document = bacNinhDocument() as { serviceLists: { services: Record<string, unknown>[] }[] };

  it("gives the same model as zod alone, byte for byte", () => {
    expect(serviceRowsOf(document)).toBeDefined();
    const parsed = parseModel(document);
    const zod = byZodAlone(document);
    expect(parsed.ok).toBe(true);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(zod));
  });

  it("gives the same result as zod alone, problems and paths included, with any row changed", () => {
    fc.assert(
      fc.property(fc.nat(), row, fc.constantFrom("code", "name", "currentPrice", "weight", "costElements", "coverage", "centre"), (at, bad, field) => {
        const copy = structuredClone(document);
        const services = copy.serviceLists[at % copy.serviceLists.length]!.services;
        const target = services[at % services.length]!;
        if (typeof bad === "object" && bad !== null && !Array.isArray(bad)) target[field] = (bad as Record<string, unknown>)[field];
        else services[at % services.length] = bad as unknown as Record<string, unknown>;
        expect(parseModel(copy)).toStrictEqual(byZodAlone(copy));
      }),
      { numRuns: 80 },
    );
  });
});
