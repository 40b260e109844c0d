/** A SQL string literal: single quotes doubled, as DuckDB reads them. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier, so column names such as `class` or `from` need no care. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
