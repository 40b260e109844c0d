import { describe, expect, it } from "vitest";
import { bacNinhModel } from "../testing/bac-ninh.js";
import { message } from "../errors/catalogue.js";
import { parseModel } from "../model/parse.js";
import type { Model } from "../model/schema.js";
import { runModel } from "../pipeline/run-model.js";
import { listFor } from "./facility-prices.js";
import { REVENUE_LIMIT, revenueRangeProblem } from "./revenue-range.js";

/** The Bac Ninh model with its first inline service's price and volume set. */
function withService(currentPrice: number, volume: number): unknown {
  const document = structuredClone(bacNinhModel()) as { serviceLists: { services: unknown }[] };
  const list = document.serviceLists.find((l) => Array.isArray(l.services))!;
  const service = (list.services as Record<string, unknown>[])[0]!;
  delete service["volumePerBed"];
  delete service["maxPrice"];
  Object.assign(service, { currentPrice, volume });
  return document;
}

describe("the exact range of service revenue", () => {
  it("refuses, at the service, a model whose revenue passes half the exact range, in both languages", () => {
    const parsed = parseModel(withService(9_000_000_000_000, 1_000_000));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    const [found] = parsed.problems;
    expect(found!.path).toMatch(/^\$\.serviceLists\[\d+\]\.services\[0\]$/);
    expect(found!.code).toBe("amount-revenue-beyond-exact-range");
    expect(message(found!.code, "en", found!.params)).toContain('passes 4,503,599,627,370,495 minor units, half the range costplan adds exactly, at service "');
    expect(message(found!.code, "vi", found!.params)).toContain("vượt quá 4.503.599.627.370.495 đơn vị tiền");
  });

  it("accepts revenue up to the limit and refuses a đồng past it, counting every facility that prices a class list", () => {
    const at = (price: number): Model => {
      const parsed = parseModel(withService(price, 1));
      if (!parsed.ok) throw new Error(`the Bac Ninh model with a price of ${price} is not valid`);
      return parsed.model;
    };
    const free = at(0);
    const list = free.serviceLists.find((l) => Array.isArray(l.services) && l.services.length > 0)!;
    const sharing = free.facilities.filter((f) => listFor(free, f) === list).length;
    expect(sharing).toBeGreaterThan(1);
    // An exact oracle: the same sum in BigInt.
    const revenue = (model: Model): bigint =>
      model.facilities.reduce((sum, f) => {
        const services = listFor(model, f)?.services ?? [];
        return services.reduce(
          (acc, s) => acc + BigInt(s.currentPrice + model.pricing.priceStep) * BigInt(s.volume ?? Math.round((s.volumePerBed ?? 0) * (f.beds ?? 0))),
          sum,
        );
      }, 0n);
    const highest = Number((BigInt(REVENUE_LIMIT) - revenue(free)) / BigInt(sharing));
    expect(revenue(at(highest))).toBeLessThanOrEqual(BigInt(REVENUE_LIMIT));
    expect(revenueRangeProblem(at(highest))).toBeUndefined();
    const over = parseModel(withService(highest + 1, 1));
    expect(over.ok ? [] : over.problems.map((p) => p.code)).toEqual(["amount-revenue-beyond-exact-range"]);
    expect(revenue(at(highest)) + BigInt(sharing)).toBeGreaterThan(BigInt(REVENUE_LIMIT));
  });

  it("stops a library run before any figure, with the same code", () => {
    const model = (parseModel(withService(1, 1)) as { ok: true; model: Model }).model;
    const list = model.serviceLists.find((l) => l.services.length > 0)!;
    const huge = {
      ...model,
      serviceLists: model.serviceLists.map((l) =>
        l === list ? { ...l, services: [{ ...l.services[0]!, currentPrice: 9e12, volume: 1e6 }, ...l.services.slice(1)] } : l,
      ),
    };
    expect(() => runModel(huge)).toThrow(expect.objectContaining({ code: "amount-revenue-beyond-exact-range" }));
  });
});
