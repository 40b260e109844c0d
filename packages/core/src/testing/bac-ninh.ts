// Test support only: never exported from the package.
import { readFileSync } from "node:fs";
import { parseModel } from "../model/parse.js";
import type { Model } from "../model/schema.js";

/** The Bac Ninh model file as JSON.parse gives it (a fresh copy each call, so a test may change it). */
export function bacNinhDocument(): unknown {
  return JSON.parse(readFileSync(new URL("../../../../examples/bac-ninh/model.json", import.meta.url), "utf8"));
}

/** The Bac Ninh model, validated (without a scenario). */
export function bacNinhModel(): Model {
  const parsed = parseModel(bacNinhDocument());
  if (!parsed.ok) throw new Error("the Bac Ninh model is invalid");
  return parsed.model;
}
