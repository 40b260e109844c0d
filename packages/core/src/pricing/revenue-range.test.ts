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
    expect(message(found!.code, "en", found!.params)).toMatch(
      new RegExp(
        '^the revenue of service "KB" over the facilities of its price-table row "I" .* passes 4,503,599,627,370,495 minor units, ' +
          'half the range costplan adds exactly, when facility "PH\\d+" is added;',
      ),
    );
    expect(message(found!.code, "vi", found!.params)).toContain("vượt quá 4.503.599.627.370.495 đơn vị tiền");
  });

  it("accepts a row's revenue up to the limit and refuses a đồng past it, over every facility of the class", () => {
    const at = (price: number): Model => {
      const parsed = parseModel(withService(price, 1));
      if (!parsed.ok) throw new Error(`the Bac Ninh model with a price of ${price} is not valid`);
      return parsed.model;
    };
    const free = at(0);
    const inClass = free.facilities.filter((f) => f.class === "I" && listFor(free, f)?.services.some((s) => s.code === "KB"));
    expect(inClass.length).toBeGreaterThan(1);
    // An exact oracle: the row's sum in BigInt.
    const row = (model: Model): bigint =>
      inClass.reduce((sum, f) => {
        const s = listFor(model, f)!.services.find((x) => x.code === "KB")!;
        const volume = s.volume ?? Math.round((s.volumePerBed ?? 0) * (f.beds ?? 0));
        return sum + BigInt(s.currentPrice + model.pricing.priceStep) * BigInt(volume);
      }, 0n);
    const sharing = inClass.filter((f) => listFor(free, f) === free.serviceLists.find((l) => l.services.length > 0)).length;
    const highest = Number((BigInt(REVENUE_LIMIT) - row(free)) / BigInt(sharing));
    expect(row(at(highest))).toBeLessThanOrEqual(BigInt(REVENUE_LIMIT));
    expect(revenueRangeProblem(at(highest))).toBeUndefined();
    expect(row(at(highest)) + BigInt(sharing)).toBeGreaterThan(BigInt(REVENUE_LIMIT));
    const over = parseModel(withService(highest + 1, 1));
    expect(over.ok ? [] : over.problems.map((p) => p.code)).toEqual(["amount-revenue-beyond-exact-range"]);
  });

  it("accepts a model whose revenue in all passes the limit while each row of the price table stays within it (a national model)", () => {
    const document = structuredClone(bacNinhModel()) as { serviceLists: { services: unknown }[] };
    const list = document.serviceLists.find((l) => Array.isArray(l.services))!;
    const services = list.services as Record<string, unknown>[];
    expect(services.length).toBeGreaterThanOrEqual(3);
    // Three services of one class list, each 45 % of the limit over the class's facilities: 135 % of it in all.
    const facilities = parseModel(document);
    if (!facilities.ok) throw new Error("the Bac Ninh model is valid");
    const sharing = facilities.model.facilities.filter((f) => listFor(facilities.model, f)?.id === (list as { id?: string }).id).length;
    for (const service of services.slice(0, 3)) {
      delete service["volumePerBed"];
      delete service["maxPrice"];
      Object.assign(service, { currentPrice: Math.floor((REVENUE_LIMIT * 0.45) / sharing / 1000), volume: 1000 });
    }
    const parsed = parseModel(document);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
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
