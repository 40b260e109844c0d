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

  describe("edge cases", () => {
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
