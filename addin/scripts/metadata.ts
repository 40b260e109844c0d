import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** functions.json as custom-functions-metadata writes it. */
export interface FunctionsMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly parameters: readonly { readonly name: string; readonly description?: string; readonly optional?: boolean; readonly dimensionality?: string }[];
    readonly result: { readonly dimensionality?: string };
  }[];
}

/**
 * Generates functions.json from the `@customfunction` JSDoc through the library's API,
 * failing on any error: its command line exits 0 on errors and then writes nothing, so a
 * broken comment would ship an add-in without functions.
 *
 * @throws Error listing every problem the parser found
 */
export async function functionsMetadata(files: readonly string[]): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata([...files], false);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata found errors:\n${result.errors.join("\n")}`);
  if (result.metadataJson === "") throw new Error("custom-functions-metadata wrote no metadata: no @customfunction found");
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}
