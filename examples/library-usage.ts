// Using @costplan/core from code: read a model, run it, split money exactly, format it.
// Run: npx tsx examples/library-usage.ts
import { readFileSync } from "node:fs";
import { allocate, depreciationSchedule, formatMoney, parseModel, runModel, vdb } from "@costplan/core";

const document: unknown = JSON.parse(readFileSync(new URL("./bac-ninh/model.json", import.meta.url), "utf8"));
const parsed = parseModel(document, { scenario: "discount-5" });
if (!parsed.ok) {
  for (const p of parsed.problems) console.error(`${p.path}: ${p.message.en}`);
  process.exit(1);
}

const result = runModel(parsed.model);
console.log("Total cost:", formatMoney(result.summary.totalCost, "VND", "en", { compact: true }));
console.log("Present value at 5 %:", formatMoney(result.summary.presentValue, "VND", "vi"));
for (const [year, amount] of Object.entries(result.budget.cash.nominal.total.byYear)) {
  console.log(`  ${year}: ${formatMoney(amount, "VND", "en")}`);
}

// 100 đồng over three equal weights: 34 + 33 + 33, never 33.33...
console.log("allocate(100, [1, 1, 1]) =", allocate(100, [1, 1, 1]));

// A 5-year straight-line schedule, prorated from July, summing to the đồng.
console.log(depreciationSchedule({ cost: 1_000_000_007, salvage: 0, usefulLife: 5, inService: "2024-07", method: "straight-line", prorateFirstYear: true }));

// Excel's VDB, exactly: =VDB(2400, 300, 10, 0, 0.875, 1.5)
console.log("VDB =", vdb(2400, 300, 10, 0, 0.875, 1.5).toString());
