import * as z from "zod";
import { modelSchema } from "./schema.js";

/**
 * The JSON Schema of a model document, generated from the same zod schema that
 * validates it, so editors check model files as users type. `model.schema.json` in this
 * package is this object, written out (a test keeps the two identical).
 */
export function modelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(modelSchema, { io: "input", target: "draft-2020-12" });
}
