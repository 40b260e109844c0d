import { describe, expect, it } from "vitest";
import { parseTimeDrivenProblem, timeDrivenCosts, type TimeDrivenProblemInput } from "./time-driven.js";

const solve = (input: TimeDrivenProblemInput) => {
  const r = parseTimeDrivenProblem(input);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join("\n"));
  return timeDrivenCosts(r.problem);
};

describe("timeDrivenCosts", () => {
  // Kaplan & Anderson's customer-service example: $567,000 a quarter, 28 people x 7,500
  // practical minutes = 210,000 minutes, so $2.70 a minute.
  const kaplan: TimeDrivenProblemInput = {
    method: "time-driven",
    currency: "USD",
    resources: [{ id: "CS", cost: 567_000, capacityMinutes: 210_000 }],
    services: [
      { id: "orders", volume: 49_000, minutes: { CS: 8 } },
      { id: "inquiries", volume: 1_400, minutes: { CS: 44 } },
      { id: "credit", volume: 2_500, minutes: { CS: 50 } },
    ],
  };

  it("charges minutes x capacity cost rate and reports unused capacity", () => {
    const r = solve(kaplan);
    expect(r.resources["CS"]).toMatchObject({ ratePerMinute: "2.7", usedMinutes: 578_600, capacityMinutes: 210_000 });
  });

  it("charges services at the rate when demand fits the capacity, the rest being unused capacity", () => {
    const fits = {
      ...kaplan,
      services: [
        { id: "orders", volume: 10_000, minutes: { CS: 8 } },
        { id: "inquiries", volume: 1_000, minutes: { CS: 44 } },
      ],
    };
    const r = solve(fits);
    // 80,000 + 44,000 = 124,000 minutes of 210,000: $216,000 + $118,800 charged; $232,200 unused
    expect(r.services["orders"]).toEqual({ total: 21_600_000, volume: 10_000, unitCost: "21.6", byResource: { CS: 21_600_000 } });
    expect(r.services["inquiries"]!.total).toBe(11_880_000);
    expect(r.resources["CS"]).toMatchObject({ charged: 33_480_000, unused: 23_220_000, overCapacity: false });
    expect(r.services["orders"]!.total + r.services["inquiries"]!.total + r.unused).toBe(r.total);
  });

  it("flags demand beyond practical capacity with a negative unused cost", () => {
    const r = solve(kaplan);
    // 392,000 + 61,600 + 125,000 = 578,600 minutes at $2.70 = $1,562,220 charged against $567,000
    expect(r.resources["CS"]!.charged).toBe(156_222_000);
    expect(r.unused).toBe(56_700_000 - 156_222_000);
  });

  it("charges a service only for the resources it uses: a resource it spends zero minutes on is no part of its costs", () => {
    const input: TimeDrivenProblemInput = {
      method: "time-driven",
      currency: "VND",
      resources: [
        { id: "NURSE", cost: 1_000, capacityMinutes: 100 },
        { id: "XRAY", cost: 500, capacityMinutes: 10 },
      ],
      services: [
        { id: "VISIT", volume: 3, minutes: { NURSE: 10, XRAY: 0 } },
        { id: "SCAN", volume: 2, minutes: { XRAY: 4 } },
      ],
    };
    const r = solve(input);
    // NURSE: 30 of 100 minutes at 10 a minute; XRAY: 8 of 10 minutes at 50 a minute.
    expect(r.services["VISIT"]).toEqual({ total: 300, volume: 3, unitCost: "100", byResource: { NURSE: 300 } });
    expect(r.services["SCAN"]).toEqual({ total: 400, volume: 2, unitCost: "200", byResource: { XRAY: 400 } });
    expect(r).toMatchObject({ method: "time-driven", currency: "VND", total: 1_500, unused: 700 + 100 });
  });

  it("within capacity, splits a resource's cost by largest remainder over the services' minutes and the spare minutes together", () => {
    // 1 đồng over 1 + 1 used and 2 spare minutes: quotas .25, .25 and .5, so the unit is unused capacity, not a charge.
    const r = solve({
      method: "time-driven",
      currency: "VND",
      resources: [{ id: "R", cost: 1, capacityMinutes: 4 }],
      services: [
        { id: "A", volume: 1, minutes: { R: 1 } },
        { id: "B", volume: 1, minutes: { R: 1 } },
      ],
    });
    expect([r.services["A"]!.total, r.services["B"]!.total, r.unused]).toEqual([0, 0, 1]);
  });

  it("names every known resource when a service uses an unknown one", () => {
    const r = parseTimeDrivenProblem({
      ...kaplan,
      resources: [...kaplan.resources, { id: "IT", cost: 1, capacityMinutes: 1 }],
      services: [{ id: "orders", volume: 1, minutes: { CALL: 1 } }],
    });
    expect(!r.ok && r.problems[0]!.message.en).toMatch(/expected one of "CS", "IT"$/);
  });

  it("gives a service with no volume a unit cost of 0, not a division by zero", () => {
    const r = solve({ ...kaplan, services: [{ id: "orders", volume: 0, minutes: { CS: 8 } }] });
    expect(r.services["orders"]).toEqual({ total: 0, volume: 0, unitCost: "0", byResource: { CS: 0 } });
  });

  describe("edge cases", () => {
    it("names duplicate ids, too many decimals and a badly shaped document, each at its path", () => {
      const paths = (input: unknown) => {
        const r = parseTimeDrivenProblem(input);
        return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.code}: ${p.message.en}`);
      };
      expect(
        paths({
          ...kaplan,
          currency: "VND",
          resources: [
            { id: "CS", cost: 1, capacityMinutes: 1 },
            { id: "CS", cost: 1.5, capacityMinutes: 1 },
          ],
          services: [
            { id: "CS", volume: 1, minutes: { CS: 1 } },
            { id: "x", volume: 1, minutes: {} },
          ],
        }),
      ).toMatchInlineSnapshot(`
        [
          "$.resources[1].id: duplicate-id: duplicate id "CS": it is already used at $.resources[0].id; ids must be unique",
          "$.resources[1].cost: amount-precision: expected an amount with at most 0 decimal places in VND, got 1.5",
          "$.services[0].id: duplicate-id: duplicate id "CS": it is already used at $.resources[0].id; ids must be unique",
        ]
      `);
      expect(paths({ ...kaplan, resources: "none" })).toMatchInlineSnapshot(`
        [
          "$.resources: expected-type: expected a list [ ... ] with at least one entry, got "none"",
        ]
      `);
      expect(paths(JSON.parse('{"method": "time-driven", "__proto__": {}, "resources": [], "services": []}'))).toMatchInlineSnapshot(`
        [
          "$.__proto__: reserved-key: the name "__proto__" cannot be used: JavaScript reserves it and its value would be lost; use an id that starts with a letter or digit",
        ]
      `);
    });

    it("names a service's unknown resource", () => {
      const r = parseTimeDrivenProblem({ ...kaplan, services: [{ id: "orders", volume: 1, minutes: { CALL: 1 } }] });
      expect(!r.ok && r.problems.map((p) => `${p.path}: ${p.message.en}`)).toMatchInlineSnapshot(`
        [
          "$.services[0].minutes.CALL: service "orders" uses resource "CALL", which is not one of the resources; expected one of "CS"",
        ]
      `);
    });
  });
});
