/**
 * An empty record keyed by ids, with no prototype.
 *
 * Ids are data a user typed: a centre may be called `__proto__`, `constructor` or
 * `toString`. On a plain `{}` the first would set the prototype instead of adding a key (and
 * its amount would vanish from every total), and the others would read as inherited
 * functions where no entry exists. A null-prototype object has neither trap, and still
 * prints as a plain JSON object, so results keep their shape.
 */
export function idRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** A null-prototype record of the given entries; a later entry with the same id wins. */
export function idRecordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = idRecord<V>();
  for (const [id, value] of entries) out[id] = value;
  return out;
}
