import { describe, expect, it } from "vitest";
import { defaultOrder } from "./order.js";
import type { Centre } from "./problem.js";

const support = (id: string, cost: number): Centre => ({ id, kind: "support", cost });
const operating = (id: string): Centre => ({ id, kind: "operating", cost: 0 });

describe("defaultOrder", () => {
  it("puts first the support centre that serves the most other centres, whatever its cost or place in the input", () => {
    const centres = [support("ADMIN", 900), support("IT", 100), support("LAUNDRY", 50), operating("OPD"), operating("WARD")];
    const usage = { ADMIN: { OPD: 1 }, IT: { ADMIN: 1, OPD: 1, WARD: 1 }, LAUNDRY: { OPD: 1, WARD: 1 } };
    expect(defaultOrder({ centres, usage })).toEqual(["IT", "LAUNDRY", "ADMIN"]);
  });

  it("counts only the other centres a support centre serves with positive usage: its own row and zero usage do not count", () => {
    // By the count of its row's keys ADMIN would serve four; it serves one (OPD), IT serves two.
    const centres = [support("ADMIN", 900), support("IT", 100), operating("OPD"), operating("WARD")];
    const usage = { ADMIN: { ADMIN: 5, IT: 0, OPD: 1, WARD: 0 }, IT: { OPD: 1, WARD: 2 } };
    expect(defaultOrder({ centres, usage })).toEqual(["IT", "ADMIN"]);
  });

  it("serves nobody when a support centre has no usage row, or serves only itself", () => {
    const centres = [support("SELF", 900), support("NONE", 800), support("IT", 1), operating("OPD")];
    expect(defaultOrder({ centres, usage: { SELF: { SELF: 3 }, IT: { OPD: 1 } } })).toEqual(["IT", "SELF", "NONE"]);
  });

  it("breaks a tie in centres served by the larger direct cost, then by the earlier centre in the input", () => {
    const centres = [support("A", 100), support("B", 300), support("C", 100), support("D", 300), operating("OPD")];
    const usage = { A: { OPD: 1 }, B: { OPD: 1 }, C: { OPD: 1 }, D: { OPD: 1 } };
    expect(defaultOrder({ centres, usage })).toEqual(["B", "D", "A", "C"]);
  });

  it("lists only support centres", () => {
    expect(defaultOrder({ centres: [operating("OPD"), support("IT", 1)], usage: { IT: { OPD: 1 } } })).toEqual(["IT"]);
  });
});
