import { describe, expect, it } from "vitest";
import { closedGroups } from "./reach.js";
import type { Centre } from "./problem.js";

const support = (id: string): Centre => ({ id, kind: "support", cost: 1 });
const operating = (id: string): Centre => ({ id, kind: "operating", cost: 1 });

describe("closedGroups", () => {
  it("names each group of support centres that serve only each other, apart, each in input order", () => {
    const centres = [support("LAUNDRY"), support("X"), support("KITCHEN"), support("Y"), support("IT"), operating("OPD")];
    const usage = { LAUNDRY: { KITCHEN: 1 }, KITCHEN: { LAUNDRY: 2 }, X: { Y: 1 }, Y: { X: 1 }, IT: { LAUNDRY: 1, X: 1, OPD: 1 } };
    // IT serves LAUNDRY and X but also OPD: its cost escapes, so it is in no group and joins none to another.
    expect(closedGroups({ centres, usage })).toEqual([
      ["LAUNDRY", "KITCHEN"],
      ["X", "Y"],
    ]);
  });

  it("puts in the group a centre that only sends to it, as well as the centres it sends to", () => {
    const centres = [support("C"), support("B"), support("A"), operating("OPD")];
    const usage = { A: { B: 1 }, B: { A: 1 }, C: { A: 1 } };
    expect(closedGroups({ centres, usage })).toEqual([["C", "B", "A"]]);
    expect(closedGroups({ centres: [...centres].reverse(), usage })).toEqual([["A", "B", "C"]]);
  });

  it("lets a centre's cost escape through a chain of support centres to an operating centre", () => {
    const centres = [support("A"), support("B"), support("C"), operating("OPD")];
    expect(closedGroups({ centres, usage: { A: { B: 1 }, B: { C: 1 }, C: { OPD: 1 } } })).toEqual([]);
  });

  it("does not count a centre's use of itself or zero usage as a way out", () => {
    const centres = [support("A"), support("B"), operating("OPD")];
    expect(closedGroups({ centres, usage: { A: { A: 3, B: 1, OPD: 0 }, B: { A: 1, B: 2, OPD: 0 } } })).toEqual([["A", "B"]]);
  });
});
