/**
 * A small but complete model whose every id is one of the names that collide with the
 * properties of Object.prototype: each name takes each id role in one of the rotations,
 * so a map keyed by ids that is a plain object shows up as a lost or invented amount.
 */
export const HOSTILE_NAMES = ["constructor", "prototype", "toString", "hasOwnProperty", "valueOf"] as const;

export function hostileModel(rotation: number, names: readonly string[] = HOSTILE_NAMES): Record<string, unknown> {
  const n = (i: number): string => names[(i + rotation) % names.length]!;
  const services = (centred: boolean) =>
    [0, 1, 2, 3, 4].map((i) => ({
      code: n(i),
      name: `Service ${i}`,
      category: i === 0 ? "examination" : "technical",
      ...(centred ? { centre: n(2 + (i % 3)) } : {}),
      volume: 1000 * (i + 1) + 7,
      weight: 1 + i / 4,
      currentPrice: 30_000 + 1_001 * i,
      maxPrice: 40_000 + 999 * i,
    }));
  return {
    programme: {
      id: n(0),
      name: "Hostile ids",
      currency: "VND",
      firstYear: 2021,
      lastYear: 2023,
      discountRate: 0.07,
      language: "en",
      hospitalClasses: [n(1), "II"],
    },
    fundingSources: [
      { id: n(0), name: "Province", kind: "state-budget" },
      { id: n(1), name: "Own revenue", kind: "own-revenue" },
    ],
    facilities: [
      {
        id: n(0),
        name: "Hospital",
        kind: "public-hospital",
        ownership: "public",
        class: n(1),
        beds: 250,
        costCentres: {
          method: rotation % 2 === 0 ? "reciprocal" : "step-down",
          emrCentre: n(0),
          centres: [
            {
              id: n(0),
              name: "IT",
              kind: "support",
              directCost: 3_000_000_001,
            },
            {
              id: n(1),
              name: "Admin",
              kind: "support",
              directCost: 7_000_000_003,
            },
            {
              id: n(2),
              name: "Ward",
              kind: "operating",
              directCost: 20_000_000_007,
            },
            {
              id: n(3),
              name: "Lab",
              kind: "operating",
              directCost: 9_000_000_011,
            },
            {
              id: n(4),
              name: "Imaging",
              kind: "operating",
              directCost: 5_000_000_013,
            },
          ],
          usage: {
            [n(0)]: { [n(1)]: 3, [n(2)]: 7, [n(3)]: 5, [n(4)]: 2 },
            [n(1)]: { [n(0)]: 1, [n(2)]: 11, [n(3)]: 3, [n(4)]: 4 },
          },
          bases: { [n(0)]: "workstations", [n(1)]: "staff" },
        },
      },
      {
        id: n(1),
        name: "Private hospital",
        kind: "private-hospital",
        ownership: "private",
        class: "II",
        beds: 90,
      },
    ],
    pools: [{ id: n(2), name: "Provincial pool", ownership: "public" }],
    costItems: [
      {
        id: n(0),
        name: "Servers",
        facility: n(0),
        centre: n(1),
        category: "infrastructure",
        funding: n(1),
        nature: "capital",
        cost: 1_000_000_003,
        inService: "2021-04",
        usefulLife: 3,
      },
      {
        id: n(1),
        name: "Licence",
        facility: n(1),
        category: "software-licence",
        funding: n(1),
        nature: "recurring",
        amountPerYear: 333_333_337,
        firstYear: 2021,
        lastYear: 2023,
        escalation: 0.05,
      },
      {
        id: n(2),
        name: "Evaluation",
        facility: n(2),
        category: "other",
        funding: [
          { source: n(0), share: 0.3 },
          { source: n(1), share: 0.7 },
        ],
        nature: "one-off",
        amount: 100_000_001,
        year: 2022,
      },
      {
        id: n(3),
        name: "Support",
        facility: n(0),
        category: "maintenance",
        funding: n(1),
        nature: "recurring",
        amountPerYear: 77_777_779,
        firstYear: 2022,
        lastYear: 2023,
      },
      {
        id: n(4),
        name: "Workstations",
        facility: n(1),
        category: "infrastructure",
        funding: [{ source: n(1), share: 1 }],
        nature: "capital",
        cost: 500_000_009,
        inService: "2022-01",
        usefulLife: 4,
        method: "sum-of-years",
      },
    ],
    savings: [
      {
        id: n(0),
        facility: n(0),
        kind: "imaging-film",
        amountPerYear: 10_000_003,
        firstYear: 2022,
      },
    ],
    scenarios: [
      { name: n(0), overrides: { "programme.discountRate": 0.05 } },
      { name: n(1), overrides: { [`costItems[${n(0)}].usefulLife`]: 5 } },
    ],
    serviceLists: [
      { id: n(0), facility: n(0), services: services(true) },
      { id: n(1), class: "II", services: services(false) },
    ],
  };
}
