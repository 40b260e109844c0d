import { describe, expect, it } from "vitest";
import { TABLES } from "../layout.js";
import { listName } from "./reference-lists.js";
import { load, parsed, referenceDropDowns, sheet, SMALL } from "./test-fixtures.js";
import { writeTemplate } from "./write-inputs.js";

// SMALL has 2 sources, 2 facilities, 1 pool, 5 cost items, 4 centres and 2 price lists; each
// list covers its table's records and the 500 spare rows below them.
const SMALL_LISTS = {
  "CostItems.facility": "Lists!$C$3:$C$1005",
  "CostItems.centre": "CostCentres!$B$3:$B$506",
  "CostItems.funding": "FundingSources!$A$3:$A$504",
  "FundingShares.item": "CostItems!$A$3:$A$507",
  "FundingShares.source": "FundingSources!$A$3:$A$504",
  "Savings.facility": "Facilities!$A$3:$A$504",
  "CentreSettings.facility": "Facilities!$A$3:$A$504",
  "CentreSettings.emrCentre": "CostCentres!$B$3:$B$506",
  "CostCentres.facility": "Facilities!$A$3:$A$504",
  "Usage.facility": "Facilities!$A$3:$A$504",
  "Usage.support": "CostCentres!$B$3:$B$506",
  "Usage.receiver": "CostCentres!$B$3:$B$506",
  "ServiceLists.facility": "Facilities!$A$3:$A$504",
  "Services.list": "ServiceLists!$A$3:$A$504",
  "Services.centre": "CostCentres!$B$3:$B$506",
};

describe("the drop-downs of reference columns", () => {
  it("list the ids of the referred table through a defined name, spare rows included, on every reference column", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "en" }));
    expect(referenceDropDowns(wb)).toEqual(SMALL_LISTS);
    const validation = (sheet(wb, "FundingShares") as unknown as { dataValidations: { find: (a: string) => unknown } }).dataValidations.find("B505");
    expect(validation).toMatchObject({ type: "list", formulae: [listName("fundingSources")], errorStyle: "warning", showErrorMessage: true });
  }, 30_000);

  it("cover one empty row and the spare rows of each table in a blank template", async () => {
    const lists = referenceDropDowns(await load(await writeTemplate(undefined, { language: "vi" })));
    expect(lists["Savings.facility"]).toBe("'Cơ sở y tế'!$A$3:$A$503");
    expect(lists["CostItems.facility"]).toBe("Lists!$C$3:$C$1004");
    expect(Object.keys(lists).length).toBe(Object.values(TABLES).flatMap((t) => t.columns.filter((c) => "refers" in c)).length);
  }, 30_000);

  it("gather a cost item's facility or pool on the hidden Lists sheet: facilities' ids, then pools', each row's rank, the ids in rank order", async () => {
    const wb = await load(await writeTemplate(parsed(SMALL), { language: "en" }));
    const lists = sheet(wb, "Lists");
    expect(lists.state).toBe("hidden");
    // One shared formula per column and block, its references moving down the rows.
    // exceljs types a result as always there; an empty text result reads back as none.
    const resultOf = (address: string): unknown => {
      const result: unknown = lists.getCell(address).result;
      return result ?? "";
    };
    const formula = (address: string): unknown => ({ formula: lists.getCell(address).formula, result: resultOf(address) });
    expect(formula("A3")).toEqual({ formula: 'IF(Facilities!$A3="","",Facilities!$A3)', result: "H1" });
    expect(formula("A505")).toEqual({ formula: 'IF(Pools!$A3="","",Pools!$A3)', result: "POOL" });
    expect(formula("B505")).toEqual({ formula: 'IF(A505="","",MAX(B$2:B504)+1)', result: 3 });
    expect(formula("B5")).toEqual({ formula: 'IF(A5="","",MAX(B$2:B4)+1)', result: "" });
    expect(formula("C5")).toEqual({ formula: 'IFERROR(INDEX($A$3:$A$1005,MATCH(ROW()-2,$B$3:$B$1005,0)),"")', result: "POOL" });
    const results = [3, 4, 5, 6].map((row) => resultOf(`C${row}`));
    expect(results).toEqual(["H1", "P1", "POOL", ""]);
  }, 30_000);
});
