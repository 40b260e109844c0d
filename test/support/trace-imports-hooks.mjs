// Module resolution hooks (they run off the main thread): append each resolved URL to the file.
import { appendFileSync } from "node:fs";

const file = process.env.COSTPLAN_TRACE_IMPORTS;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (file) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
