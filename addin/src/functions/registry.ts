import { allocateFunction } from "./allocate.js";
import { depreciationFunction } from "./depreciation.js";
import { directFunction } from "./direct.js";
import { eacFunction } from "./eac.js";
import { emrComponentFunction } from "./emr-component.js";
import { flowsFunction } from "./flows.js";
import { priceFunction } from "./price.js";
import { reciprocalFunction } from "./reciprocal.js";
import { stepDownFunction } from "./step-down.js";
import { versionFunction } from "./version.js";

/** Every custom function by its id in functions.json (Excel shows it as COSTPLAN.<id>). */
export const FUNCTIONS = {
  ALLOCATE: allocateFunction,
  DIRECT: directFunction,
  STEPDOWN: stepDownFunction,
  RECIPROCAL: reciprocalFunction,
  FLOWS: flowsFunction,
  DEPRECIATION: depreciationFunction,
  EAC: eacFunction,
  EMRCOMPONENT: emrComponentFunction,
  PRICE: priceFunction,
  VERSION: versionFunction,
} as const;

/** The source files holding the `@customfunction` JSDoc the metadata is generated from. */
export const FUNCTION_FILES = [
  "allocate.ts",
  "direct.ts",
  "step-down.ts",
  "reciprocal.ts",
  "flows.ts",
  "depreciation.ts",
  "eac.ts",
  "emr-component.ts",
  "price.ts",
  "version.ts",
] as const;

/** What `associate` needs of the `CustomFunctions` global. */
export interface Associator {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/**
 * Tells Excel which JavaScript function computes each id of functions.json.
 *
 * @returns the ids associated, in order
 */
export function associateAll(runtime: Associator): string[] {
  return Object.entries(FUNCTIONS).map(([id, fn]) => {
    runtime.associate(id, fn);
    return id;
  });
}
