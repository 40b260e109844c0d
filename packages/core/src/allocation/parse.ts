import { usageRow } from "./usage-row.js";
import { dec } from "../internal/decimal.js";
import { idRecord } from "../internal/id-record.js";
import { minorUnits, type CurrencyCode } from "../money/currency.js";
import { postMinor } from "../money/money.js";
import { jsonPath, problem, shown, type Problem } from "../model/problem.js";
import { expectation } from "../model/expectations.js";
import { problemsFromZod } from "../model/zod-issues.js";
import { defaultOrder } from "./order.js";
import { allocationProblemSchema, type AllocationMethod, type AllocationProblem, type Centre } from "./problem.js";
import { closedGroups } from "./reach.js";

/** The outcome of reading an allocation problem: the checked problem, or every problem found. */
export type AllocationParseResult = { readonly ok: true; readonly problem: AllocationProblem } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Validates an allocation problem document and checks that it can be solved by its
 * method: known and unique centre ids, non-negative numeric usage, usage rows only for
 * support centres, a complete step-down order, an eligible receiver for every support
 * centre, and (reciprocal) no group of support centres that only serve each other.
 * Problems name the centres involved.
 *
 * @param input - the document, as `JSON.parse` returns it
 * @returns `{ ok: true, problem }` with costs in whole minor units, or `{ ok: false, problems }`
 * @example
 * parseAllocationProblem({ method: "direct", currency: "VND", centres: [
 *   { id: "IT", kind: "support", cost: 100 }, { id: "OPD", kind: "operating", cost: 0 }],
 *   usage: { IT: { OPD: 1 } } }).ok // true
 */
export function parseAllocationProblem(input: unknown): AllocationParseResult {
  const shape = allocationProblemSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { ok: false, problems: problemsFromZod(shape.error.issues) };
  const doc = shape.data;
  const currency = doc.currency as CurrencyCode;
  const out: Problem[] = [];

  const seen = new Map<string, number>();
  const centres: Centre[] = [];
  doc.centres.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined) out.push(problem(`$.centres[${i}].id`, "duplicate-id", { id: c.id, first: `$.centres[${first}].id` }));
    else seen.set(c.id, i);
    const places = minorUnits(currency);
    const amount = dec(c.cost);
    if (amount.decimalPlaces() > places) {
      out.push(problem(`$.centres[${i}].cost`, "amount-precision", { places, currency, received: shown(c.cost) }));
      return;
    }
    centres.push({ id: c.id, kind: c.kind, cost: postMinor(amount.mul(dec(10).pow(places))) });
  });
  if (!doc.centres.some((c) => c.kind === "operating")) out.push(problem("$.centres", "alloc-no-operating", {}));
  if (out.length > 0) return { ok: false, problems: out };

  const kind = new Map(centres.map((c) => [c.id, c.kind]));
  const known = listed(centres.map((c) => c.id));
  const usage = idRecord<Record<string, number>>();
  for (const [from, row] of ownUsage(input, doc.usage)) {
    if (!kind.has(from)) {
      out.push(problem(jsonPath(["usage", from]), "alloc-unknown-centre", { where: "noun-usage", id: from, known }));
      continue;
    }
    if (kind.get(from) === "operating") {
      out.push(problem(jsonPath(["usage", from]), "alloc-usage-from-operating", { id: from }));
      continue;
    }
    // Only a row the schema skipped (`__proto__`) can be other than an object here.
    if (row === null || typeof row !== "object") {
      const words = expectation("object");
      out.push(problem(jsonPath(["usage", from]), "expected-type", { expected: words.en, expectedVi: words.vi, received: shown(row) }));
      continue;
    }
    const clean = idRecord<number>();
    for (const [to, value] of Object.entries(row)) {
      const at = jsonPath(["usage", from, to]);
      if (!kind.has(to)) out.push(problem(at, "alloc-unknown-centre", { where: "noun-usage-of", from, id: to, known }));
      else if (!isUsage(value)) out.push(problem(at, "alloc-bad-usage", { support: from, receiver: to, received: shown(value) }));
      else clean[to] = value;
    }
    usage[from] = clean;
  }

  let order: string[] | undefined;
  if (doc.order !== undefined) {
    const supports = centres.filter((c) => c.kind === "support").map((c) => c.id);
    const inOrder = new Set<string>();
    doc.order.forEach((idInOrder, i) => {
      const at = `$.order[${i}]`;
      if (!kind.has(idInOrder)) out.push(problem(at, "alloc-unknown-centre", { where: "noun-step-down-order", id: idInOrder, known }));
      else if (kind.get(idInOrder) === "operating") out.push(problem(at, "alloc-order-not-support", { id: idInOrder }));
      else if (inOrder.has(idInOrder)) out.push(problem(at, "alloc-order-repeated", { id: idInOrder }));
      inOrder.add(idInOrder);
    });
    const missing = supports.filter((s) => !inOrder.has(s));
    if (missing.length > 0) out.push(problem("$.order", "alloc-order-missing", { ids: listed(missing) }));
    order = doc.order;
  }
  if (out.length > 0) return { ok: false, problems: out };

  const checked: AllocationProblem = { method: doc.method, currency, centres, usage, order };
  out.push(...solvability(checked));
  return out.length > 0 ? { ok: false, problems: out } : { ok: true, problem: checked };
}

/**
 * The usage rows as written. The schema drops a key named `__proto__` (it guards its own
 * output objects that way), but a centre may be called so; the shape is already checked,
 * so the rows are read again from the document's own keys, which `JSON.parse` keeps.
 */
function ownUsage(input: unknown, checked: Readonly<Record<string, Readonly<Record<string, unknown>>>>): [string, unknown][] {
  const raw = (input as { usage?: unknown }).usage;
  // The schema took the usage for an object or, absent, for its default: nothing else gets here.
  if (raw === undefined) return Object.entries(checked);
  return Object.entries(raw as Record<string, unknown>);
}

/** A usage figure: a finite number ≥ 0 (Number.isFinite is false for anything not a number). */
function isUsage(value: unknown): value is number {
  return Number.isFinite(value) && (value as number) >= 0;
}

/** Every support centre must have somewhere to send its cost under the problem's method. */
function solvability(p: AllocationProblem): Problem[] {
  const out: Problem[] = [];
  const kind = new Map(p.centres.map((c) => [c.id, c.kind]));
  const positive = (s: string, eligible: (t: string) => boolean): boolean =>
    Object.entries(usageRow(p.usage, s)).some(([t, v]) => t !== s && v > 0 && eligible(t));
  const noReceiver = (s: string, method: AllocationMethod, what: `noun-${string}`): Problem =>
    problem(jsonPath(["usage", s]), "alloc-no-receiver", { id: s, method, what });
  const supports = p.centres.filter((c) => c.kind === "support").map((c) => c.id);

  switch (p.method) {
    case "direct":
      for (const s of supports) if (!positive(s, (t) => kind.get(t) === "operating")) out.push(noReceiver(s, "direct", "noun-operating-centre"));
      break;
    case "step-down": {
      const order = p.order ?? defaultOrder(p);
      const closed = new Set<string>();
      for (const s of order) {
        closed.add(s);
        if (!positive(s, (t) => !closed.has(t))) out.push(noReceiver(s, "step-down", "noun-later-receiver"));
      }
      break;
    }
    case "reciprocal": {
      const lonely = supports.filter((s) => !positive(s, () => true));
      for (const s of lonely) out.push(noReceiver(s, "reciprocal", "noun-other-centre"));
      if (lonely.length === 0) {
        for (const group of closedGroups(p)) out.push(problem("$.usage", "alloc-singular", { ids: listed(group) }));
      }
      break;
    }
  }
  return out;
}

function listed(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(", ");
}
