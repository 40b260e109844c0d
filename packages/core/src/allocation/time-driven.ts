import { idRecord, idRecordOf } from "../internal/id-record.js";
import { reservedKeyProblems } from "../model/reserved-keys.js";
import * as z from "zod";
import { Dec, dec } from "../internal/decimal.js";
import { allocate } from "../money/allocate.js";
import { CURRENCY_CODES, minorUnits, type CurrencyCode } from "../money/currency.js";
import { postMinor } from "../money/money.js";
import { jsonPath, problem, shown, type Problem } from "../model/problem.js";
import { problemsFromZod } from "../model/zod-issues.js";

const expect = (key: string) => ({ error: `expect:${key}` });
const id = z.string(expect("id")).regex(/^[A-Za-z0-9][A-Za-z0-9 ._/&()-]{0,63}$/, expect("id"));
const nonNegative = z.number(expect("nonNegative")).min(0, expect("nonNegative"));

/**
 * A time-driven activity-based costing problem: resources with a cost and a practical
 * capacity in minutes; services with a yearly volume and the minutes of each resource one
 * unit of service takes. Costs are in major units (đồng, dollars).
 */
export const timeDrivenProblemSchema = z.strictObject(
  {
    $schema: z.string().optional(),
    method: z.literal("time-driven", expect("timeDriven")),
    currency: z.enum(CURRENCY_CODES as [string, ...string[]], expect("currency")),
    resources: z
      .array(
        z.strictObject(
          {
            id,
            name: z.string().optional(),
            cost: z.union([nonNegative, z.string().regex(/^\d{1,16}(\.\d+)?$/)], expect("majorAmount")),
            capacityMinutes: z.number(expect("capacity")).gt(0, expect("capacity")),
          },
          expect("object"),
        ),
        expect("list"),
      )
      .min(1, expect("list")),
    services: z
      .array(
        z.strictObject(
          { id, name: z.string().optional(), volume: nonNegative, minutes: z.record(z.string(), nonNegative, expect("object")) },
          expect("object"),
        ),
        expect("list"),
      )
      .min(1, expect("list")),
  },
  expect("object"),
);

/** A time-driven problem as written. */
export type TimeDrivenProblemInput = z.input<typeof timeDrivenProblemSchema>;

/** A checked time-driven problem, costs in whole minor units. */
export interface TimeDrivenProblem {
  readonly currency: CurrencyCode;
  readonly resources: readonly { readonly id: string; readonly cost: number; readonly capacityMinutes: number }[];
  readonly services: readonly { readonly id: string; readonly volume: number; readonly minutes: Readonly<Record<string, number>> }[];
}

/** What a resource costs per minute, how much of it services use, and what is left unused. */
export interface ResourceUse {
  readonly cost: number;
  readonly capacityMinutes: number;
  readonly usedMinutes: number;
  /** Capacity cost rate: cost / practical capacity, in major units (đồng, dollars) per minute, as a decimal string. */
  readonly ratePerMinute: string;
  /** Cost charged to services: used minutes x rate. */
  readonly charged: number;
  /** Cost of capacity no service used; negative when services need more than the capacity. */
  readonly unused: number;
  readonly overCapacity: boolean;
}

/** The result of time-driven activity-based costing, in whole minor units. */
export interface TimeDrivenResult {
  readonly method: "time-driven";
  readonly currency: CurrencyCode;
  readonly resources: Readonly<Record<string, ResourceUse>>;
  /** Cost of each service: its volume x minutes x rate, summed over resources. */
  readonly services: Readonly<
    Record<
      string,
      {
        readonly total: number;
        readonly volume: number;
        /** Cost per unit of service in major units, as a decimal string. */ readonly unitCost: string;
        readonly byResource: Readonly<Record<string, number>>;
      }
    >
  >;
  /** Cost of all resources: charged to services plus unused capacity. */
  readonly total: number;
  readonly unused: number;
}

/** Validates a time-driven problem, naming services and resources in its problems. */
export function parseTimeDrivenProblem(input: unknown): { ok: true; problem: TimeDrivenProblem } | { ok: false; problems: readonly Problem[] } {
  const reserved = reservedKeyProblems(input);
  if (reserved.length > 0) return { ok: false, problems: reserved };
  const shape = timeDrivenProblemSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { ok: false, problems: problemsFromZod(shape.error.issues) };
  const doc = shape.data;
  const currency = doc.currency as CurrencyCode;
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  const unique = (idValue: string, path: string): void => {
    const first = seen.get(idValue);
    if (first !== undefined) out.push(problem(path, "duplicate-id", { id: idValue, first }));
    else seen.set(idValue, path);
  };
  const places = minorUnits(currency);
  const resources = doc.resources.map((r, i) => {
    unique(r.id, `$.resources[${i}].id`);
    const amount = dec(r.cost);
    if (amount.decimalPlaces() > places) out.push(problem(`$.resources[${i}].cost`, "amount-precision", { places, currency, received: shown(r.cost) }));
    return { id: r.id, cost: postMinor(amount.mul(dec(10).pow(places))), capacityMinutes: r.capacityMinutes };
  });
  const known = new Set(resources.map((r) => r.id));
  doc.services.forEach((s, i) => {
    unique(s.id, `$.services[${i}].id`);
    for (const r of Object.keys(s.minutes)) {
      if (!known.has(r))
        out.push(
          problem(jsonPath(["services", i, "minutes", r]), "tdabc-unknown-resource", {
            service: s.id,
            id: r,
            known: [...known].map((k) => `"${k}"`).join(", "),
          }),
        );
    }
  });
  return out.length > 0 ? { ok: false, problems: out } : { ok: true, problem: { currency, resources, services: doc.services } };
}

/**
 * Time-driven activity-based costing (Kaplan and Anderson): each resource's capacity
 * cost rate is its cost over its practical capacity in minutes; a service is charged its
 * volume x minutes x rate; capacity nobody used is reported as unused cost, never spread
 * over services. Each resource's cost is split among services and unused capacity by
 * largest remainder, so charges plus unused capacity equal the cost exactly. When
 * services need more minutes than the capacity, they are charged at the rate all the
 * same and the unused cost is negative, flagged `overCapacity`.
 *
 * @example timeDrivenCosts(problem).services["OPD-VISIT"].unitCost // "1250"
 */
export function timeDrivenCosts(p: TimeDrivenProblem): TimeDrivenResult {
  const byResource = new Map<string, number[]>();
  const resources = idRecord<ResourceUse>();
  for (const r of p.resources) {
    const minutes = p.services.map((s) => new Dec(s.volume).mul(minutesOf(s, r.id)));
    const used = minutes.reduce((a, b) => a.plus(b), new Dec(0));
    const capacity = new Dec(r.capacityMinutes);
    const rate = new Dec(r.cost).div(capacity);
    const over = used.gt(capacity);
    let charges: number[];
    let unused: number;
    if (over) {
      const charged = postMinor(rate.mul(used));
      charges = allocate(charged, minutes);
      unused = r.cost - charged;
    } else {
      const parts = allocate(r.cost, [...minutes, capacity.minus(used)]);
      unused = parts.pop()!;
      charges = parts;
    }
    byResource.set(r.id, charges);
    resources[r.id] = {
      cost: r.cost,
      capacityMinutes: r.capacityMinutes,
      usedMinutes: used.toNumber(),
      ratePerMinute: rate
        .div(new Dec(10).pow(minorUnits(p.currency)))
        .toSignificantDigits(12)
        .toString(),
      charged: charges.reduce((a, b) => a + b, 0),
      unused,
      overCapacity: over,
    };
  }
  const services: TimeDrivenResult["services"] = idRecordOf(
    p.services.map((s, i) => {
      const parts = idRecord<number>();
      let total = 0;
      for (const r of p.resources) {
        const charge = byResource.get(r.id)![i]!;
        if (minutesOf(s, r.id) > 0) parts[r.id] = charge;
        total += charge;
      }
      const unitCost =
        s.volume > 0
          ? new Dec(total)
              .div(s.volume)
              .div(new Dec(10).pow(minorUnits(p.currency)))
              .toDecimalPlaces(6)
              .toString()
          : "0";
      return [s.id, { total, volume: s.volume, unitCost, byResource: parts }];
    }),
  );
  const total = p.resources.reduce((a, r) => a + r.cost, 0);
  return { method: "time-driven", currency: p.currency, resources, services, total, unused: Object.values(resources).reduce((a, r) => a + r.unused, 0) };
}

// Own keys only: a resource named `constructor` that a service does not use must read as
// no minutes, not as the function Object.prototype holds under that name.
function minutesOf(service: TimeDrivenProblem["services"][number], resource: string): number {
  return Object.hasOwn(service.minutes, resource) ? (service.minutes[resource] ?? 0) : 0;
}
