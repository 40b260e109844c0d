import { describe, expect, it } from "vitest";
import { parseCorrelateArg } from "./correlate-arg.js";
import { messages } from "@costplan/core";
import { UsageError } from "../usage-error.js";

describe("parseCorrelateArg", () => {
  it("reads two paths and a rank, a selector's = and , kept inside its path", () => {
    expect(parseCorrelateArg("costItems[category=maintenance].amountPerYear,costItems[category=software-deployment].cost=0.6")).toEqual({
      a: "costItems[category=maintenance].amountPerYear",
      b: "costItems[category=software-deployment].cost",
      rank: 0.6,
    });
    expect(parseCorrelateArg("programme.discountRate, serviceLists[*].insuredShare=-0.25")).toEqual({
      a: "programme.discountRate",
      b: "serviceLists[*].insuredShare",
      rank: -0.25,
    });
  });

  describe("edge cases", () => {
    it("refuses one path, three paths, a rank beyond ±1 or not a number, as a usage error in both languages", () => {
      for (const bad of ["programme.discountRate=0.5", "a,b,c=0.5", "a,b=1.5", "a,b=high", "a,b", ",b=0.5"]) {
        expect(() => parseCorrelateArg(bad)).toThrow(UsageError);
      }
      try {
        parseCorrelateArg("a,b=2");
      } catch (error) {
        const usage = error as UsageError;
        expect(messages(usage.code, usage.params)).toMatchInlineSnapshot(`
          {
            "en": "--correlate expects PATH_A,PATH_B=RANK with a rank correlation from -1 to 1; got "a,b=2"",
            "vi": "--correlate cần ĐƯỜNG_DẪN_A,ĐƯỜNG_DẪN_B=HỆ_SỐ với hệ số tương quan hạng từ -1 đến 1; nhận được "a,b=2"",
          }
        `);
      }
    });
  });
});
