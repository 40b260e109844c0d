import * as z from "zod";
import { modelDocumentSchema } from "./schema.js";

/**
 * The JSON Schema of a model document, generated from the same zod schema that
 * validates it, so editors check model files as users type. It accepts a table file,
 * `{ "file": "services.parquet" }`, wherever the command line reads one (a price list's
 * services, a facility's cost centres and usage). `model.schema.json` in this
 * package is this object, written out (a test keeps the two identical).
 */
export function modelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(modelDocumentSchema, { io: "input", target: "draft-2020-12" });
}
