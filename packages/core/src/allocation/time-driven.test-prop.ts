import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTimeDrivenProblem, timeDrivenCosts } from "./time-driven.js";

const problems = fc
  .record({ resources: fc.integer({ min: 1, max: 4 }), services: fc.integer({ min: 1, max: 8 }) })
  .chain(({ resources, services }) =>
    fc.record({
      resources: fc.array(fc.record({ cost: fc.integer({ min: 0, max: 1e12 }), capacityMinutes: fc.integer({ min: 10_000, max: 1e7 }) }), {
        minLength: resources,
        maxLength: resources,
      }),
      services: fc.array(
        fc.record({
          volume: fc.integer({ min: 0, max: 1e5 }),
          minutes: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 60, noNaN: true })), { minLength: resources, maxLength: resources }),
        }),
        { minLength: services, maxLength: services },
      ),
    }),
  )
  .map(({ resources, services }) => ({
    method: "time-driven" as const,
    currency: "VND" as const,
    resources: resources.map((r, i) => ({ id: `R${i}`, ...r })),
    services: services.map((s, i) => ({ id: `S${i}`, volume: s.volume, minutes: Object.fromEntries(s.minutes.map((m, j) => [`R${j}`, m])) })),
  }));

describe("timeDrivenCosts (properties)", () => {
  it("charges plus unused capacity equal each resource's cost exactly, and services plus unused the total", () => {
    fc.assert(
      fc.property(problems, (input) => {
        const parsed = parseTimeDrivenProblem(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const r = timeDrivenCosts(parsed.problem);
        for (const use of Object.values(r.resources)) {
          expect(use.charged + use.unused).toBe(use.cost);
          if (!use.overCapacity) expect(use.unused).toBeGreaterThanOrEqual(0);
        }
        const services = Object.values(r.services).reduce((a, s) => a + s.total, 0);
        expect(services + r.unused).toBe(r.total);
        for (const s of Object.values(r.services)) expect(s.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
