import { problem, type Problem } from "./problem.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const fileOf = (v: unknown): string | undefined => (isObject(v) && typeof v["file"] === "string" ? v["file"] : undefined);

/**
 * The table files a document names (`{ "file": ... }` for a price list's services, or a
 * facility's cost centres or usage) that nobody read in: core does no I/O, so a library caller
 * who hands such a document to `parseModel` is told which file, rather than "expected a list".
 *
 * @param input - the document
 * @param read - whether the services of list i were handed over as columns
 */
export function unreadTableProblems(input: unknown, read: (list: number) => boolean): Problem[] {
  if (!isObject(input)) return [];
  const out: Problem[] = [];
  const note = (value: unknown, path: string): void => {
    const file = fileOf(value);
    if (file !== undefined) out.push(problem(path, "table-not-read", { file }));
  };
  if (Array.isArray(input["facilities"])) {
    input["facilities"].forEach((f: unknown, i) => {
      const cc = isObject(f) ? f["costCentres"] : undefined;
      if (!isObject(cc)) return;
      note(cc["centres"], `$.facilities[${i}].costCentres.centres`);
      note(cc["usage"], `$.facilities[${i}].costCentres.usage`);
    });
  }
  if (Array.isArray(input["serviceLists"])) {
    input["serviceLists"].forEach((l: unknown, i) => {
      if (isObject(l) && !read(i)) note(l["services"], `$.serviceLists[${i}].services`);
    });
  }
  return out;
}
