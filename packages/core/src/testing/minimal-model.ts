// Test support only: never exported from the package.
import type { ModelInput } from "../model/schema.js";

/** A small valid model: two facilities, one pool, one of each kind of cost item, one saving. */
export function minimalModel(): ModelInput {
  return {
    programme: {
      id: "demo",
      name: "Demo programme",
      currency: "VND",
      firstYear: 2021,
      lastYear: 2023,
      discountRate: 0.1,
      priceIndex: { "2021": 100, "2022": 104, "2023": 110 },
    },
    fundingSources: [
      { id: "budget", name: "Province", kind: "state-budget" },
      { id: "own", name: "Own revenue", kind: "own-revenue" },
    ],
    facilities: [
      { id: "H1", name: "Hospital 1", kind: "public-hospital", ownership: "public", class: "II", beds: 300 },
      { id: "P1", name: "Private 1", kind: "private-hospital", ownership: "private", beds: 100, assumption: "made up" },
    ],
    pools: [{ id: "POOL", name: "Shared", ownership: "public" }],
    costItems: [
      {
        id: "H1-SRV",
        name: "Servers",
        facility: "H1",
        category: "infrastructure",
        funding: [
          { source: "budget", share: 0.6 },
          { source: "own", share: 0.4 },
        ],
        nature: "capital",
        cost: 1_000_000_001,
        inService: "2021-07",
        usefulLife: 3,
      },
      {
        id: "H1-MNT",
        name: "Maintenance",
        facility: "H1",
        category: "maintenance",
        funding: "own",
        nature: "recurring",
        amountPerYear: 100_000_000,
        firstYear: 2022,
        lastYear: 2023,
        escalation: 0.05,
      },
      { id: "P1-TRN", name: "Training", facility: "P1", category: "training", funding: "own", nature: "one-off", amount: 50_000_000, year: 2022 },
      {
        id: "POOL-HUB",
        name: "Data hub",
        facility: "POOL",
        category: "hosting",
        funding: "budget",
        nature: "recurring",
        amountPerYear: 30_000_000,
        firstYear: 2021,
        lastYear: 2023,
        escalation: "index",
      },
    ],
    savings: [{ id: "H1-FILM", facility: "H1", kind: "imaging-film", amountPerYear: 20_000_000, firstYear: 2022 }],
    scenarios: [{ name: "long-life", overrides: { "costItems[H1-SRV].usefulLife": 6, "programme.discountRate": 0.05 } }],
  };
}
