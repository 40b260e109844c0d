// Writes examples/bac-ninh/model.json from bac-ninh.ts. Run: npx tsx examples/bac-ninh/build-model.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bacNinhModel } from "./bac-ninh.js";

const model = bacNinhModel();
const target = fileURLToPath(new URL("./model.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${target}: ${model.facilities.length} units, ${model.costItems.length} cost items, ${model.savings?.length ?? 0} savings`);
