import { describe, expect, it } from "vitest";
import { parseModel } from "../model/parse.js";
import type { ModelInput } from "../model/schema.js";
import { minimalModel } from "../testing/minimal-model.js";
import { runModel } from "../pipeline/run-model.js";

const withCentres = (): ModelInput => {
  const m = minimalModel();
  m.facilities[0] = {
    ...m.facilities[0]!,
    costCentres: {
      method: "step-down",
      emrCentre: "IT",
      centres: [
        { id: "ADMIN", name: "Administration", kind: "support", directCost: 500_000_000 },
        { id: "IT", name: "IT", kind: "support", directCost: 100_000_000 },
        { id: "OPD", name: "Outpatients", kind: "operating", directCost: 2_000_000_000 },
        { id: "WARD", name: "Ward", kind: "operating", directCost: 3_000_000_000 },
      ],
      usage: { ADMIN: { IT: 10, OPD: 40, WARD: 50 }, IT: { ADMIN: 5, OPD: 30, WARD: 70 } },
    },
  };
  m.costItems[1] = { ...m.costItems[1]!, centre: "ADMIN" };
  return m;
};

const problems = (input: ModelInput): string[] => {
  const r = parseModel(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
};

describe("EMR cost through a facility's cost centres", () => {
  const parsed = parseModel(withCentres());
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join("\n"));
  const result = runModel(parsed.model);
  const h1 = result.allocation[0]!;

  it("allocates every year's EMR accrual of the facility to its operating centres, exactly", () => {
    expect(h1.facility).toBe("H1");
    for (const year of result.years) {
      const reached = Object.values(h1.byYear[String(year)]!.emr).reduce((a, b) => a + b, 0);
      expect(reached).toBe(result.budget.accrual.nominal.byFacility["H1"]!.byYear[String(year)]);
    }
  });

  it("uses one step-down order for every year, by the default rule on direct costs", () => {
    expect(h1.order).toEqual(["ADMIN", "IT"]);
  });

  it("puts items at their own centre or the EMR centre", () => {
    // 2021: only the servers' depreciation (333,333,334), at IT; IT sends 30:70 to OPD and WARD
    expect(h1.byYear["2021"]!.emr).toEqual({ OPD: 100_000_000, WARD: 233_333_334 });
    // 2022: maintenance 100,000,000 sits at ADMIN, which sends 10 % of it through IT
    expect(h1.byYear["2022"]!.emrSupport["ADMIN"]).toBe(100_000_000);
    expect(h1.byYear["2022"]!.emrSupport["IT"]).toBe(333_333_334 + 10_000_000);
  });

  it("reports the full cost of operating centres, direct costs included", () => {
    const full = h1.byYear["2021"]!.full;
    expect(full["OPD"]! + full["WARD"]!).toBe(5_600_000_000 + 333_333_334);
  });

  it("rejects centres that cannot be allocated and items at unknown centres, naming them", () => {
    const bad = withCentres();
    const cc = bad.facilities[0]!.costCentres!;
    bad.facilities[0] = {
      ...bad.facilities[0]!,
      costCentres: { ...cc, emrCentre: "ICT", method: "reciprocal", usage: { ADMIN: { IT: 1 }, IT: { ADMIN: 1 } } },
    };
    bad.costItems[2] = { ...bad.costItems[2]!, centre: "OPD" };
    bad.costItems[0] = { ...bad.costItems[0]!, centre: "RADIOLOGY" };
    expect(problems(bad)).toMatchInlineSnapshot(`
      [
        "$.facilities[0].costCentres.emrCentre: unknown cost centre "ICT"; expected one of "ADMIN", "IT", "OPD", "WARD"",
        "$.facilities[0].costCentres.usage: support centres "ADMIN", "IT" only serve each other, so their cost never reaches an operating centre and the reciprocal equations cannot be solved; expected at least one of them to record usage by an operating centre",
        "$.costItems[0].centre: unknown cost centre of H1 "RADIOLOGY"; expected one of "ADMIN", "IT", "OPD", "WARD"",
        "$.costItems[2].centre: facility "P1" declares no cost centres; expected "costCentres" on the facility before a cost item names a centre",
      ]
    `);
  });
});
