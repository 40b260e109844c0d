// Writes model.schema.json from the zod schema. Run with `npm run schema -w @costplan/core`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { modelJsonSchema } from "../src/model/json-schema.js";

const target = fileURLToPath(new URL("../model.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
