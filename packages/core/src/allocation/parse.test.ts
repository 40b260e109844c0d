import { describe, expect, it } from "vitest";
import { parseAllocationProblem } from "./parse.js";
import type { AllocationProblemInput } from "./problem.js";

const base = (): AllocationProblemInput => ({
  method: "step-down",
  currency: "VND",
  centres: [
    { id: "ADMIN", kind: "support", cost: 20_000 },
    { id: "IT", kind: "support", cost: 10_000 },
    { id: "SURG", kind: "operating", cost: 40_000 },
    { id: "PHARM", kind: "operating", cost: 30_000 },
  ],
  usage: { ADMIN: { IT: 1, SURG: 4, PHARM: 2 }, IT: { ADMIN: 1, SURG: 1 } },
});

const problems = (input: unknown): string[] => {
  const r = parseAllocationProblem(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
};

describe("parseAllocationProblem", () => {
  it("accepts a well-formed problem and converts costs to minor units", () => {
    const r = parseAllocationProblem({
      ...base(),
      currency: "USD",
      centres: [
        { id: "S", kind: "support", cost: "12.5" },
        { id: "O", kind: "operating", cost: 1 },
      ],
      usage: { S: { O: 1 } },
    });
    expect(r.ok && r.problem.centres.map((c) => c.cost)).toEqual([1250, 100]);
  });

  it("reads worked examples in textbook words: service and production departments, no currency, a citation", () => {
    const r = parseAllocationProblem({
      source: "a cost accounting textbook, chapter 15",
      method: "Sequential",
      centres: [
        { id: "Maintenance Dept.", kind: "service", cost: 6_300 },
        { id: "Khoa Nội", kind: "production", cost: 18_000 },
      ],
      usage: { "Maintenance Dept.": { "Khoa Nội": 1 } },
    });
    expect(r.ok && [r.problem.method, r.problem.currency, r.problem.centres.map((c) => c.kind)]).toEqual(["step-down", "VND", ["support", "operating"]]);
  });

  describe("errors name the centres involved", () => {
    it("unknown centre ids in usage and order", () => {
      const p = base();
      p.usage = { ADMIN: { SURGERY: 1, PHARM: 1 }, NURSING: { SURG: 1 }, IT: { SURG: 1 } };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.ADMIN.SURGERY: usage of "ADMIN" names centre "SURGERY", which is not one of the centres; expected one of "ADMIN", "IT", "SURG", "PHARM"",
          "$.usage.NURSING: usage names centre "NURSING", which is not one of the centres; expected one of "ADMIN", "IT", "SURG", "PHARM"",
        ]
      `);
    });

    it("negative and non-numeric usage", () => {
      const p = base();
      p.usage = { ADMIN: { SURG: -4, PHARM: "two" }, IT: { SURG: 1 } };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.ADMIN.SURG: usage of support centre "ADMIN" by "SURG" is -4; expected a number ≥ 0",
          "$.usage.ADMIN.PHARM: usage of support centre "ADMIN" by "PHARM" is "two"; expected a number ≥ 0",
        ]
      `);
    });

    it("a usage row for an operating centre", () => {
      const p = base();
      p.usage = { ...p.usage, SURG: { PHARM: 1 } };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.SURG: "SURG" is an operating centre: only support centres allocate their cost, so it cannot have a usage row",
        ]
      `);
    });

    it("a support centre with no eligible receiver", () => {
      const direct = { ...base(), method: "direct", usage: { ADMIN: { IT: 1, SURG: 1 }, IT: { ADMIN: 3, IT: 5 } } };
      expect(problems(direct)).toMatchInlineSnapshot(`
        [
          "$.usage.IT: support centre "IT" has no eligible receiver for the direct method; expected usage greater than 0 by at least one operating centre",
        ]
      `);
      const stepDown = { ...base(), order: ["ADMIN", "IT"], usage: { ADMIN: { SURG: 1 }, IT: { ADMIN: 1 } } };
      expect(problems(stepDown)).toMatchInlineSnapshot(`
        [
          "$.usage.IT: support centre "IT" has no eligible receiver for the step-down method; expected usage greater than 0 by at least one operating centre or support centre later in the order",
        ]
      `);
    });

    it("names the place and the receivers in Vietnamese nouns, not English ones", () => {
      const vi = (input: unknown): string[] => {
        const r = parseAllocationProblem(input);
        return r.ok ? [] : r.problems.map((p) => p.message.vi);
      };
      const p = { ...base(), usage: { ADMIN: { SURGERY: 1, PHARM: 1 }, NURSING: { SURG: 1 }, IT: { SURG: 1 } } };
      expect(vi(p)[0]).toBe('tiêu thức của "ADMIN" có trung tâm "SURGERY" không nằm trong danh sách trung tâm; cần một trong "ADMIN", "IT", "SURG", "PHARM"');
      expect(vi(p)[1]).toMatch(/^tiêu thức phân bổ có trung tâm "NURSING"/);
      expect(vi({ ...base(), method: "direct", usage: { ADMIN: { IT: 1, SURG: 1 }, IT: { ADMIN: 3, IT: 5 } } })).toEqual([
        'trung tâm hỗ trợ "IT" không có nơi nhận hợp lệ theo phương pháp direct; cần tiêu thức lớn hơn 0 cho ít nhất một trung tâm trực tiếp',
      ]);
    });

    it("an order that misses, repeats or misnames a support centre", () => {
      expect(problems({ ...base(), order: ["ADMIN"] })).toMatchInlineSnapshot(`
        [
          "$.order: the step-down order leaves out support centre(s) "IT"; expected every support centre exactly once",
        ]
      `);
      expect(problems({ ...base(), order: ["ADMIN", "IT", "ADMIN"] })).toMatchInlineSnapshot(`
        [
          "$.order[2]: the step-down order names "ADMIN" more than once; expected every support centre exactly once",
        ]
      `);
      expect(problems({ ...base(), order: ["ADMIN", "IT", "SURG"] })).toMatchInlineSnapshot(`
        [
          "$.order[2]: the step-down order names "SURG", which is an operating centre; expected support centres only",
        ]
      `);
    });

    it("a reciprocal system that cannot be solved: support centres serving only each other", () => {
      const p: AllocationProblemInput = {
        ...base(),
        method: "reciprocal",
        centres: [...base().centres, { id: "LAUNDRY", kind: "support", cost: 5_000 }, { id: "KITCHEN", kind: "support", cost: 5_000 }],
        usage: { ADMIN: { IT: 1, SURG: 4 }, IT: { ADMIN: 1, SURG: 1 }, LAUNDRY: { KITCHEN: 2 }, KITCHEN: { LAUNDRY: 1 } },
      };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage: support centres "LAUNDRY", "KITCHEN" only serve each other, so their cost never reaches an operating centre and the reciprocal equations cannot be solved; expected at least one of them to record usage by an operating centre",
        ]
      `);
    });

    it("duplicate centres, no operating centre, too many decimals and a bad method", () => {
      expect(
        problems({
          ...base(),
          centres: [
            { id: "A", kind: "support", cost: 1 },
            { id: "A", kind: "support", cost: 1 },
          ],
        }),
      ).toMatchInlineSnapshot(`
        [
          "$.centres[1].id: duplicate id "A": it is already used at $.centres[0].id; ids must be unique",
          "$.centres: there is no operating centre; expected at least one centre with "kind": "operating" to receive the costs",
        ]
      `);
      expect(problems({ ...base(), currency: "VND", centres: [{ id: "A", kind: "operating", cost: 1.5 }] })).toMatchInlineSnapshot(`
        [
          "$.centres[0].cost: expected an amount with at most 0 decimal places in VND, got 1.5",
        ]
      `);
      expect(problems({ ...base(), method: "waterfall" })).toMatchInlineSnapshot(`
        [
          "$.method: expected "direct", "step-down" or "reciprocal", got "waterfall"",
        ]
      `);
    });
    it("a step-down order that names no centre", () => {
      expect(problems({ ...base(), order: ["ADMIN", "IT", "NURSING"] })).toMatchInlineSnapshot(`
        [
          "$.order[2]: the step-down order names centre "NURSING", which is not one of the centres; expected one of "ADMIN", "IT", "SURG", "PHARM"",
        ]
      `);
    });

    it("usage that is not a finite number ≥ 0, as a program (not JSON) can pass it: infinity and NaN", () => {
      const p = base();
      p.usage = { ADMIN: { SURG: Number.POSITIVE_INFINITY, PHARM: Number.NaN, IT: 1 }, IT: { SURG: 1 } };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.ADMIN.SURG: usage of support centre "ADMIN" by "SURG" is .inf; expected a number ≥ 0",
          "$.usage.ADMIN.PHARM: usage of support centre "ADMIN" by "PHARM" is .nan; expected a number ≥ 0",
        ]
      `);
    });

    it("a reciprocal support centre that serves only itself, or others with zero usage, has no receiver, and no singular group is reported beside it", () => {
      const p = { ...base(), method: "reciprocal", usage: { ADMIN: { IT: 1, SURG: 4 }, IT: { IT: 5, SURG: 0, ADMIN: 0 } } };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.IT: support centre "IT" has no eligible receiver for the reciprocal method; expected usage greater than 0 by at least one other centre",
        ]
      `);
    });

    it("a usage row for a centre named __proto__ that is not an object: a number or null", () => {
      const p = {
        ...base(),
        centres: [...base().centres, { id: "__proto__", kind: "support", cost: 1 }],
        usage: JSON.parse('{"ADMIN": {"IT": 1, "SURG": 4}, "IT": {"SURG": 1}, "__proto__": 7}') as unknown,
      };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.__proto__: expected an object { ... }, got 7",
        ]
      `);
      expect(problems({ ...p, usage: JSON.parse('{"ADMIN": {"SURG": 4}, "IT": {"SURG": 1}, "__proto__": null}') as unknown })).toMatchInlineSnapshot(`
        [
          "$.usage.__proto__: expected an object { ... }, got null",
        ]
      `);
    });
  });

  describe("edge cases", () => {
    it("zero usage is accepted: the centre simply does not use that service", () => {
      const p = base();
      p.usage = { ADMIN: { IT: 0, SURG: 4, PHARM: 0 }, IT: { SURG: 1 } };
      const r = parseAllocationProblem(p);
      expect(r.ok && r.problem.usage).toEqual({ ADMIN: { IT: 0, SURG: 4, PHARM: 0 }, IT: { SURG: 1 } });
    });

    it("a problem without usage is read as no usage, and each support centre is then told it has no receiver", () => {
      const { usage: _, ...p } = { ...base(), method: "direct" };
      expect(problems(p)).toMatchInlineSnapshot(`
        [
          "$.usage.ADMIN: support centre "ADMIN" has no eligible receiver for the direct method; expected usage greater than 0 by at least one operating centre",
          "$.usage.IT: support centre "IT" has no eligible receiver for the direct method; expected usage greater than 0 by at least one operating centre",
        ]
      `);
    });
  });
});
