import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./testing/run-cli.js";

const example = (name: string): string => fileURLToPath(new URL(`../../../examples/allocation/${name}`, import.meta.url));

const cli = runCli;

describe("costplan allocate", () => {
  it("prints the result in the documented JSON shape, final costs adding up to the total", async () => {
    const { code, stdout } = await cli("allocate", example("hospital-step-down.json"), "--json");
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as {
      method: string;
      currency: string;
      final: Record<string, number>;
      support: Record<string, number>;
      flows: { from: string; to: string; amount: number }[];
      total: number;
    };
    expect(Object.keys(r)).toEqual(["method", "currency", "final", "support", "flows", "total", "order"]);
    expect(r.final).toEqual({ SURG: 52_188, PHARM: 34_979, WARD: 70_833 });
    expect(Object.values(r.final).reduce((a, b) => a + b, 0)).toBe(r.total);
    expect(r.flows[0]).toEqual({ from: "ADMIN", to: "IT", amount: 2_857, share: "0.142857142857" });
  });

  it("prints a readable table of flows", async () => {
    const { stdout } = await cli("allocate", example("hospital-step-down.json"), "--lang", "en");
    expect(stdout).toContain("Cost allocation, step-down method");
    expect(stdout).toContain("Order: ADMIN → IT → LAUNDRY");
    expect(stdout).toMatch(/│ LAUNDRY │\s+SURG │\s+0.3 │\s+VND 2,229 │/);
  });

  it("explains one centre's cost", async () => {
    const { code, stdout } = await cli("allocate", example("hospital-step-down.json"), "--explain", "SURG", "--json");
    expect(code).toBe(0);
    const e = JSON.parse(stdout) as { amount: number; origins: { centre: string; amount: number }[] };
    expect(e.amount).toBe(52_188);
    expect(e.origins.map((o) => o.centre)).toEqual(["ADMIN", "IT", "LAUNDRY", "SURG"]);
    expect(e.origins.reduce((a, o) => a + o.amount, 0)).toBe(52_188);
    expect((await cli("allocate", example("hospital-step-down.json"), "--explain", "ICU")).stderr).toContain('no centre "ICU"');
  });

  it("costs services by time-driven activity-based costing", async () => {
    const { code, stdout } = await cli("allocate", example("emr-time-driven.json"), "--json");
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as {
      resources: Record<string, { ratePerMinute: string; unused: number }>;
      services: Record<string, { total: number; unitCost: string }>;
      total: number;
      unused: number;
    };
    expect(r.resources["EMR-HELPDESK"]!.ratePerMinute).toBe("2500");
    // 250,000 visits x 0.6 min x 2,500 + 250,000 x 3 min x 450
    expect(r.services["OPD-VISIT"]).toMatchObject({ total: 375_000_000 + 337_500_000, unitCost: "2850" });
    expect(Object.values(r.services).reduce((a, s) => a + s.total, 0) + r.unused).toBe(r.total);
  });

  it("writes amounts of a currency with cents in major units", async () => {
    const fixture = fileURLToPath(new URL("../../../test/fixtures/allocation/published/uregina-bus388-hr-dp-rm-reciprocal.problem.json", import.meta.url));
    const r = JSON.parse((await cli("allocate", fixture, "--json")).stdout) as { final: Record<string, number> };
    expect(r.final).toEqual({ MACHINING: 107_276.42, ASSEMBLY: 132_723.58 });
  });

  it("refuses an unsolvable problem with exit code 1, naming the centres", async () => {
    const broken = fileURLToPath(new URL("../../../test/fixtures/allocation/singular.json", import.meta.url));
    const { code, stderr } = await cli("allocate", broken, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatch(/singular\.json:\d+:\d+: \$\.usage: support centres "LAUNDRY", "KITCHEN" only serve each other/);
  });

  it("needs exactly one problem file", async () => {
    expect((await cli("allocate")).code).toBe(2);
  });
});
