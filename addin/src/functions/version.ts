import { VERSION } from "../version.js";

/**
 * The version of the costplan add-in.
 * @customfunction VERSION
 * @returns The version, e.g. "0.1.0".
 */
export function versionFunction(): string {
  return VERSION;
}
