import { describe, expect, it } from "vitest";
import type { Model, Service } from "../model/schema.js";
import { bacNinhModel } from "../testing/bac-ninh.js";
import { packPart, unpackPart } from "./part-wire.js";

const PRICED = ["code", "category", "centre", "volume", "volumePerBed", "weight", "currentPrice", "maxPrice", "insuredShare", "coverage"] as const;
const priced = (s: Service): Partial<Service> => Object.fromEntries(PRICED.flatMap((k) => (s[k] === undefined ? [] : [[k, s[k]]])));

describe("a model part as columns", () => {
  it("gives back every field of every service that the per-facility stages read, through a structured clone", () => {
    const model = bacNinhModel();
    const full: Service = {
      code: "ALL",
      name: "every field",
      category: "test",
      centre: "LAB",
      volume: 12,
      weight: 1.5,
      currentPrice: 1000,
      maxPrice: 1200,
      insuredShare: 0,
      coverage: 0.95,
    };
    const bare: Service = { code: "BARE", name: "no optional field", category: "technical", weight: 1, currentPrice: 0 };
    const lists = model.serviceLists.map((l, k) => (k === 0 ? { ...l, services: [...l.services, full, bare] } : l));
    const part: Model = { ...model, serviceLists: lists };
    const back = unpackPart(structuredClone(packPart(part)));
    expect(back.serviceLists.map((l) => l.services.map(priced))).toEqual(lists.map((l) => l.services.map(priced)));
    expect(back.serviceLists[0]!.services.at(-1)).toStrictEqual({ code: "BARE", name: "", category: "technical", weight: 1, currentPrice: 0 });
    expect({ ...back, serviceLists: [] }).toStrictEqual({ ...part, serviceLists: [] });
  });
});
